import {
  type DraftGroup,
  type DraftValue,
  type FormField,
  type FormModel,
  type GroupField,
  isDraftGroup,
  isDraftList,
  type ScalarField,
} from "./model.js";

/**
 * From a filled form to the payload the command's schema decodes. The rules here are about
 * input, not the domain: an optional control left empty is left out; numbers are read from
 * their text; a one-line text loses stray blanks (the kernel refuses untrimmed names), while a
 * textarea is kept verbatim (opinions are stored as written).
 */

const emptyScalar = (field: ScalarField): DraftValue => (field.kind === "boolean" ? false : "");

/** A fresh draft: empty controls, and as many entries as a list needs at least. */
export const makeEmptyDraft = (fields: ReadonlyArray<FormField>): DraftGroup =>
  Object.fromEntries(fields.map((field) => [field.key, emptyValue(field)]));

export const emptyValue = (field: FormField): DraftValue => {
  switch (field.kind) {
    case "group":
      return makeEmptyDraft(field.fields);
    case "repeat":
      return Array.from({ length: field.minItems }, () => makeEmptyDraft(field.item.fields));
    case "list":
      return Array.from({ length: field.minItems }, () => emptyScalar(field.item));
    default:
      return emptyScalar(field);
  }
};

const asList = (value: DraftValue | undefined): ReadonlyArray<DraftValue> =>
  isDraftList(value) ? value : [];

/** The bureau's time zone (kernel: LocalDate is in Asia/Shanghai), for a clock time typed without one. */
const bureauOffset = "+08:00";

/** `undefined` means "leave the key out". */
const scalarPayload = (field: ScalarField, value: DraftValue | undefined): unknown => {
  if (field.kind === "boolean") return value === true;
  const text = typeof value === "string" ? value : "";
  if (field.kind === "textarea" && field.trimmed !== true)
    return text.trim() === "" && !field.required ? undefined : text;
  const trimmed = text.trim();
  if (trimmed === "")
    return field.required && (field.kind === "text" || field.kind === "textarea") ? "" : undefined;
  switch (field.kind) {
    case "number": {
      const number = Number(trimmed);
      // An unreadable number goes as typed, so the schema names the field that is wrong.
      return Number.isNaN(number) ? trimmed : number;
    }
    case "choice":
      return field.options.find((option) => option.key === trimmed)?.value ?? trimmed;
    case "datetime":
      // <input type="datetime-local"> gives no zone; an Instant needs one.
      return /([zZ]|[+-]\d{2}:\d{2})$/.test(trimmed) ? trimmed : `${trimmed}${bureauOffset}`;
    default:
      return trimmed;
  }
};

/** Nothing typed, ticked or added anywhere inside. */
const isEmptyDraft = (value: DraftValue | undefined): boolean => {
  if (value === undefined || value === false) return true;
  if (typeof value === "string") return value.trim() === "";
  if (Array.isArray(value)) return value.length === 0;
  return Object.values(value).every(isEmptyDraft);
};

const groupPayload = (
  fields: ReadonlyArray<FormField>,
  draft: DraftGroup,
): Record<string, unknown> => {
  const payload: Record<string, unknown> = {};
  for (const field of fields) {
    const value = fieldPayload(field, draft[field.key]);
    if (value !== undefined) payload[field.key] = value;
  }
  return payload;
};

const nestedPayload = (field: GroupField, value: DraftValue | undefined): unknown => {
  // An optional group nobody filled in (e.g. no assignee named) is no group at all.
  if (!field.required && isEmptyDraft(value)) return undefined;
  return groupPayload(field.fields, isDraftGroup(value) ? value : {});
};

export const fieldPayload = (field: FormField, value: DraftValue | undefined): unknown => {
  switch (field.kind) {
    case "group":
      return nestedPayload(field, value);
    case "repeat":
      return asList(value).map((entry) =>
        groupPayload(field.item.fields, isDraftGroup(entry) ? entry : {}),
      );
    case "list":
      return asList(value)
        .map((entry) => scalarPayload(field.item, entry))
        .filter((entry) => entry !== undefined && entry !== "");
    default:
      return scalarPayload(field, value);
  }
};

/** The payload of a filled form, tagged with its command. */
export const toPayload = (model: FormModel, draft: DraftGroup): Record<string, unknown> => ({
  _tag: model.tag,
  ...groupPayload(model.fields, draft),
});
