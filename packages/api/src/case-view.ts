import { streamIdOf } from "@banli/event-store";
import type { Actor } from "@banli/kernel";
import { Operations, processModules, trafficLight } from "@banli/kernel";
import {
  type CaseCursor,
  type CaseSummary,
  canSee,
  isHandler,
  processByName,
} from "@banli/projections";
import { Either, Schema, SchemaAST } from "effect";
import type { ApiDeps } from "./deps.js";
import { fromDomain, notFound } from "./errors.js";
import { localDateOf } from "./time.js";

/** A row of a list or an inbox: the summary without its search text, with today's light. */
/**
 * A case as lists show it (待办, search, 案件, due lists): what a row draws and what opening it
 * needs. The summary's access lists (handlers, units, users, readers, actedBy) and statistics
 * facts stay on the server: a list shows many cases, and who else takes part in each is not the
 * list's business — it also keeps a page of 50 rows small on the wire.
 */
export const rowOf = (deps: ApiDeps, summary: CaseSummary) => ({
  caseId: summary.caseId,
  process: summary.process,
  processLabel: summary.processLabel,
  number: summary.number,
  title: summary.title,
  status: summary.status,
  statusLabel: summary.statusLabel,
  stepLabel: summary.stepLabel,
  closed: summary.closed,
  version: summary.version,
  openedAt: summary.openedAt,
  openedBy: summary.openedBy,
  updatedAt: summary.updatedAt,
  dueOn: summary.dueOn,
  urgency: summary.urgency,
  classification: summary.classification,
  closedAt: summary.closedAt,
  light: lightOf(deps, summary),
});
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
  // A case just written (a command's reply) is at hand; any other is read from the read model.
  const summary =
    deps.projector.recentSummary(caseId) ?? (await deps.projector.readModel.get(caseId));
  if (summary === undefined || !canSee(summary, actor)) throw notFound();
  return summary;
};

export const loadCursor = async (
  deps: ApiDeps,
  summary: CaseSummary,
  /** Fold only the events recorded at or before this instant (ms since the epoch): 回放. */
  until?: number,
): Promise<CaseCursor> => {
  const process = processByName(deps.processes, summary.process);
  if (process === undefined) throw notFound();
  const cursor = process.newCursor(summary.caseId);
  for (;;) {
    const page = await deps.store.readStream(cursor.streamId, {
      fromVersion: cursor.version() + 1,
      limit: 1000,
    });
    for (const stored of page) {
      // A stream's events are recorded in order, so the first later one ends the replay.
      if (until !== undefined && Date.parse(stored.recordedAt) > until) return cursor;
      const applied = cursor.apply(stored);
      if (Either.isLeft(applied)) throw fromDomain(applied.left);
    }
    if (page.length < 1000) return cursor;
  }
};

/**
 * The case's fold as it stands now: the projector's own cursor when it holds the case (no read or
 * decode of the log), else folded from the log.
 */
export const currentCursor = async (deps: ApiDeps, summary: CaseSummary): Promise<CaseCursor> =>
  deps.projector.cursor(streamIdOf(summary.process, summary.caseId)) ??
  (await loadCursor(deps, summary));

/**
 * Personal data (个人信息, e.g. a petitioner's name and contact) is shown only to the people
 * handling the case. Which fields hold it is the kernel's annotation (`personalData`) on the
 * command schemas; the state keeps those fields under the same names.
 */
const membersOf = (ast: SchemaAST.AST): ReadonlyArray<Schema.Schema.AnyNoContext> => {
  // A process's command schema decodes from unknown: its members are on the `to` side.
  if (SchemaAST.isTransformation(ast)) return membersOf(ast.to);
  if (SchemaAST.isUnion(ast)) return ast.types.flatMap(membersOf);
  return [Schema.make(ast)];
};
export const personalKeys: ReadonlySet<string> = new Set(
  Object.values(processModules).flatMap((module) =>
    membersOf(module.commandSchema.ast).flatMap((member) => Operations.personalFields(member)),
  ),
);
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
    // Who must act now (roles, units or people): the case page's "待…处理".
    handlers: summary.handlers,
    state: personal ? cursor.state() : withoutPersonalData(cursor.state()),
    actions: cursor.actions(actor).map((action) => ({
      command: action.command,
      label: action.label,
    })),
    history: cursor.history(),
  };
};
export type CaseView = ReturnType<typeof caseView>;

/**
 * A case as it stood at an instant, rebuilt from its own events (the same fold as
 * `banli audit replay --at`): read-only, so it offers no actions, and its status and step are the
 * replayed ones, not today's.
 */
export const caseAsOfView = (
  actor: Actor,
  summary: CaseSummary,
  cursor: CaseCursor,
  at: string,
) => {
  const personal = summary.users.includes(actor.userId) || isHandler(summary, actor);
  return {
    caseId: summary.caseId,
    process: summary.process,
    number: summary.number,
    title: summary.title,
    at,
    version: cursor.version(),
    status: cursor.version() === 0 ? undefined : cursor.status(),
    statusLabel: cursor.version() === 0 ? undefined : cursor.statusLabel(),
    stepLabel: cursor.version() === 0 ? undefined : cursor.stepLabel(),
    closed: cursor.version() > 0 && cursor.closed(),
    state: personal ? cursor.state() : withoutPersonalData(cursor.state()),
    history: cursor.history(),
  };
};
