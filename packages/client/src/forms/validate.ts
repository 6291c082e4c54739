import type { Label } from "@banli/kernel";
import { Either, ParseResult, Schema } from "effect";
import { toPayload } from "./draft.js";
import { hasHan, splitBilingual } from "./label.js";
import {
  type DraftGroup,
  type FieldPath,
  type FormField,
  type FormModel,
  type NumberField,
  pathKey,
} from "./model.js";

/** One reason a field is wrong, in words a clerk reads. `path` is empty for the whole form. */
export interface FieldError {
  readonly path: FieldPath;
  readonly message: Label;
}

export type FormResult =
  | { readonly ok: true; readonly payload: unknown }
  | { readonly ok: false; readonly errors: ReadonlyArray<FieldError> };

const required: Label = { zh: "此项必填", en: "This field is required" };

/** The field a payload path points into (array indexes step into a repeated group's item). */
export const fieldAt = (
  fields: ReadonlyArray<FormField>,
  path: FieldPath,
): FormField | undefined => {
  const [head, ...rest] = path;
  const field = fields.find((candidate) => candidate.key === head);
  if (field === undefined || rest.length === 0) return field;
  const [next, ...after] = rest;
  if (field.kind === "group") return fieldAt(field.fields, rest);
  if (typeof next === "number") {
    if (field.kind === "list") return after.length === 0 ? field.item : undefined;
    if (field.kind === "repeat")
      return after.length === 0 ? field.item : fieldAt(field.item.fields, after);
  }
  return field;
};

const count = (n: number): Label => ({ zh: `${n}`, en: `${n}` });

/** What a number field takes, bounds included when the schema gives them. */
const numberHint = (field: NumberField): Label => {
  const what = field.integer ? { zh: "整数", en: "whole number" } : { zh: "数字", en: "number" };
  const { minimum: min, maximum: max } = field;
  if (min !== undefined && max !== undefined)
    return {
      zh: `请填写 ${min} 至 ${max} 之间的${what.zh}`,
      en: `Enter a ${what.en} from ${min} to ${max}`,
    };
  if (min !== undefined)
    return { zh: `请填写不小于 ${min} 的${what.zh}`, en: `Enter a ${what.en} of at least ${min}` };
  if (max !== undefined)
    return { zh: `请填写不大于 ${max} 的${what.zh}`, en: `Enter a ${what.en} of at most ${max}` };
  return { zh: `请填写${what.zh}`, en: `Enter a ${what.en}` };
};

/**
 * effect's own messages are for programmers ("Expected a string matching the pattern …"); the
 * kernel's custom ones are already "中文 / English". Keep the kernel's words, and for the rest
 * say what the field needs, from what the form knows about it.
 */
const explain = (issue: ParseResult.ArrayFormatterIssue, field: FormField | undefined): Label => {
  if (issue._tag === "Missing") return required;
  // effect's defaults read "Expected <the schema's description>, actual …", even when that
  // description is Chinese; only a message the kernel wrote itself is shown as it is.
  if (hasHan(issue.message) && !issue.message.startsWith("Expected "))
    return splitBilingual(issue.message);
  if (/non empty|at least 1 character/i.test(issue.message)) return required;
  switch (field?.kind) {
    case "date":
      return { zh: "请填写日期（年-月-日）", en: "Enter a date (YYYY-MM-DD)" };
    case "datetime":
      return { zh: "请填写日期和时间", en: "Enter a date and time" };
    case "number":
      return numberHint(field);
    case "choice":
      return { zh: "请从列表中选择", en: "Choose one of the options" };
    case "list":
    case "repeat": {
      const n = count(field.minItems);
      return { zh: `至少填写 ${n.zh} 项`, en: `Give at least ${n.en}` };
    }
    case "text":
    case "textarea": {
      if (field.pattern !== undefined) {
        const hint = field.description?.zh ?? field.label.zh;
        return {
          zh: `格式不正确（${hint}）`,
          en: `Not in the expected form (${field.description?.en ?? field.label.en})`,
        };
      }
      if (field.maxLength !== undefined && /at most/i.test(issue.message))
        return {
          zh: `不能超过 ${field.maxLength} 个字符`,
          en: `At most ${field.maxLength} characters`,
        };
      if (/trimmed|whitespace/i.test(issue.message))
        return { zh: "首尾不能有空格", en: "No spaces at the start or end" };
      return { zh: "内容不正确", en: "This value is not accepted" };
    }
    default:
      return { zh: "内容不正确", en: "This value is not accepted" };
  }
};

/** The errors of a failed decode, one per field (the first reason is the one to fix first). */
export const fieldErrors = (
  model: FormModel,
  error: ParseResult.ParseError,
): ReadonlyArray<FieldError> => {
  const seen = new Set<string>();
  const errors: Array<FieldError> = [];
  for (const issue of ParseResult.ArrayFormatter.formatErrorSync(error)) {
    const path = issue.path.filter(
      (part): part is string | number => typeof part === "string" || typeof part === "number",
    );
    const key = pathKey(path);
    if (seen.has(key)) continue;
    seen.add(key);
    errors.push({ path, message: explain(issue, fieldAt(model.fields, path)) });
  }
  return errors;
};

/**
 * Checks a filled form with the very schema the server decodes the command with, so a form the
 * console accepts is never refused for its shape (the server may still refuse it for the case's
 * state or the actor's rights: that refusal comes back in words).
 */
export const validateForm = (
  schema: Schema.Schema.AnyNoContext,
  model: FormModel,
  draft: DraftGroup,
): FormResult => {
  const payload = toPayload(model, draft);
  const result = Schema.decodeUnknownEither(schema)(payload, { errors: "all" });
  return Either.isRight(result)
    ? { ok: true, payload }
    : { ok: false, errors: fieldErrors(model, result.left) };
};
