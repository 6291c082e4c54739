import {
  type CommandHandled,
  type EventDecodeError,
  type EventStorePort,
  executeCommand,
  type HandleError,
  makeEventCodec,
  type StoredEvent,
  timeOrderedId,
} from "@banli/event-store";
import type {
  Actor,
  AvailableAction,
  CommandMeta,
  DomainError,
  HistoryEntry,
  InvalidCommand,
  Label,
  Operations,
  ProcessModule,
  ProcessName,
} from "@banli/kernel";
import { checkPayload } from "@banli/kernel";
import { Either } from "effect";

/**
 * One process as the read side and the API handle it, with its types closed over: the command,
 * event and state types of the seven processes differ, and everything above the kernel works
 * on any of them through this one shape.
 */
export interface CaseProcess {
  readonly name: ProcessName;
  readonly title: Label;
  /** A cursor over one case: fold stored events, then ask it about the case. */
  readonly newCursor: (caseId: string) => CaseCursor;
  /** Validates the payload with the kernel's schema and runs it through `executeCommand`. */
  readonly execute: (
    store: EventStorePort,
    meta: CommandMeta,
    payload: unknown,
    options?: ExecuteOptions,
  ) => Promise<Either.Either<ExecutedCommand, HandleError | InvalidCommand>>;
  /**
   * Decides the payload against a case that does not exist yet, writing nothing: whether a start
   * command would be accepted, before a register number is spent on it.
   */
  readonly checkStart: (meta: CommandMeta, payload: unknown) => Either.Either<void, DomainError>;
  /** The tags of the process's commands (the `_tag` values `execute` accepts). */
  readonly commandTags: ReadonlyArray<string>;
}

export interface ExecuteOptions {
  /**
   * A cursor over the case the caller already has (a projector's, or a new one for a case id just
   * made), decided on first instead of reading the stream; a stale one costs a retry, no error.
   */
  readonly held?: CaseCursor | undefined;
  /** The command id was made for this call: no retry of an earlier command to look for. */
  readonly freshCommandId?: boolean;
}

export interface ExecutedCommand {
  readonly cursor: CaseCursor;
  readonly duplicate: boolean;
  readonly eventCount: number;
}

export interface CaseCursor {
  readonly process: CaseProcess;
  readonly caseId: string;
  readonly streamId: string;
  readonly version: () => number;
  readonly apply: (stored: StoredEvent) => Either.Either<void, EventDecodeError>;
  readonly status: () => string;
  readonly statusLabel: () => Label;
  readonly stepLabel: () => Label | undefined;
  readonly closed: () => boolean;
  readonly actions: (actor: Actor) => ReadonlyArray<AvailableAction>;
  readonly history: () => ReadonlyArray<HistoryEntry>;
  readonly handling: () => Operations.Handling;
  /** A time limit the process keeps beside the units' due dates (督办's 上级时限), if any. */
  readonly timeLimit: () => string | undefined;
  /** The folded state as plain data, for the case detail view. */
  readonly state: () => unknown;
  readonly stored: () => ReadonlyArray<StoredEvent>;
}

/** What a process contributes beyond its `ProcessModule`: its status labels and command tags. */
export interface ProcessExtras<Status extends string> {
  readonly statusLabels: { readonly [K in Status]: Label };
  readonly commandTags: ReadonlyArray<string>;
}

/*
 * The events `execute` just appended, as the decider made them, by event id (unique across
 * stores, unlike positions). A projector folds them moments later from the log, and decoding them
 * there (the schema's full check of what was encoded from these very values) was a large part of
 * its work and of the garbage a command leaves. Shared by every `CaseProcess`, since the API
 * decides with the configured processes (registers, calendar) and the projector folds with the
 * default ones. Taken once: a later read of the same event (a rebuild, another cursor) decodes
 * from the log as always. Bounded, for events no cursor of this server folds.
 */
const justAppended = new Map<string, { readonly type: string; readonly event: unknown }>();
const justAppendedLimit = 8192;

const keepAppended = (
  eventIds: ReadonlyArray<string>,
  events: ReadonlyArray<{ readonly type: string; readonly event: unknown }>,
) => {
  for (const [i, appended] of events.entries()) {
    const eventId = eventIds[i];
    if (eventId !== undefined) justAppended.set(eventId, appended);
  }
  for (const eventId of justAppended.keys()) {
    if (justAppended.size <= justAppendedLimit) break;
    justAppended.delete(eventId);
  }
};

