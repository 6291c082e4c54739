import { type Command, type DomainError, fold, type ProcessModule } from "@banli/kernel";
import { Effect, Either } from "effect";
import { type EventCodec, makeEventCodec } from "./codec.js";
import type { AppendResult, StoredEvent } from "./envelope.js";
import { ConcurrencyConflict, type EventDecodeError, StoreError } from "./errors.js";
import { EventStore, type EventStorePort } from "./port.js";
import { timeOrderedId } from "./time-ordered-id.js";

/**
 * The stream as the caller already holds it (a projector's fold, or "no stream yet" for a case id
 * just made): the first attempt decides against it instead of reading and folding the stream.
 */
export interface KnownStream<S> {
  readonly version: number;
  readonly state: S;
}

export interface HandleOptions<S = unknown> {
  /** Reload-and-decide attempts after a conflict before giving up; default 5. */
  readonly maxRetries?: number;
  /** Defaults to the command id: a command starts its own conversation. */
  readonly correlationId?: string;
  /** Defaults to the command id. */
  readonly causationId?: string;
  /** Event id factory; default time-ordered UUIDs (`timeOrderedId`). */
  readonly newEventId?: () => string;
  /**
   * Decide first against this state instead of loading the stream. Safe when it is stale: the
   * append names its version, so a stale one conflicts and the command is decided again on the
   * loaded stream; a refusal is re-checked the same way before it is returned.
   */
  readonly known?: KnownStream<S>;
  /**
   * The command id was made for this very call (the client sent none), so no earlier command
   * can hold it: the look-up that answers a retried command is skipped. The store still refuses
   * to record an id twice.
   */
  readonly freshCommandId?: boolean;
}

export interface CommandHandled<E, S> {
  readonly streamId: string;
  /** The events this command produced (read back from the log when it was a retry). */
  readonly events: ReadonlyArray<E>;
  /** The case's state after the command. */
  readonly state: S;
  /** `undefined` when the decider decided nothing (a no-op command). */
  readonly result: AppendResult | undefined;
  /** The command id was already stored: nothing was decided or written this time. */
  readonly duplicate: boolean;
}

export type HandleError = DomainError | ConcurrencyConflict | EventDecodeError | StoreError;

/**
 * What the event store needs of a kernel `ProcessModule`: its events' schema and versions and
 * its decider. Taking only this keeps the store independent of the rest of a process's shape.
 */
export type StoredProcess<
  P extends { readonly _tag: string },
  E extends { readonly _tag: string },
  S,
> = Pick<ProcessModule<P, E, S>, "name" | "eventSchema" | "eventVersions" | "upcast" | "decider">;

type AnyProcess<
  P extends { readonly _tag: string },
  E extends { readonly _tag: string },
  S,
> = StoredProcess<P, E, S>;

export const streamIdOf = (processName: string, caseId: string): string =>
  `${processName}-${caseId}`;

// One compiled codec per process module: building schema parsers per command would be waste.
const codecs = new WeakMap<object, unknown>();
const codecOf = <E extends { readonly _tag: string }>(
  module: AnyProcess<never, E, unknown>,
): EventCodec<E> => {
  const cached = codecs.get(module) as EventCodec<E> | undefined;
  if (cached !== undefined) return cached;
  const codec = makeEventCodec(module);
  codecs.set(module, codec);
  return codec;
};

const decodeAll = <E extends { readonly _tag: string }>(
  codec: EventCodec<E>,
  stored: ReadonlyArray<StoredEvent>,
): Either.Either<ReadonlyArray<E>, EventDecodeError> => {
  const events: Array<E> = [];
  for (const envelope of stored) {
    const decoded = codec.decode(envelope);
    if (Either.isLeft(decoded)) return Either.left(decoded.left);
    events.push(decoded.right);
  }
  return Either.right(events);
};

const loadStream = async (store: EventStorePort, streamId: string) => {
  const all: Array<StoredEvent> = [];
  for (;;) {
    const page = await store.readStream(streamId, { fromVersion: all.length + 1, limit: 1000 });
    all.push(...page);
    if (page.length < 1000) return all;
  }
};

/**
 * Load → fold → decide → append with the loaded version. On a conflict it reloads and decides
 * again, so two clerks acting at once both succeed where the domain allows, and the loser gets
 * the domain's refusal (not a conflict) where it does not. A retried command id is answered from
 * the log before anything is decided: deciding it again against the state it produced would
 * refuse it (the step has moved on).
 */
