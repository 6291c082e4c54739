import type { Actor } from "../actor.js";
import type { Command, CommandMeta } from "../decider.js";
import { CaseId, CommandId, Instant, LocalDate, UnitId, UserId } from "../ids.js";
import type { Role } from "../roles.js";

/**
 * A small cast of people for decider tests: the office, two leaders, three divisions. Names are
 * invented; ids are stable so expected events can be written out in full.
 */
export const person = (
  id: string,
  name: string,
  unit: string,
  ...roles: ReadonlyArray<Role>
): Actor => ({
  userId: UserId.make(id),
  name,
  unitId: UnitId.make(unit),
  roles,
});

export const units = {
  office: UnitId.make("office"),
  science: UnitId.make("science"),
  industry: UnitId.make("industry"),
  finance: UnitId.make("finance"),
} as const;

export const cast = {
  clerk: person("u-clerk", "王经办", "office", "office-clerk"),
  director: person("u-director", "李主任", "office", "office-director"),
  leader: person("u-leader", "张局长", "leadership", "leader-in-charge"),
  principal: person("u-principal", "陈局长", "leadership", "principal-leader"),
  deputy: person("u-deputy", "赵副局长", "leadership", "leader-in-charge"),
  scienceHandler: person("u-sci", "周科员", "science", "division-handler"),
  scienceHead: person("u-sci-head", "吴处长", "science", "division-head"),
  industryHandler: person("u-ind", "郑科员", "industry", "division-handler"),
  financeHandler: person("u-fin", "孙科员", "finance", "division-handler"),
  auditor: person("u-audit", "钱审计", "audit", "auditor"),
} as const;

export const caseId = CaseId.make("case-1");

/** The metadata of a command: who, when (an ISO instant, +08:00), optionally for whom (委托). */
export const meta = (
  actor: Actor,
  at: string,
  options: { readonly onBehalfOf?: Actor; readonly commandId?: string } = {},
): CommandMeta => ({
  commandId: CommandId.make(options.commandId ?? `cmd-${at}`),
  caseId,
  actor,
  at: Instant.make(at),
  ...(options.onBehalfOf === undefined ? {} : { onBehalfOf: options.onBehalfOf }),
});

/** A command: `payload` by `actor` at `at` (an ISO instant), optionally on someone's behalf. */
export const commandAt = <P extends { readonly _tag: string }>(
  actor: Actor,
  at: string,
  payload: P,
  onBehalfOf?: Actor,
): Command<P> => ({
  meta: meta(actor, at, onBehalfOf === undefined ? {} : { onBehalfOf }),
  payload,
});

/**
 * A process's `cmd(actor, day, payload, onBehalfOf?)` on its own calendar of test days: the
 * command at `on(day)`.
 */
export const commandOn =
  <P extends { readonly _tag: string }, Day = number>(on: (day: Day) => string) =>
  (actor: Actor, day: Day, payload: P, onBehalfOf?: Actor): Command<P> =>
    commandAt(actor, on(day), payload, onBehalfOf);

/** 2026-03-<day> at 09:00 (or `time`) in Shanghai. */
export const inMarch = (day: number, time = "09:00") =>
  `2026-03-${String(day).padStart(2, "0")}T${time}:00+08:00`;
export const date = (s: string) => LocalDate.make(s);
/** A stand-in SHA-256: one hex digit 64 times. */
export const hash = (c: string) => c.repeat(64);
