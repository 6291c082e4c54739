import { type FieldPath, type FormField, pathKey, type Reference } from "./model.js";
import type { FieldError } from "./validate.js";
import { fieldAt } from "./validate.js";

/**
 * Unit and person pickers: the kernel records a unit or a person with its name beside its id
 * (`{ unitId, unitName }`, `{ userId, name }`). A front end that picks one from the directory
 * fills the name too, so the two cannot disagree; these rules say which field is which, for the
 * web console and the TUI alike.
 */

type Picked = "unit" | "user";

/** The id key a picker sets and the name key it fills beside it, per kind of reference. */
const pickedKeys: Readonly<Record<Picked, { readonly id: string; readonly name: string }>> = {
  unit: { id: "unitId", name: "unitName" },
  user: { id: "userId", name: "name" },
};

const isPicked = (refersTo: Reference | undefined): refersTo is Picked =>
  refersTo === "unit" || refersTo === "user";

/** Where picking the id at `path` writes the name, if the id is one that has a name beside it. */
export const namePathFor = (path: FieldPath, refersTo: Reference): FieldPath | undefined => {
  if (!isPicked(refersTo)) return undefined;
  const keys = pickedKeys[refersTo];
  if (path[path.length - 1] !== keys.id) return undefined;
  return [...path.slice(0, -1), keys.name];
};

/**
 * The picker that fills the name at `path`, if one does in this form: `lead.unitName` →
 * `lead.unitId` when the form has a unit picker there. A name nobody picks is typed as usual.
 */
export const pickerPathFor = (
  fields: ReadonlyArray<FormField>,
  path: FieldPath,
): FieldPath | undefined => {
  const parent = path.slice(0, -1);
  for (const refersTo of ["unit", "user"] as const) {
    const idPath = [...parent, pickedKeys[refersTo].id];
    const picker = fieldAt(fields, idPath);
    if (picker?.kind !== "text" || picker.refersTo !== refersTo) continue;
    const namePath = namePathFor(idPath, refersTo);
    if (namePath !== undefined && pathKey(namePath) === pathKey(path)) return idPath;
  }
  return undefined;
};

/**
 * Errors without those of names a picker fills when its picker has an error too: an unpicked
 * unit is one mistake ("pick a unit"), not two ("unit required", "unit name required").
 */
export const withoutPickedNameErrors = (
  fields: ReadonlyArray<FormField>,
  errors: ReadonlyArray<FieldError>,
): ReadonlyArray<FieldError> => {
  const wrong = new Set(errors.map((error) => pathKey(error.path)));
  return errors.filter((error) => {
    const picker = pickerPathFor(fields, error.path);
    return picker === undefined || !wrong.has(pathKey(picker));
  });
};
