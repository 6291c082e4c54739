import type { StoredEvent } from "@banli/event-store";

/**
 * A process manager's rule: the command one event calls for, or none. Pure — no clock, no store
 * — so the same event always asks for the same command with the same command id, and a replay,
 * a restart or a second server asks for nothing new: the store answers a known command id with
 * its first result and writes nothing.
 */
export interface ManagedCommand {
  readonly process: string;
  readonly caseId: string;
  /** Derived from the triggering event's id: the idempotency key. */
  readonly commandId: string;
  readonly payload: unknown;
}

/** What a policy may look up: the state of a case as of one of its versions (a pure fold). */
export interface PolicyContext {
  readonly stateOf: (streamId: string, version: number) => Promise<unknown>;
}

export type Policy = (
  event: StoredEvent,
  context: PolicyContext,
) => ManagedCommand | undefined | Promise<ManagedCommand | undefined>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The process of a stored event (`"<process>.<Tag>"`) and its case (`<process>-<caseId>`). */
export const sourceOf = (event: StoredEvent): { process: string; caseId: string } | undefined => {
  const process = event.type.split(".")[0] ?? "";
  if (process === "" || !event.streamId.startsWith(`${process}-`)) return undefined;
  return { process, caseId: event.streamId.slice(process.length + 1) };
};

/** The processes whose closing hands the case to the archive (spec §4: 1, 5 and 6). */
const handingOver = new Set(["supervision", "outgoing", "incoming"]);

/** The archive item a case is collected into: one per source case, whatever is redelivered. */
export const archiveCaseIdOf = (process: string, caseId: string): string =>
  `from-${process}-${caseId}`;

/**
 * 督办 存查并归档 / 发文 用印 / 收文 存档备查 carry an `ArchiveHandoff`: the archive opens its 收集
 * item from it by itself (`CollectFromCase`, issued as the system actor). The item's case id is
 * derived from the source case, so even a second hand-off of one case is refused by the kernel as
 * CaseAlreadyExists rather than collected twice.
 */
export const archiveHandoffPolicy = (event: StoredEvent): ManagedCommand | undefined => {
  const source = sourceOf(event);
  if (source === undefined || !handingOver.has(source.process)) return undefined;
  if (!isRecord(event.data) || !isRecord(event.data.archive)) return undefined;
  return {
    process: "archive",
    caseId: archiveCaseIdOf(source.process, source.caseId),
    commandId: `pm:archive-handoff:${event.eventId}`,
    payload: { _tag: "CollectFromCase", sourceCaseId: source.caseId, handoff: event.data.archive },
  };
};

const text = (value: unknown): string | undefined =>
  typeof value === "string" && value.trim() !== "" ? value : undefined;

/**
 * 收文 「办理回复」 that needs a reply document: the lead unit's `StartReplyDocument` records the
 * 发文 case id it allocated; the 发文 case is then opened under that id (`OpenReplyDraft`, as the
 * system actor), linked to the 收文 — its number, the sender's number and the reply's time limit
 * read from the 收文 as of that event — and waits for the unit's 起草.
 */
export const replyDraftPolicy: Policy = async (event, context) => {
  if (event.type !== "incoming.ReplyDocumentStarted" || !isRecord(event.data)) return undefined;
  const source = sourceOf(event);
  const outgoingCaseId = text(event.data.outgoingCaseId);
  const title = text(event.data.title);
  const unitId = text(event.data.unitId);
  const unitName = text(event.data.unitName);
  if (source === undefined || outgoingCaseId === undefined || title === undefined) return undefined;
  if (unitId === undefined || unitName === undefined) return undefined;
  const state = await context.stateOf(event.streamId, event.version);
  const document = isRecord(state) && isRecord(state.document) ? state.document : {};
  const number = text(document.number);
  if (number === undefined) return undefined;
  const senderNumber = text(document.senderNumber);
  const handling = isRecord(state) && isRecord(state.handling) ? state.handling : {};
  const lead = isRecord(handling.lead) ? handling.lead : {};
  const dueOn = lead.unitId === unitId ? text(lead.dueOn) : undefined;
  return {
    process: "outgoing",
    caseId: outgoingCaseId,
    commandId: `pm:reply-draft:${event.eventId}`,
    payload: {
      _tag: "OpenReplyDraft",
      replyTo: {
        caseId: source.caseId,
        number,
        ...(senderNumber === undefined ? {} : { senderNumber }),
      },
      title,
      unitId,
      unitName,
      ...(dueOn === undefined ? {} : { dueOn }),
    },
  };
};
