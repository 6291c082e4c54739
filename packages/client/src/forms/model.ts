import type { Label } from "@banli/kernel";

/**
 * A form described as plain data, derived from a command's `effect/Schema`. Every front end
 * (the web console, the Ink TUI) draws its controls from this, so no command has a hand-written
 * form and a new field in the kernel shows up everywhere without front-end changes.
 */

interface FieldBase {
  /** The property name in the command payload. */
  readonly key: string;
  readonly label: Label;
  readonly description?: Label;
  /** False for `Schema.optional` fields: an empty control is left out of the payload. */
  readonly required: boolean;
  /** Marked by the kernel as 个人信息: front ends flag it (shown only to those handling). */
  readonly personal?: boolean;
}

export type Reference = "unit" | "user" | "case" | "attachment";

export interface TextField extends FieldBase {
  /** `textarea` for opinions, bodies, reasons: words kept verbatim, often several lines. */
  readonly kind: "text" | "textarea";
  readonly minLength?: number;
  readonly maxLength?: number;
  /**
   * An id of something the server knows (a branded id of the kernel): a front end offers a
   * picker of units, users, cases or attachments instead of a bare text box.
   */
  readonly refersTo?: Reference;
  /** The kernel refuses blanks around it: a form trims it before sending. */
  readonly trimmed?: boolean;
  /** The pattern the text must match, e.g. a register number `督〔YYYY〕N号`. */
  readonly pattern?: string;
}

export interface NumberField extends FieldBase {
  readonly kind: "number";
  readonly integer: boolean;
  readonly minimum?: number;
  readonly maximum?: number;
}

export interface BooleanField extends FieldBase {
  readonly kind: "boolean";
}

export type ChoiceValue = string | number | boolean;

export interface ChoiceOption {
  /** The option as a string (what a select's value or a draft holds). */
  readonly key: string;
  /** The literal the payload carries. */
  readonly value: ChoiceValue;
  readonly label: Label;
}

export interface ChoiceField extends FieldBase {
  readonly kind: "choice";
  readonly options: ReadonlyArray<ChoiceOption>;
}

/** A `LocalDate` (YYYY-MM-DD) or an `Instant` (ISO-8601 with offset). */
export interface DateField extends FieldBase {
  readonly kind: "date" | "datetime";
}

/** A list of plain values (organs, unit ids): one control per entry, add and remove. */
export interface ListField extends FieldBase {
  readonly kind: "list";
  readonly item: ScalarField;
  readonly minItems: number;
}

/** A nested struct (a person, an assignment): its fields drawn together. */
export interface GroupField extends FieldBase {
  readonly kind: "group";
  readonly fields: ReadonlyArray<FormField>;
}

/** An array of structs (attachments, co-handling units): a group repeated, add and remove. */
export interface RepeatField extends FieldBase {
  readonly kind: "repeat";
  readonly item: GroupField;
  readonly minItems: number;
}

export type ScalarField = TextField | NumberField | BooleanField | ChoiceField | DateField;
export type FormField = ScalarField | ListField | GroupField | RepeatField;

export interface FormModel {
  /** The command's `_tag`, added to the payload. */
  readonly tag: string;
  readonly label: Label;
  readonly description?: Label;
  readonly fields: ReadonlyArray<FormField>;
}

/**
 * What a form holds while it is being filled: text as typed (numbers too, so a half-typed
 * number is not lost), booleans, a choice's `key`, groups as records, lists as arrays.
 */
export type DraftValue = string | boolean | DraftGroup | ReadonlyArray<DraftValue>;
export interface DraftGroup {
  readonly [key: string]: DraftValue;
}

/** A field's place in the payload, e.g. `["coUnits", 0, "dueOn"]`. */
export type FieldPath = ReadonlyArray<string | number>;

/** The one spelling of a path used to look errors up: `coUnits.0.dueOn`. */
export const pathKey = (path: FieldPath): string => path.join(".");

/** Narrows a draft value to a list (Array.isArray alone does not narrow a readonly array). */
export const isDraftList = (value: DraftValue | undefined): value is ReadonlyArray<DraftValue> =>
  Array.isArray(value);

export const isDraftGroup = (value: DraftValue | undefined): value is DraftGroup =>
  typeof value === "object" && value !== null && !Array.isArray(value);
