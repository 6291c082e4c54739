import { Either } from "effect";
import { type EventCodec, makeEventCodec } from "./codec.js";
import type { EventDecodeError } from "./errors.js";
import type { StoredProcess } from "./handle-command.js";
import type { EventStorePort } from "./port.js";

export interface ReplayOptions {
  readonly pageSize?: number;
  /** Stop after this position (inclusive); default the whole log. */
  readonly until?: number;
}

// biome-ignore lint/suspicious/noExplicitAny: a record of modules of unrelated event and state types
type AnyStoredProcess = StoredProcess<any, any, any>;

/** Each process's cases by stream id, keyed like the modules passed in. */
export type ReplayedStates<M extends Readonly<Record<string, AnyStoredProcess>>> = {
  -readonly [K in keyof M]: Map<string, M[K]["decider"]["initialState"]>;
};

interface Folder {
  readonly codec: EventCodec<{ readonly _tag: string }>;
  readonly evolve: (state: unknown, event: unknown) => unknown;
  readonly initialState: unknown;
  readonly states: Map<string, unknown>;
}

/**
 * Rebuilds every case of several processes in one pass over the log: each envelope is routed by
 * its type's `<process>.` prefix, decoded through that process's schema (upcasting old versions)
 * and folded with the same `evolve` used for live commands. Envelopes of other processes are
 * skipped; an event that no longer decodes stops the replay with its position.
 */
export const replayProcesses = async <M extends Readonly<Record<string, AnyStoredProcess>>>(
  store: EventStorePort,
  modules: M,
  options: ReplayOptions = {},
): Promise<Either.Either<ReplayedStates<M>, EventDecodeError>> => {
  const byProcess = new Map<string, Folder>();
  const result: Record<string, Map<string, unknown>> = {};
  for (const [key, module] of Object.entries(modules)) {
    const states = new Map<string, unknown>();
    result[key] = states;
    byProcess.set(module.name, {
      codec: makeEventCodec(module),
      evolve: module.decider.evolve,
      initialState: module.decider.initialState,
      states,
    });
  }
  const done = () => Either.right(result as ReplayedStates<M>);
  const pageSize = options.pageSize ?? 5000;
  const until = options.until ?? Number.POSITIVE_INFINITY;
  let after = 0;
  for (;;) {
    const page = await store.readAllRecords({ after, limit: pageSize });
    for (const envelope of page) {
      if (envelope.position > until) return done();
      after = envelope.position;
      const dot = envelope.type.indexOf(".");
      const folder = dot === -1 ? undefined : byProcess.get(envelope.type.slice(0, dot));
      if (folder === undefined) continue;
      const decoded = folder.codec.decode(envelope);
      if (Either.isLeft(decoded)) return Either.left(decoded.left);
      const state = folder.states.get(envelope.streamId) ?? folder.initialState;
      folder.states.set(envelope.streamId, folder.evolve(state, decoded.right));
    }
    if (page.length < pageSize) return done();
  }
};

/** `replayProcesses` for one process: its cases by stream id. */
export const replayProcess = async <
  P extends { readonly _tag: string },
  E extends { readonly _tag: string },
  S,
>(
  store: EventStorePort,
  module: StoredProcess<P, E, S>,
  options: ReplayOptions = {},
): Promise<Either.Either<Map<string, S>, EventDecodeError>> =>
  Either.map(await replayProcesses(store, { only: module }, options), (states) => states.only);
