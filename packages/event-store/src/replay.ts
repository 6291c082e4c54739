import { Either } from "effect";
import { makeEventCodec } from "./codec.js";
import type { EventDecodeError } from "./errors.js";
import type { StoredProcess } from "./handle-command.js";
import type { EventStorePort } from "./port.js";

export interface ReplayOptions {
  readonly pageSize?: number;
  /** Stop after this position (inclusive); default the whole log. */
  readonly until?: number;
}

/**
 * Rebuilds every case of one process from the whole log: each envelope of the process is
 * decoded through its schema (upcasting old versions) and folded with the same `evolve` used
 * for live commands. An event that no longer decodes stops the replay with its position.
 */
export const replayProcess = async <
  P extends { readonly _tag: string },
  E extends { readonly _tag: string },
  S,
>(
  store: EventStorePort,
  module: StoredProcess<P, E, S>,
  options: ReplayOptions = {},
): Promise<Either.Either<Map<string, S>, EventDecodeError>> => {
  const codec = makeEventCodec(module);
  const { decider } = module;
  const pageSize = options.pageSize ?? 5000;
  const until = options.until ?? Number.POSITIVE_INFINITY;
  const states = new Map<string, S>();
  let after = 0;
  for (;;) {
    const page = await store.readAllRecords({ after, limit: pageSize });
    for (const envelope of page) {
      if (envelope.position > until) return Either.right(states);
      after = envelope.position;
      if (!codec.owns(envelope.type)) continue;
      const decoded = codec.decode(envelope);
      if (Either.isLeft(decoded)) return Either.left(decoded.left);
      const state = states.get(envelope.streamId) ?? decider.initialState;
      states.set(envelope.streamId, decider.evolve(state, decoded.right));
    }
    if (page.length < pageSize) return Either.right(states);
  }
};
