import type { StoredEvent } from "@banli/event-store";
import { systemUserId } from "@banli/kernel";

/**
 * Facts read off a case's stored events without knowing the process: its title and number, the
 * people and units named in it, and the Chinese text search covers. Every process names these
 * fields the same way (`title`, `number`, `userId`, `unitId`), so one reader serves all seven.
 */
export interface CaseFacts {
  readonly title: string | undefined;
  readonly number: string | undefined;
  readonly userIds: ReadonlySet<string>;
  readonly unitIds: ReadonlySet<string>;
  /** People named with their unit (a leader submitted to, an assignee, a reader). */
  readonly people: ReadonlyMap<string, string | undefined>;
  /** Distinct text fragments with Chinese in them: titles, bodies, opinions, numbers. */
  readonly text: ReadonlyArray<string>;
}

/** Personal data (个人信息) never enters the search index: it is shown to handlers only. */
const personalKeys = new Set(["petitioner"]);
const numberKeys = ["number", "proposalNumber", "archivalCode"];
const hasChinese = /[\u3400-\u9fff]/;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

export const emptyFacts = (): MutableFacts => ({
  title: undefined,
  number: undefined,
  userIds: new Set(),
  unitIds: new Set(),
  people: new Map(),
  text: [],
});

export interface MutableFacts {
  title: string | undefined;
  number: string | undefined;
  readonly userIds: Set<string>;
  readonly unitIds: Set<string>;
  readonly people: Map<string, string | undefined>;
  readonly text: Array<string>;
}

const scan = (facts: MutableFacts, value: unknown, key: string | undefined): void => {
  if (typeof value === "string") {
    if (key === "userId") facts.userIds.add(value);
    else if (key === "unitId") facts.unitIds.add(value);
    else if (hasChinese.test(value) && !facts.text.includes(value)) facts.text.push(value);
    return;
  }
  if (Array.isArray(value)) {
    for (const item of value) scan(facts, item, key === "unitIds" ? "unitId" : undefined);
    return;
  }
  if (!isRecord(value)) return;
  // The system's own record (`by` on its events) names no person or unit of the case.
  if (value.userId === systemUserId) return;
  if (typeof value.userId === "string" && !facts.people.has(value.userId)) {
    facts.people.set(value.userId, typeof value.unitId === "string" ? value.unitId : undefined);
  }
  for (const [k, v] of Object.entries(value)) {
    if (!personalKeys.has(k)) scan(facts, v, k);
  }
};

const actorIds = (facts: MutableFacts, actor: unknown): void => {
  // The process manager acts for no unit: its records (collected hand-offs, deadline alerts)
  // must not make a case visible to a unit, nor count the system among the people in it.
  if (!isRecord(actor) || actor.userId === systemUserId) return;
  if (typeof actor.userId === "string") {
    facts.userIds.add(actor.userId);
    if (!facts.people.has(actor.userId)) {
      facts.people.set(actor.userId, typeof actor.unitId === "string" ? actor.unitId : undefined);
    }
  }
  if (typeof actor.unitId === "string") facts.unitIds.add(actor.unitId);
};

/** Adds one event's facts; later titles and numbers replace earlier ones (a 发文字号 arrives late). */
export const addFacts = (facts: MutableFacts, event: StoredEvent): void => {
  actorIds(facts, event.actor);
  actorIds(facts, event.onBehalfOf);
  const data = event.data;
  if (!isRecord(data)) return;
  if (typeof data.title === "string") facts.title = data.title;
  // A petition has no title: its 事由 (subject) is what lists and headers show instead.
  else if (typeof data.subject === "string" && facts.title === undefined)
    facts.title = data.subject;
  for (const key of numberKeys) {
    const value = data[key];
    if (typeof value === "string") facts.number = value;
  }
  scan(facts, data, undefined);
};
