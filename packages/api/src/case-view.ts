import type { Actor } from "@banli/kernel";
import { trafficLight } from "@banli/kernel";
import {
  type CaseCursor,
  type CaseSummary,
  canSee,
  isHandler,
  processByName,
} from "@banli/projections";
import { Either } from "effect";
import type { ApiDeps } from "./deps.js";
import { fromDomain, notFound } from "./errors.js";
import { localDateOf } from "./time.js";

/** A row of a list or an inbox: the summary without its search text, with today's light. */
export const rowOf = (deps: ApiDeps, summary: CaseSummary) => {
  const { text: _text, ...row } = summary;
  return { ...row, light: lightOf(deps, summary) };
};
export type CaseRow = ReturnType<typeof rowOf>;

/** Green, yellow or red by the working-day calendar; none for closed cases or unknown years. */
export const lightOf = (deps: ApiDeps, summary: CaseSummary) => {
  if (summary.closed || summary.dueOn === undefined) return undefined;
  const light = trafficLight(
    summary.dueOn as Parameters<typeof trafficLight>[0],
    localDateOf(deps.now()),
    deps.calendar,
  );
  return Either.getOrUndefined(light);
};

/** The summary of a case this actor may see; anything else is "no such case", never a hint. */
export const visibleSummary = async (
  deps: ApiDeps,
  actor: Actor,
  caseId: string,
): Promise<CaseSummary> => {
  const summary = await deps.projector.readModel.get(caseId);
  if (summary === undefined || !canSee(summary, actor)) throw notFound();
  return summary;
};

export const loadCursor = async (deps: ApiDeps, summary: CaseSummary): Promise<CaseCursor> => {
  const process = processByName(deps.processes, summary.process);
  if (process === undefined) throw notFound();
  const cursor = process.newCursor(summary.caseId);
  for (;;) {
    const page = await deps.store.readStream(cursor.streamId, {
      fromVersion: cursor.version() + 1,
      limit: 1000,
    });
    for (const stored of page) {
      const applied = cursor.apply(stored);
      if (Either.isLeft(applied)) throw fromDomain(applied.left);
    }
    if (page.length < 1000) return cursor;
  }
};

/** Personal data (个人信息) is shown only to the people handling the case. */
const personalKeys = new Set(["petitioner"]);
const withoutPersonalData = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(withoutPersonalData);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !personalKeys.has(key))
      .map(([key, v]) => [key, withoutPersonalData(v)]),
  );
};

/** The case detail: state, the actions this actor may take now, the timeline. */
export const caseView = (deps: ApiDeps, actor: Actor, summary: CaseSummary, cursor: CaseCursor) => {
  const personal = summary.users.includes(actor.userId) || isHandler(summary, actor);
  return {
    ...rowOf(deps, summary),
    state: personal ? cursor.state() : withoutPersonalData(cursor.state()),
    actions: cursor.actions(actor).map((action) => ({
      command: action.command,
      label: action.label,
    })),
    history: cursor.history(),
  };
};
export type CaseView = ReturnType<typeof caseView>;
