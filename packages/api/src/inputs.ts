import { DeadlineUnit, Instant, LocalDate } from "@banli/kernel";
import { Boxes, CaseSorts } from "@banli/projections";
import { Schema } from "effect";
import { standardSchema } from "./standard-schema.js";

/**
 * Procedure inputs as Effect schemas, handed to tRPC as Standard Schema validators. A command's
 * own payload is `Unknown` here on purpose: it is decoded by its process's kernel schema on the
 * command path, which refuses it as the kernel's `InvalidCommand` naming the bad field.
 */
const Id = Schema.String.pipe(Schema.minLength(1), Schema.maxLength(128));
const Limit = Schema.Int.pipe(Schema.between(1, 200));
const Offset = Schema.Int.pipe(Schema.between(0, 1_000_000));
const Short = Schema.String.pipe(Schema.maxLength(64));

export const LoginInput = standardSchema(
  Schema.Struct({
    username: Schema.String.pipe(Schema.minLength(1), Schema.maxLength(64)),
    password: Schema.String.pipe(Schema.minLength(1), Schema.maxLength(1024)),
  }),
);

export const OpenInput = standardSchema(
  Schema.Struct({
    process: Short,
    command: Schema.Unknown,
    commandId: Schema.optional(Id),
    onBehalfOf: Schema.optional(Id),
  }),
);

export const ActInput = standardSchema(
  Schema.Struct({
    caseId: Id,
    command: Schema.Unknown,
    expectedVersion: Schema.optional(Schema.Int.pipe(Schema.between(0, 1_000_000_000))),
    commandId: Schema.optional(Id),
    /** 委托: act for this user, under a delegation they granted that holds today. */
    onBehalfOf: Schema.optional(Id),
  }),
);

/** A case, seen by the user or — under a delegation — as the user they act for sees it. */
export const CaseInput = standardSchema(
  Schema.Struct({ caseId: Id, onBehalfOf: Schema.optional(Id) }),
);

/** 回放: an instant with its offset (the kernel's `Instant`, e.g. 2026-09-03T10:00:00+08:00). */
export const AsOfInput = standardSchema(
  Schema.Struct({ caseId: Id, at: Instant, onBehalfOf: Schema.optional(Id) }),
);

export const ListInput = standardSchema(
  Schema.Struct({
    process: Schema.optional(Short),
    status: Schema.optional(Short),
    unitId: Schema.optional(Id),
    from: Schema.optional(LocalDate),
    to: Schema.optional(LocalDate),
    urgency: Schema.optional(Short),
    open: Schema.optional(Schema.Boolean),
    overdue: Schema.optional(Schema.Boolean),
    number: Schema.optional(Short),
    /** recent (default) · due: earliest due date first · opened: newest first. */
    sort: Schema.optional(Schema.Literal(...CaseSorts)),
    limit: Schema.optional(Limit),
    offset: Schema.optional(Offset),
  }),
);

export const InboxInput = standardSchema(
  Schema.Struct({
    box: Schema.Literal(...Boxes),
    limit: Schema.optional(Limit),
    offset: Schema.optional(Offset),
    /** 委托: the boxes of this user, under a delegation they granted that holds today. */
    onBehalfOf: Schema.optional(Id),
  }),
);

/** The box counts: the caller's own, or (委托) those of the user they act for. */
export const InboxCountsInput = standardSchema(
  Schema.UndefinedOr(Schema.Struct({ onBehalfOf: Schema.optional(Id) })),
);

export const SearchInput = standardSchema(
  Schema.Struct({
    q: Schema.Trim.pipe(Schema.minLength(1), Schema.maxLength(100)),
    limit: Schema.optional(Limit),
    offset: Schema.optional(Offset),
  }),
);

/** `calendar.due`: a period counted from `start` (民法典 arts. 201–203). */
export const DueInput = standardSchema(
  Schema.Struct({
    start: LocalDate,
    amount: Schema.Int.pipe(Schema.between(1, 10_000)),
    unit: DeadlineUnit,
  }),
);

/** `calendar.pressing`: the caller's due-soon and overdue cases, or (委托) those of whom they act for. */
export const PressingInput = standardSchema(
  Schema.UndefinedOr(
    Schema.Struct({ limit: Schema.optional(Limit), onBehalfOf: Schema.optional(Id) }),
  ),
);

/** `events.live`: the caller's notices, or (委托) those of the user they act for. */
export const LiveInput = standardSchema(
  Schema.UndefinedOr(Schema.Struct({ onBehalfOf: Schema.optional(Id) })),
);
