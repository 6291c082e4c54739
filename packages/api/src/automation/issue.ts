import type { EventStorePort } from "@banli/event-store";
import { CaseId, CommandId, type DomainError, systemActor } from "@banli/kernel";
import { type CaseProcess, processByName } from "@banli/projections";
import { Either } from "effect";
import { instantOf } from "../time.js";
import type { ManagedCommand } from "./policy.js";

export type ManagerProblem =
  | {
      readonly kind: "refused";
      readonly command: ManagedCommand;
      readonly error: DomainError | { readonly _tag: string };
    }
  | { readonly kind: "failed"; readonly error: unknown };

export interface IssueContext {
  readonly store: EventStorePort;
  readonly processes: () => ReadonlyArray<CaseProcess>;
  readonly now: () => Date;
  readonly onProblem?: ((problem: ManagerProblem) => void) | undefined;
}

/** Kernel refusals that mean "already done": the derived case exists, the case has closed since. */
const alreadyDone = new Set(["CaseAlreadyExists", "CaseClosed"]);

/**
 * Issues a managed command as the system actor. A command id already in the log is not decided
 * again; if two servers race past that check, the store keeps one append for the id. Returns
 * whether this call wrote the command. A store failure throws (the caller retries later).
 */
export const issueCommand = async (
  context: IssueContext,
  command: ManagedCommand,
): Promise<boolean> => {
  if ((await context.store.findCommand(command.commandId)) !== undefined) return false;
  const process = processByName(context.processes(), command.process);
  if (process === undefined) {
    context.onProblem?.({
      kind: "refused",
      command,
      error: { _tag: "UnknownProcess" },
    });
    return false;
  }
  const outcome = await process.execute(
    context.store,
    {
      commandId: CommandId.make(command.commandId),
      caseId: CaseId.make(command.caseId),
      actor: systemActor,
      at: instantOf(context.now()),
    },
    command.payload,
  );
  if (Either.isLeft(outcome)) {
    if (!alreadyDone.has(outcome.left._tag)) {
      context.onProblem?.({ kind: "refused", command, error: outcome.left });
    }
    return false;
  }
  return !outcome.right.duplicate;
};
