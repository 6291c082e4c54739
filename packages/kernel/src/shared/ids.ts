import { Schema } from "effect";

/** Branded ids: a case id can never be passed where a user id is expected. */
export const CaseId = Schema.NonEmptyTrimmedString.pipe(Schema.brand("CaseId"));
export type CaseId = typeof CaseId.Type;
export const UserId = Schema.NonEmptyTrimmedString.pipe(Schema.brand("UserId"));
export type UserId = typeof UserId.Type;
export const UnitId = Schema.NonEmptyTrimmedString.pipe(Schema.brand("UnitId"));
export type UnitId = typeof UnitId.Type;
export const CommandId = Schema.NonEmptyTrimmedString.pipe(Schema.brand("CommandId"));
export type CommandId = typeof CommandId.Type;

/** An instant, ISO-8601 with offset, as it arrives in a command's metadata (the kernel reads no clock). */
export const Instant = Schema.String.pipe(
  Schema.pattern(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/),
  Schema.brand("Instant"),
).annotations({ identifier: "Instant", title: "时间 / Time" });
export type Instant = typeof Instant.Type;

/** A calendar date, YYYY-MM-DD, in the bureau's time zone (Asia/Shanghai). */
export const LocalDate = Schema.String.pipe(
  Schema.pattern(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/),
  Schema.brand("LocalDate"),
).annotations({ identifier: "LocalDate", title: "日期 / Date" });
export type LocalDate = typeof LocalDate.Type;
