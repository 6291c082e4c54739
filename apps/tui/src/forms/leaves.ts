import type {
  DraftGroup,
  DraftValue,
  FieldPath,
  FormField,
  ListField,
  RepeatField,
  ScalarField,
} from "@banli/client";

/**
 * The form model (from `@banli/client`) laid out for a terminal: one line per control, groups
 * and the entries of lists flattened to paths like `lead.dueOn` or `readers.0.name`.
 */
export type Leaf = ScalarField | ListField | RepeatField;

export interface PlacedLeaf {
  readonly path: FieldPath;
  readonly field: Leaf;
  /** Lists and repeated groups with no entry yet: shown, not editable in the terminal. */
  readonly editable: boolean;
}

const isGroup = (value: DraftValue | undefined): value is DraftGroup =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const entriesOf = (value: DraftValue | undefined): ReadonlyArray<DraftValue> =>
  Array.isArray(value) ? value : [];

export const leavesOf = (
  fields: ReadonlyArray<FormField>,
  draft: DraftGroup,
  prefix: FieldPath = [],
): ReadonlyArray<PlacedLeaf> =>
  fields.flatMap((field): ReadonlyArray<PlacedLeaf> => {
    const path = [...prefix, field.key];
    const value = draft[field.key];
    switch (field.kind) {
      case "group":
        return leavesOf(field.fields, isGroup(value) ? value : {}, path);
      case "repeat": {
        const entries = entriesOf(value);
        if (entries.length === 0) return [{ path, field, editable: false }];
        return entries.flatMap((entry, index) =>
          leavesOf(field.item.fields, isGroup(entry) ? entry : {}, [...path, index]),
        );
      }
      case "list": {
        const entries = entriesOf(value);
        if (entries.length === 0) return [{ path, field, editable: false }];
        return entries.map((_, index) => ({
          path: [...path, index],
          field: field.item,
          editable: true,
        }));
      }
      default:
        return [{ path, field, editable: true }];
    }
  });

export const getAt = (draft: DraftValue | undefined, path: FieldPath): DraftValue | undefined => {
  const [head, ...rest] = path;
  if (head === undefined) return draft;
  if (typeof head === "number") return getAt(entriesOf(draft)[head], rest);
  return getAt(isGroup(draft) ? draft[head] : undefined, rest);
};

/** A new draft with one value replaced (drafts are immutable React state). */
export const setAt = (
  draft: DraftValue | undefined,
  path: FieldPath,
  value: DraftValue,
): DraftValue => {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  if (typeof head === "number") {
    const entries = [...entriesOf(draft)];
    entries[head] = setAt(entries[head], rest, value);
    return entries;
  }
  const group = isGroup(draft) ? draft : {};
  return { ...group, [head]: setAt(group[head], rest, value) };
};

/** `setAt` for a whole form's draft, which stays a group whatever path is set. */
export const setInDraft = (draft: DraftGroup, path: FieldPath, value: DraftValue): DraftGroup => {
  const next = setAt(draft, path, value);
  return isGroup(next) ? next : draft;
};
