import type { EventStorePort } from "@banli/event-store";
import {
  type Actor,
  CaseId,
  CommandId,
  type CommandMeta,
  Instant,
  UnitId,
  UserId,
} from "@banli/kernel";
import { Either } from "effect";
import type { CaseProcess } from "../case-process.js";

const person = (id: string, name: string, unit: string, ...roles: Actor["roles"]): Actor => ({
  userId: UserId.make(id),
  name,
  unitId: UnitId.make(unit),
  roles,
});

/** A small cast for read-model tests (the API's demo data has the bureau's full cast). */
export const people = {
  clerk: person("clerk", "王经办", "office", "office-clerk"),
  director: person("director", "李主任", "office", "office-director"),
  leader: person("leader", "张局长", "leaders", "leader-in-charge"),
  handler: person("handler", "周科员", "science", "division-handler"),
  other: person("other", "郑科员", "industry", "division-handler"),
  auditor: person("auditor", "钱审计", "audit", "auditor"),
} as const;

let counter = 0;
export const metaOf = (actor: Actor, caseId: string, at: string): CommandMeta => ({
  commandId: CommandId.make(`cmd-${++counter}`),
  caseId: CaseId.make(caseId),
  actor,
  at: Instant.make(at),
});

export const run = async (
  store: EventStorePort,
  process: CaseProcess,
  actor: Actor,
  caseId: string,
  at: string,
  payload: unknown,
): Promise<void> => {
  const outcome = await process.execute(store, metaOf(actor, caseId, at), payload);
  if (Either.isLeft(outcome)) throw new Error(JSON.stringify(outcome.left));
};

/** Registers a 督办件 and takes it to 交办 to the science division. */
export const superviseToHandling = async (
  store: EventStorePort,
  process: CaseProcess,
  caseId: string,
  n: number,
  title: string,
): Promise<void> => {
  await run(store, process, people.clerk, caseId, "2026-11-02T09:00:00+08:00", {
    _tag: "RegisterItem",
    number: `督〔2026〕${n}号`,
    kind: "督办件",
    sourceOrgan: "市政府督查室",
    title,
    content: `关于${title}的督办事项，请抓紧办理。`,
    receivedOn: "2026-11-02",
    timeLimit: "2026-12-20",
    attachments: [],
  });
  await run(store, process, people.director, caseId, "2026-11-02T10:00:00+08:00", {
    _tag: "ProposeHandling",
    opinion: "拟请分管局领导阅示，交成果处办理。",
  });
  await run(store, process, people.clerk, caseId, "2026-11-02T11:00:00+08:00", {
    _tag: "SubmitForInstruction",
    leader: { userId: people.leader.userId, name: people.leader.name },
  });
};
