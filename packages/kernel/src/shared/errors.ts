import { Schema } from "effect";

/**
 * Every refusal the kernel can give. Each carries a readable zh/en message so a front end can
 * show it in words; the server maps the tag to a transport code in one table.
 */
const message = { message: Schema.String, messageZh: Schema.String };

/** The command does not apply to the case's current step (or the case has not started). */
export class WrongStep extends Schema.TaggedError<WrongStep>()("WrongStep", {
  ...message,
  command: Schema.String,
  step: Schema.String,
}) {}

/** The actor lacks the role, is not the assigned handler, or is not in the assigned unit. */
export class NotAuthorised extends Schema.TaggedError<NotAuthorised>()("NotAuthorised", {
  ...message,
  command: Schema.String,
}) {}

/** The command's data breaks a rule (a missing field, a date before another, an unknown unit). */
export class InvalidCommand extends Schema.TaggedError<InvalidCommand>()("InvalidCommand", {
  ...message,
  command: Schema.String,
  field: Schema.optional(Schema.String),
}) {}

/** The case is closed (办结/归档/发布/销毁); nothing more can happen to it. */
export class CaseClosed extends Schema.TaggedError<CaseClosed>()("CaseClosed", {
  ...message,
  command: Schema.String,
}) {}

/** The case already exists (a start command sent to a started stream). */
export class CaseAlreadyExists extends Schema.TaggedError<CaseAlreadyExists>()(
  "CaseAlreadyExists",
  { ...message, command: Schema.String },
) {}

export const DomainError = Schema.Union(
  WrongStep,
  NotAuthorised,
  InvalidCommand,
  CaseClosed,
  CaseAlreadyExists,
);
export type DomainError = typeof DomainError.Type;
