import type { StoredEvent } from "@banli/event-store";
import { type Label, systemUserId } from "@banli/kernel";
import { addFacts, emptyFacts, type MutableFacts } from "./case-facts.js";
import type { CaseCursor } from "./case-process.js";
import { type HandlerDescriptor, handlersOf } from "./handlers.js";

/** A reader a case was circulated to (传阅) and whether they confirmed reading it. */
export interface Reader {
  readonly userId: string;
  readonly sentAt: string;
  readonly readAt: string | undefined;
}

/**
 * One row of the case list and the inboxes. Everything in it is a fold of the log (no clock):
 * the traffic light is computed when read, from `dueOn` and today.
 */
export interface CaseSummary {
  readonly caseId: string;
  readonly process: string;
  readonly processLabel: Label;
  readonly number: string | undefined;
  readonly title: string | undefined;
  readonly status: string;
  readonly statusLabel: Label;
  readonly stepLabel: Label | undefined;
  readonly closed: boolean;
  readonly version: number;
  readonly position: number;
  readonly openedAt: string;
  readonly openedBy: string;
  readonly openedByUnit: string | undefined;
  readonly updatedAt: string;
  /** The earliest due date of the units handling it, else the case's own time limit. */
  readonly dueOn: string | undefined;
  readonly urgency: string | undefined;
  /** 密级 (绝密/机密/秘密) when the case is 涉密: then only the people in it may see it. */
  readonly classification: string | undefined;
  /** When it closed (办结/归档/发布…): the instant of the event that ended it. */
  readonly closedAt: string | undefined;
  readonly handlers: ReadonlyArray<HandlerDescriptor>;
  /** Units that take part: assigned units and the units of everyone who acted. */
  readonly units: ReadonlyArray<string>;
  /** People who take part: everyone who acted or is named (submitted to, assigned, readers). */
  readonly users: ReadonlyArray<string>;
  /** Users who acted on it themselves or through a deputy (已办). */
  readonly actedBy: ReadonlyArray<string>;
  readonly readers: ReadonlyArray<Reader>;
  /** 议提案 答复类别 (A/B/C, D where enabled): the latest answer's, a second answer replaces it. */
  readonly replyClass: string | undefined;
  /** 议提案 满意 / 基本满意 / 不满意: the proposer's latest verdict. */
  readonly satisfaction: string | undefined;
  readonly text: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const idOf = (actor: unknown): string | undefined =>
  isRecord(actor) && typeof actor.userId === "string" ? actor.userId : undefined;

const sorted = (values: Iterable<string>): ReadonlyArray<string> => [...values].sort();

/**
 * Keeps the facts of one case beside its cursor and produces its summary after each event.
 * Sets are sorted on output so the same log always gives byte-identical rows.
 */
export class CaseTracker {
  private readonly facts: MutableFacts = emptyFacts();
  private readonly acted = new Set<string>();
  private urgency: string | undefined;
  private classification: string | undefined;
  private replyClass: string | undefined;
  private satisfaction: string | undefined;

  constructor(readonly cursor: CaseCursor) {}

  add(event: StoredEvent): void {
    addFacts(this.facts, event);
    for (const who of [idOf(event.actor), idOf(event.onBehalfOf)]) {
      // The system's records are nobody's 已办.
      if (who !== undefined && who !== systemUserId) this.acted.add(who);
    }
    if (isRecord(event.data) && typeof event.data.urgency === "string") {
      this.urgency = event.data.urgency;
    }
    if (isRecord(event.data) && typeof event.data.replyClass === "string") {
      this.replyClass = event.data.replyClass;
    }
    if (isRecord(event.data) && typeof event.data.satisfaction === "string") {
      this.satisfaction = event.data.satisfaction;
    }
    if (isRecord(event.data) && typeof event.data.classification === "string") {
      // 非密 is the portal's explicit "not classified".
      this.classification =
        event.data.classification === "非密" ? undefined : event.data.classification;
    }
  }

  summary(): CaseSummary {
    const cursor = this.cursor;
    const stored = cursor.stored();
    const first = stored[0];
    const last = stored[stored.length - 1];
    if (first === undefined || last === undefined) throw new Error("a case has events");
    const handling = cursor.handling();
    const assigned = [handling.lead, ...handling.coUnits].flatMap((a) => (a ? [a] : []));
    const dueDates = assigned.map((a) => a.dueOn as string).sort();
    const units = new Set([...this.facts.unitIds, ...assigned.map((a) => a.unitId)]);
    const people = [...this.facts.people].map(([userId, unitId]) => ({ userId, unitId }));
    const firstActor = isRecord(first.actor) ? first.actor : {};
    return {
      caseId: cursor.caseId,
      process: cursor.process.name,
      processLabel: cursor.process.title,
      number: this.facts.number,
      title: this.facts.title,
      status: cursor.status(),
      statusLabel: cursor.statusLabel(),
      stepLabel: cursor.stepLabel(),
      closed: cursor.closed(),
      version: last.version,
      position: last.position,
      openedAt: first.recordedAt,
      openedBy: idOf(first.actor) ?? "",
      openedByUnit: typeof firstActor.unitId === "string" ? firstActor.unitId : undefined,
      updatedAt: last.recordedAt,
      dueOn: dueDates[0] ?? cursor.timeLimit(),
      urgency: this.urgency,
      classification: this.classification,
      closedAt: cursor.closed() ? last.recordedAt : undefined,
      handlers: handlersOf(cursor, people, sorted(units)),
      units: sorted(units),
      users: sorted(this.facts.userIds),
      actedBy: sorted(this.acted),
      readers: handling.circulation.map((entry) => ({
        userId: entry.reader.userId,
        sentAt: entry.sentAt,
        readAt: entry.readAt,
      })),
      replyClass: this.replyClass,
      satisfaction: this.satisfaction,
      text: [cursor.process.title.zh, ...this.facts.text].join("\n"),
    };
  }
}