/** The event as its decider made it, if this server just appended it; forgotten once taken. */
const takeAppended = (envelope: StoredEvent): unknown => {
  const appended = justAppended.get(envelope.eventId);
  if (appended === undefined) return undefined;
  justAppended.delete(envelope.eventId);
  return appended.type === envelope.type ? appended.event : undefined;
};

const timeLimitOf = (state: object): string | undefined =>
  "timeLimit" in state && typeof state.timeLimit === "string" ? state.timeLimit : undefined;

export const caseProcess = <
  P extends { readonly _tag: string },
  E extends { readonly _tag: string },
  Status extends string,
  S extends Operations.CaseState<Status>,
>(
  module: ProcessModule<P, E, S>,
  extras: ProcessExtras<Status>,
): CaseProcess => {
  const codec = makeEventCodec<E>(module);
  const check = checkPayload(module.commandSchema);
  const decode = (envelope: StoredEvent): Either.Either<E, EventDecodeError> => {
    const appended = takeAppended(envelope);
    // An event of this type was made by this process's decider (of whichever configuration).
    return appended === undefined ? codec.decode(envelope) : Either.right(appended as E);
  };

  const cursorFrom = (
    caseId: string,
    initial: {
      readonly state: S;
      readonly events: ReadonlyArray<E>;
      readonly stored: ReadonlyArray<StoredEvent>;
    },
  ): CaseCursor => {
    let state = initial.state;
    const events: Array<E> = [...initial.events];
    const stored: Array<StoredEvent> = [...initial.stored];
    const cursor: CaseCursor = {
      process,
      caseId,
      streamId: `${module.name}-${caseId}`,
      version: () => stored.length,
      apply: (envelope) => {
        const decoded = decode(envelope);
        if (Either.isLeft(decoded)) return Either.left(decoded.left);
        state = module.decider.evolve(state, decoded.right);
        events.push(decoded.right);
        stored.push(envelope);
        return Either.void;
      },
      status: () => state.status,
      statusLabel: () => extras.statusLabels[state.status],
      stepLabel: () => {
        const step = module.stepOf(state);
        return module.definition.steps.find((s) => s.id === step)?.label;
      },
      closed: () => module.decider.isTerminal(state),
      actions: (actor) => module.availableActions(state, actor),
      history: () => module.history(events),
      handling: () => state.handling,
      timeLimit: () => timeLimitOf(state),
      state: () => state,
      stored: () => stored,
    };
    return cursor;
  };

  const process: CaseProcess = {
    name: module.name,
    title: module.definition.title,
    commandTags: extras.commandTags,
    newCursor: (caseId) =>
      cursorFrom(caseId, { state: module.decider.initialState, events: [], stored: [] }),
    checkStart: (meta, payload) =>
      Either.flatMap(check(payload), (checked) =>
        Either.map(
          module.decider.decide({ meta, payload: checked }, module.decider.initialState),
          () => undefined,
        ),
      ),
    execute: async (store, meta, payload, options = {}) => {
      const { held } = options;
      const checked = check(payload);
      if (Either.isLeft(checked)) return Either.left(checked.left);
      // A cursor of this process over this case holds this module's state type.
      const known =
        held?.process === process && held.caseId === meta.caseId
          ? { version: held.version(), state: held.state() as S }
          : undefined;
      // The ids the store gets, in order: the successful attempt's events take the last ones.
      const eventIds: Array<string> = [];
      const newEventId = () => {
        const eventId = timeOrderedId();
        eventIds.push(eventId);
        return eventId;
      };
      const outcome = await executeCommand(
        store,
        module,
        { meta, payload: checked.right },
        {
          ...(known === undefined ? {} : { known }),
          freshCommandId: options.freshCommandId === true,
          newEventId,
        },
      );
      return Either.map(outcome, (handled: CommandHandled<E, S>) => {
        if (!handled.duplicate && handled.result?.firstPosition !== undefined) {
          keepAppended(
            eventIds.slice(eventIds.length - handled.events.length),
            handled.events.map((event) => ({ type: `${module.name}.${event._tag}`, event })),
          );
        }
        return {
          cursor: cursorFrom(handled.streamId.slice(module.name.length + 1), {
            state: handled.state,
            events: [],
            stored: [],
          }),
          duplicate: handled.duplicate,
          eventCount: handled.events.length,
        };
      });
    },
  };
  return process;
};
