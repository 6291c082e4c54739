import {
  type DraftGroup,
  type DraftValue,
  emptyValue,
  type FieldPath,
  type FormField,
  type ListField,
  pathKey,
  type RepeatField,
  type ScalarField,
} from "@banli/client";

/**
 * The form model (from `@banli/client`) laid out for a terminal: one line per control, groups
 * flattened to paths like `lead.dueOn`, and each list drawn as its own line (where entries are
 * added) followed by its entries' lines (`readers.0.name`), each of which can remove its entry.
 */
export type Leaf = ScalarField | ListField | RepeatField;

/** The list entry a line belongs to (the innermost one, for a list inside an entry). */
export interface EntryRef {
  readonly list: FieldPath;
  readonly index: number;
}

export type PlacedLeaf =
  | {
      readonly kind: "control";
      readonly path: FieldPath;
      readonly field: ScalarField;
      readonly entry?: EntryRef | undefined;
    }
  | {
      readonly kind: "list";
      readonly path: FieldPath;
      readonly field: ListField | RepeatField;
      readonly count: number;
      readonly entry?: EntryRef | undefined;
    };

const isGroup = (value: DraftValue | undefined): value is DraftGroup =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const entriesOf = (value: DraftValue | undefined): ReadonlyArray<DraftValue> =>
  Array.isArray(value) ? value : [];

export const leavesOf = (
  fields: ReadonlyArray<FormField>,
  draft: DraftGroup,
  prefix: FieldPath = [],
  entry: EntryRef | undefined = undefined,
): ReadonlyArray<PlacedLeaf> =>
  fields.flatMap((field): ReadonlyArray<PlacedLeaf> => {
    const path = [...prefix, field.key];
    const value = draft[field.key];
    switch (field.kind) {
      case "group":
        return leavesOf(field.fields, isGroup(value) ? value : {}, path, entry);
      case "repeat": {
        const entries = entriesOf(value);
        return [
          { kind: "list", path, field, count: entries.length, entry },
          ...entries.flatMap((item, index) =>
            leavesOf(field.item.fields, isGroup(item) ? item : {}, [...path, index], {
              list: path,
              index,
            }),
          ),
        ];
      }
      case "list": {
        const entries = entriesOf(value);
        return [
          { kind: "list", path, field, count: entries.length, entry },
          ...entries.map(
            (_, index): PlacedLeaf => ({
              kind: "control",
              path: [...path, index],
              // An entry of 涉及单位 is labelled 涉及单位 (the item itself has no title).
              field: { ...field.item, label: field.label },
              entry: { list: path, index },
            }),
          ),
        ];
      }
      default:
        return [{ kind: "control", path, field, entry }];
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

/** One more (empty) entry at the end of a list. */
export const addEntry = (
  draft: DraftGroup,
  list: FieldPath,
  field: ListField | RepeatField,
): DraftGroup => {
  const entries = entriesOf(getAt(draft, list));
  return setInDraft(draft, list, [...entries, emptyValue(field.item)]);
};

/** The list without one entry; later entries move up. */
export const removeEntry = (draft: DraftGroup, entry: EntryRef): DraftGroup =>
  setInDraft(
    draft,
    entry.list,
    entriesOf(getAt(draft, entry.list)).filter((_, index) => index !== entry.index),
  );

/** The first line of an entry, to put the cursor on what was just added. */
export const firstLineOf = (leaves: ReadonlyArray<PlacedLeaf>, entry: EntryRef): number =>
  leaves.findIndex(
    (leaf) =>
      leaf.entry !== undefined &&
      leaf.entry.index === entry.index &&
      pathKey(leaf.entry.list) === pathKey(entry.list),
  );
