import type { Actor } from "../actor.js";
import type { CommandMeta } from "../decider.js";
import { CaseId, CommandId, Instant, UnitId, UserId } from "../ids.js";
import type { Role } from "../roles.js";

/**
 * A small cast of people for decider tests: the office, two leaders, three divisions. Names are
 * invented; ids are stable so expected events can be written out in full.
 */
const person = (id: string, name: string, unit: string, ...roles: ReadonlyArray<Role>): Actor => ({
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
