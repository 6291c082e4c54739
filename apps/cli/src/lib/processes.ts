import { type EventDecodeError, makeEventCodec, type StoredEvent } from "@banli/event-store";
import {
  catalogs,
  type HistoryEntry,
  type Label,
  type ProcessModule,
  type ProcessName,
  processModules,
} from "@banli/kernel";
import { Either } from "effect";

/** Status names in words, from the kernel's catalog (the module carries its chart and steps). */
const statusLabelsOf = (name: ProcessName): Readonly<Record<string, Label>> =>
  Object.fromEntries(
    (catalogs.find((c) => c.name === name)?.statuses ?? []).map((s) => [s.status, s.label]),
  );

export interface ReplayedCase {
  readonly process: ProcessName;
  readonly title: Label;
  readonly history: ReadonlyArray<HistoryEntry>;
  readonly status: string | undefined;
  readonly statusLabel: Label | undefined;
  readonly stepLabel: Label | undefined;
}

/**
 * One process, its types closed over: the CLI handles processes as a list, while each module's
 * codec, decider and history stay typed against their own events and state.
 */
export interface CaseReplayer {
  readonly name: ProcessName;
  readonly replay: (
    events: ReadonlyArray<StoredEvent>,
  ) => Either.Either<ReplayedCase, EventDecodeError>;
}

const statusOf = (state: unknown): string | undefined =>
  typeof state === "object" &&
  state !== null &&
  "status" in state &&
  typeof state.status === "string"
    ? state.status
    : undefined;

const replayerOf = <P extends { readonly _tag: string }, E extends { readonly _tag: string }, S>(
  module: ProcessModule<P, E, S>,
): CaseReplayer => {
  const codec = makeEventCodec(module);
  const statusLabels = statusLabelsOf(module.name);
  return {
    name: module.name,
    replay: (stored) => {
      const events: Array<E> = [];
      for (const envelope of stored) {
        // Through the kernel's schemas (with upcasting), exactly as the server loads a case.
        const decoded = codec.decode(envelope);
        if (Either.isLeft(decoded)) return Either.left(decoded.left);
        events.push(decoded.right);
      }
      const state = events.reduce(module.decider.evolve, module.decider.initialState);
      const status = statusOf(state);
      const step = module.stepOf(state);
      return Either.right({
        process: module.name,
        title: module.definition.title,
        history: module.history(events),
        status,
        statusLabel: status === undefined ? undefined : statusLabels[status],
        stepLabel: module.definition.steps.find((s) => s.id === step)?.label,
      });
    },
  };
};

/**
 * Every process, by name: `satisfies` makes an eighth process fail to compile until it is here.
 * Replay only folds and describes events, so the modules' default settings are the right ones.
 */
const byName = {
  supervision: replayerOf(processModules.supervision),
  petition: replayerOf(processModules.petition),
  proposal: replayerOf(processModules.proposal),
  archive: replayerOf(processModules.archive),
  outgoing: replayerOf(processModules.outgoing),
  incoming: replayerOf(processModules.incoming),
  publication: replayerOf(processModules.publication),
} satisfies Record<ProcessName, CaseReplayer>;

export const replayers: ReadonlyArray<CaseReplayer> = Object.values(byName);

/** The replayer of a stream (`<process>-<caseId>`), or undefined for a stream of no process. */
export const replayerOfStream = (streamId: string): CaseReplayer | undefined =>
  replayers.find((r) => streamId.startsWith(`${r.name}-`));
