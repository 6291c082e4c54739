import { randomUUID } from "node:crypto";
import type { EventStorePort, StoredEvent } from "@banli/event-store";
import { ConcurrencyConflict } from "@banli/event-store";
import type { Decider, DomainError } from "@banli/kernel";
import { Either, Schema } from "effect";

/**
 * A stream that is not a case (the directory, a numbering register): its own decider, its own
 * event schema, its events typed `<prefix>.<Tag>`. The kernel's processes go through
 * `executeCommand`; these smaller streams share this loop instead of pretending to be processes.
 */
export interface StreamKind<C, E extends { readonly _tag: string }, S> {
  readonly prefix: string;
  readonly eventSchema: Schema.Schema<E, unknown>;
  readonly decider: Decider<C, E, S>;
}

export interface StreamMeta {
  readonly commandId: string;
  readonly at: string;
  readonly actor: unknown;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

export const decodeStreamEvent = <C, E extends { readonly _tag: string }, S>(
  kind: StreamKind<C, E, S>,
  stored: Pick<StoredEvent, "type" | "data">,
): E | undefined => {
  if (!stored.type.startsWith(`${kind.prefix}.`) || !isRecord(stored.data)) return undefined;
  const decoded = Schema.decodeUnknownEither(kind.eventSchema)({
    ...stored.data,
    _tag: stored.type.slice(kind.prefix.length + 1),
  });
  return Either.isRight(decoded) ? decoded.right : undefined;
};

export const loadStreamState = async <C, E extends { readonly _tag: string }, S>(
  store: EventStorePort,
  kind: StreamKind<C, E, S>,
  streamId: string,
): Promise<{ readonly state: S; readonly version: number }> => {
  let state = kind.decider.initialState;
  let version = 0;
  for (;;) {
    const page = await store.readStream(streamId, { fromVersion: version + 1, limit: 1000 });
    for (const stored of page) {
      const event = decodeStreamEvent(kind, stored);
      if (event !== undefined) state = kind.decider.evolve(state, event);
      version = stored.version;
    }
    if (page.length < 1000) return { state, version };
  }
};

/** Load → decide → append; on a concurrent append it decides again on the new state. */
export const runStreamCommand = async <C, E extends { readonly _tag: string }, S>(
  store: EventStorePort,
  kind: StreamKind<C, E, S>,
  streamId: string,
  command: C,
  meta: StreamMeta,
): Promise<
  Either.Either<{ readonly events: ReadonlyArray<E>; readonly state: S }, DomainError>
> => {
  const encode = Schema.encodeSync(kind.eventSchema);
  for (let attempt = 0; ; attempt++) {
    const { state, version } = await loadStreamState(store, kind, streamId);
    const decision = kind.decider.decide(command, state);
    if (Either.isLeft(decision)) return Either.left(decision.left);
    const events = decision.right;
    if (events.length === 0) return Either.right({ events, state });
    try {
      await store.append({
        streamId,
        expectedVersion: version === 0 ? "no_stream" : version,
        events: events.map((event) => {
          const encoded = encode(event);
          const { _tag, ...data } = isRecord(encoded) ? encoded : { _tag: event._tag };
          return {
            eventId: randomUUID(),
            type: `${kind.prefix}.${event._tag}`,
            schemaVersion: 1,
            data,
          };
        }),
        commandId: meta.commandId,
        recordedAt: meta.at,
        actor: meta.actor,
        correlationId: meta.commandId,
        causationId: meta.commandId,
      });
      return Either.right({ events, state: events.reduce(kind.decider.evolve, state) });
    } catch (error) {
      if (error instanceof ConcurrencyConflict && attempt < 5) continue;
      throw error;
    }
  }
};
