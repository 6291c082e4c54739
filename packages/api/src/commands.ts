import { streamIdOf } from "@banli/event-store";
import { type Actor, CaseId, CommandId, type CommandMeta } from "@banli/kernel";
import { processByName } from "@banli/projections";
import { Either } from "effect";
import { caseAsOfView, caseView, currentCursor, loadCursor, visibleSummary } from "./case-view.js";
import { principalFor, viewerFor } from "./delegation/index.js";
import type { ApiDeps } from "./deps.js";
import { fromDomain, RefusalError, refuse } from "./errors.js";
import { withCaseNumber, withRegisterNumber } from "./numbers.js";
import { recordSecurityEvent } from "./security-log.js";
import { instantOf } from "./time.js";

/**
 * The one path every command takes: actor from the session → metadata with the server's clock
 * → (register number) → the kernel's decider through `executeCommand` → the read model caught up
 * before the reply, so the reply and the actor's inbox already show the command's effect.
 */
const tagOf = (payload: unknown): string =>
  typeof payload === "object" && payload !== null && "_tag" in payload
    ? String(payload._tag).slice(0, 64)
    : "unknown";

const metaFor = (
  deps: ApiDeps,
  actor: Actor,
  caseId: string,
  commandId: string | undefined,
  principal: Actor | undefined,
): CommandMeta => ({
  // Ids this server made (a new id, a case id from the read model) are not checked again: a
  // branded make runs the schema, on every command. A client's command id still is.
  commandId:
    commandId === undefined
      ? CommandId.make(deps.newId(), { disableValidation: true })
      : CommandId.make(commandId),
  caseId: CaseId.make(caseId, { disableValidation: true }),
  actor,
  // 委托: the kernel checks the principal's authority and records both people.
  ...(principal === undefined ? {} : { onBehalfOf: principal }),
  at: instantOf(deps.now()),
});

const refused = async (
  deps: ApiDeps,
  meta: CommandMeta,
  process: string,
  payload: unknown,
  error: { readonly _tag: string; readonly message: string; readonly messageZh?: string },
): Promise<never> => {
  await recordSecurityEvent(
    deps.store,
    {
      _tag: "CommandRefused",
      userId: meta.actor.userId,
      caseId: meta.caseId,
      process,
      command: tagOf(payload),
      refusal: error._tag,
    },
    meta.at,
    meta.actor,
  );
  throw fromDomain(error);
};

/** The reply: the case as the principal (the actor, or whom they act for) now sees it. */
const reply = async (deps: ApiDeps, viewer: Actor, caseId: string) => {
  await deps.projector.sync();
  const summary = await visibleSummary(deps, viewer, caseId);
  return caseView(deps, viewer, summary, await currentCursor(deps, summary));
};

export interface OpenInput {
  readonly process: string;
  readonly command: unknown;
  readonly commandId?: string | undefined;
  /** 委托: the user this one acts for, under a delegation that holds today. */
  readonly onBehalfOf?: string | undefined;
}

export const openCase = async (deps: ApiDeps, actor: Actor, input: OpenInput) => {
  const process = processByName(deps.processes, input.process);
  if (process === undefined) {
    throw refuse("UnknownProcess", `没有「${input.process}」流程`, `No process "${input.process}"`);
  }
  const principal = await principalFor(deps, actor, input.onBehalfOf);
  const viewer = principal ?? actor;
  // A retried open (same command id) answers with the case it opened the first time.
  if (input.commandId !== undefined) {
    const earlier = await deps.store.findCommand(input.commandId);
    if (earlier !== undefined) {
      return reply(deps, viewer, earlier.streamId.slice(process.name.length + 1));
    }
  }
  const meta = metaFor(deps, actor, deps.newId(), input.commandId, principal);
  let payload: unknown;
  try {
    payload = await withRegisterNumber(deps, process, meta, input.command);
  } catch (error) {
    if (error instanceof RefusalError) {
      const refusal = error.refusal;
      return refused(deps, meta, process.name, input.command, { _tag: refusal.tag, ...refusal });
    }
    throw error;
  }
  // The case id was just made: decide on the empty case rather than read a stream to find none.
  const outcome = await process.execute(deps.store, meta, payload, {
    held: process.newCursor(meta.caseId),
    freshCommandId: input.commandId === undefined,
  });
  if (Either.isLeft(outcome)) return refused(deps, meta, process.name, payload, outcome.left);
  return reply(deps, viewer, outcome.right.cursor.caseId);
};

export interface ActInput {
  readonly caseId: string;
  readonly command: unknown;
  readonly expectedVersion?: number | undefined;
  readonly commandId?: string | undefined;
  readonly onBehalfOf?: string | undefined;
}

export const actOnCase = async (deps: ApiDeps, actor: Actor, input: ActInput) => {
  const principal = await principalFor(deps, actor, input.onBehalfOf);
  // Under a delegation the deputy sees the case as the principal does, and no more.
  const viewer = principal ?? actor;
  const summary = await visibleSummary(deps, viewer, input.caseId);
  const process = processByName(deps.processes, summary.process);
  if (process === undefined) throw refuse("NotFound", "案件不存在", "No such case");
  const meta = metaFor(deps, actor, summary.caseId, input.commandId, principal);
  if (input.expectedVersion !== undefined) {
    const version = await deps.store.streamVersion(`${process.name}-${summary.caseId}`);
    const retry = input.commandId !== undefined && (await deps.store.findCommand(input.commandId));
    if (version !== input.expectedVersion && !retry) {
      throw refuse(
        "StaleVersion",
        "案件已被他人更新，请刷新后重试",
        "The case has changed since you loaded it; reload and try again",
      );
    }
  }
  let payload: unknown;
  try {
    payload = await withCaseNumber(
      deps,
      process,
      () => loadCursor(deps, summary),
      meta,
      input.command,
    );
  } catch (error) {
    if (error instanceof RefusalError) {
      const refusal = error.refusal;
      return refused(deps, meta, process.name, input.command, { _tag: refusal.tag, ...refusal });
    }
    throw error;
  }
  const outcome = await process.execute(deps.store, meta, payload, {
    held: deps.projector.cursor(streamIdOf(process.name, summary.caseId)),
    freshCommandId: input.commandId === undefined,
  });
  if (Either.isLeft(outcome)) return refused(deps, meta, process.name, payload, outcome.left);
  return reply(deps, viewer, summary.caseId);
};

/** 回放: the case as it stood at `at`, for anyone who may see it today (auditors above all). */
export const getCaseAsOf = async (
  deps: ApiDeps,
  actor: Actor,
  input: { readonly caseId: string; readonly at: string; readonly onBehalfOf?: string | undefined },
) => {
  const viewer = await viewerFor(deps, actor, input.onBehalfOf);
  const summary = await visibleSummary(deps, viewer, input.caseId);
  const cursor = await loadCursor(deps, summary, Date.parse(input.at));
  return caseAsOfView(viewer, summary, cursor, input.at);
};

export const getCase = async (
  deps: ApiDeps,
  actor: Actor,
  caseId: string,
  onBehalfOf?: string | undefined,
) => {
  const viewer = await viewerFor(deps, actor, onBehalfOf);
  const summary = await visibleSummary(deps, viewer, caseId);
  return caseView(deps, viewer, summary, await currentCursor(deps, summary));
};