export const executeCommand = async <
  P extends { readonly _tag: string },
  E extends { readonly _tag: string },
  S,
>(
  store: EventStorePort,
  module: AnyProcess<P, E, S>,
  command: Command<P>,
  options: HandleOptions<S> = {},
): Promise<Either.Either<CommandHandled<E, S>, HandleError>> => {
  const codec = codecOf<E>(module as AnyProcess<never, E, unknown>);
  const streamId = streamIdOf(module.name, command.meta.caseId);
  const maxRetries = options.maxRetries ?? 5;
  const newEventId = options.newEventId ?? timeOrderedId;

  const answerDuplicate = async (result: AppendResult) => {
    const decoded = decodeAll(codec, await loadStream(store, result.streamId));
    if (Either.isLeft(decoded)) return Either.left(decoded.left);
    const from = (result.firstVersion ?? result.version + 1) - 1;
    return Either.right<CommandHandled<E, S>>({
      streamId: result.streamId,
      events: decoded.right.slice(from, result.version),
      state: fold(module.decider, decoded.right),
      result,
      duplicate: true,
    });
  };

  if (options.freshCommandId !== true) {
    const stored = await store.findCommand(command.meta.commandId);
    if (stored !== undefined) return answerDuplicate(stored);
  }

  const load = async (): Promise<Either.Either<KnownStream<S>, EventDecodeError>> => {
    const decoded = decodeAll(codec, await loadStream(store, streamId));
    return Either.map(decoded, (history) => ({
      version: history.length,
      state: fold(module.decider, history),
    }));
  };

  let known = options.known;
  let retries = 0;
  for (;;) {
    const fromLog = known === undefined;
    let current: KnownStream<S>;
    if (known === undefined) {
      const loaded = await load();
      if (Either.isLeft(loaded)) return Either.left(loaded.left);
      current = loaded.right;
    } else {
      current = known;
      // Whatever happens below, a next attempt reads the stream itself.
      known = undefined;
    }
    const { state, version } = current;
    const decision = module.decider.decide(command, state);
    if (Either.isLeft(decision) || decision.right.length === 0) {
      // A refusal or no-op decided on a state the caller held stands only if no one moved on.
      if (!fromLog && (await store.streamVersion(streamId)) !== version) continue;
      if (Either.isLeft(decision)) return Either.left(decision.left);
      return Either.right({ streamId, events: [], state, result: undefined, duplicate: false });
    }
    const events = decision.right;
    try {
      const result = await store.append({
        streamId,
        expectedVersion: version === 0 ? "no_stream" : version,
        events: events.map((event) => ({ ...codec.encode(event), eventId: newEventId() })),
        commandId: command.meta.commandId,
        recordedAt: command.meta.at,
        actor: command.meta.actor,
        ...(command.meta.onBehalfOf === undefined ? {} : { onBehalfOf: command.meta.onBehalfOf }),
        correlationId: options.correlationId ?? command.meta.commandId,
        causationId: options.causationId ?? command.meta.commandId,
      });
      // Another instance stored the same command id between our check and our append.
      if (result.duplicate) return answerDuplicate(result);
      const next = events.reduce(module.decider.evolve, state);
      return Either.right({ streamId, events, state: next, result, duplicate: false });
    } catch (error) {
      if (error instanceof ConcurrencyConflict) {
        // A conflict on a state the caller held is no contention: it does not count as a retry.
        if (!fromLog || retries++ < maxRetries) continue;
        return Either.left(error);
      }
      return Either.left(
        error instanceof StoreError
          ? error
          : new StoreError({ message: String(error), cause: error }),
      );
    }
  }
};

/** `executeCommand` as an Effect over the `EventStore` service. */
export const handleCommand = <
  P extends { readonly _tag: string },
  E extends { readonly _tag: string },
  S,
>(
  module: AnyProcess<P, E, S>,
  command: Command<P>,
  options?: HandleOptions<S>,
): Effect.Effect<CommandHandled<E, S>, HandleError, EventStore> =>
  Effect.flatMap(EventStore, (store) =>
    Effect.flatMap(
      Effect.tryPromise({
        try: () => executeCommand(store, module, command, options),
        catch: (cause) => new StoreError({ message: String(cause), cause }),
      }),
      (outcome) => outcome,
    ),
  );
