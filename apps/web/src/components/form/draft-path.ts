import { type DraftValue, type FieldPath, isDraftGroup, isDraftList } from "@banli/client";

/** Reading and replacing one value deep in a form's draft, without mutating it. */

export const getIn = (draft: DraftValue | undefined, path: FieldPath): DraftValue | undefined => {
  let value = draft;
  for (const part of path) {
    if (isDraftList(value)) value = value[Number(part)];
    else if (isDraftGroup(value)) value = value[String(part)];
    else return undefined;
  }
  return value;
};

export const setIn = (draft: DraftValue, path: FieldPath, next: DraftValue): DraftValue => {
  const [head, ...rest] = path;
  if (head === undefined) return next;
  if (isDraftList(draft)) {
    const list = [...draft];
    const index = Number(head);
    list[index] = setIn(list[index] ?? {}, rest, next);
    return list;
  }
  const group = isDraftGroup(draft) ? draft : {};
  return { ...group, [String(head)]: setIn(group[String(head)] ?? {}, rest, next) };
};

/** A DOM id for a field's control (error summaries link to it). */
export const controlId = (formId: string, path: FieldPath): string =>
  `${formId}-field-${path.join("-")}`;
