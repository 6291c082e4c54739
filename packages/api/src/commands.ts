import { type Actor, CaseId, CommandId, type CommandMeta } from "@banli/kernel";
import { processByName } from "@banli/projections";
import { Either } from "effect";
import { caseView, loadCursor, visibleSummary } from "./case-view.js";
import type { ApiDeps } from "./deps.js";
import { fromDomain, RefusalError, refuse } from "./errors.js";
import { withRegisterNumber } from "./numbers.js";
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

const metaFor = (deps: ApiDeps, actor: Actor, caseId: string, commandId?: string): CommandMeta => ({
  commandId: CommandId.make(commandId ?? deps.newId()),
  caseId: CaseId.make(caseId),
  actor,
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

const reply = async (deps: ApiDeps, actor: Actor, caseId: string) => {
  await deps.projector.sync();
  const summary = await visibleSummary(deps, actor, caseId);
  return caseView(deps, actor, summary, await loadCursor(deps, summary));
};

export interface OpenInput {
  readonly process: string;
  readonly command: unknown;
  readonly commandId?: string | undefined;
}

export const openCase = async (deps: ApiDeps, actor: Actor, input: OpenInput) => {
  const process = processByName(deps.processes, input.process);
  if (process === undefined) {
    throw refuse("UnknownProcess", `没有「${input.process}」流程`, `No process "${input.process}"`);
  }
  // A retried open (same command id) answers with the case it opened the first time.
  if (input.commandId !== undefined) {
    const earlier = await deps.store.findCommand(input.commandId);
    if (earlier !== undefined) {
      return reply(deps, actor, earlier.streamId.slice(process.name.length + 1));
    }
  }
  const meta = metaFor(deps, actor, deps.newId(), input.commandId);
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
  const outcome = await process.execute(deps.store, meta, payload);
  if (Either.isLeft(outcome)) return refused(deps, meta, process.name, payload, outcome.left);
  return reply(deps, actor, outcome.right.cursor.caseId);
};

export interface ActInput {
  readonly caseId: string;
  readonly command: unknown;
  readonly expectedVersion?: number | undefined;
  readonly commandId?: string | undefined;
}

export const actOnCase = async (deps: ApiDeps, actor: Actor, input: ActInput) => {
  const summary = await visibleSummary(deps, actor, input.caseId);
  const process = processByName(deps.processes, summary.process);
  if (process === undefined) throw refuse("NotFound", "案件不存在", "No such case");
  const meta = metaFor(deps, actor, summary.caseId, input.commandId);
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
  const outcome = await process.execute(deps.store, meta, input.command);
  if (Either.isLeft(outcome)) return refused(deps, meta, process.name, input.command, outcome.left);
  return reply(deps, actor, summary.caseId);
};

export const getCase = async (deps: ApiDeps, actor: Actor, caseId: string) => {
  const summary = await visibleSummary(deps, actor, caseId);
  return caseView(deps, actor, summary, await loadCursor(deps, summary));
};
