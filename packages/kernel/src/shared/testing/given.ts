import { Either, type Schema } from "effect";
import type { Actor } from "../actor.js";
import { checkPayload, type Tagged } from "../command-table.js";
import { type Command, type CommandMeta, type Decider, fold } from "../decider.js";
import type { DomainError } from "../errors.js";
import type { AvailableAction } from "../process.js";

/**
 * given(events).when(command).then(events) / .thenFails("Tag") / .thenNothing() — the decider
 * specification style of emmett. `when` passes the payload through the command schema first, as
 * the server does, so "missing data" is tested where it is refused. No test-framework import:
 * failures throw an AssertionError that vitest renders with a diff.
 */
export interface SpecModule<P extends Tagged, E, S> {
  readonly decider: Decider<Command<P>, E, S>;
  readonly commandSchema: Schema.Schema<P, unknown>;
}

export interface Outcome<E, S> {
  readonly events: ReadonlyArray<E>;
  readonly state: S;
}

export interface When<E, S> {
  /** The command is accepted and records exactly these events (in order). */
  readonly then: (expected: ReadonlyArray<E>) => Outcome<E, S>;
  /** The command is accepted; returns what it recorded, for finer assertions. */
  readonly thenAccepted: () => Outcome<E, S>;
  /** The command is accepted and records nothing (a no-op). */
  readonly thenNothing: () => Outcome<E, S>;
  /** The command is refused with this error tag (and, by construction, records nothing). */
  readonly thenFails: (tag: DomainError["_tag"]) => DomainError;
}

export class AssertionError extends Error {
  override readonly name = "AssertionError";
  readonly showDiff = true;
  constructor(
    message: string,
    readonly actual: unknown,
    readonly expected: unknown,
  ) {
    super(message);
  }
}

const canonical = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, canonical(v)]),
    );
  }
  return value;
};

export const sameData = (a: unknown, b: unknown): boolean =>
  JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

export const specify = <P extends Tagged, E, S>(module: SpecModule<P, E, S>) => {
  const run = (history: ReadonlyArray<E>, meta: CommandMeta, payload: unknown) => {
    const state = fold(module.decider, history);
    const result = Either.flatMap(checkPayload(module.commandSchema)(payload), (valid) =>
      module.decider.decide({ meta, payload: valid }, state),
    );
    return { state, result };
  };

  const outcome = (history: ReadonlyArray<E>, meta: CommandMeta, payload: unknown): When<E, S> => {
    const accepted = (): Outcome<E, S> => {
      const { state, result } = run(history, meta, payload);
      if (Either.isLeft(result)) {
        throw new AssertionError(
          `expected the command to be accepted, but it was refused: ${result.left._tag} — ${result.left.message}`,
          result.left,
          "accepted",
        );
      }
      const events = result.right;
      return { events, state: events.reduce(module.decider.evolve, state) };
    };
    return {
      thenAccepted: accepted,
      // biome-ignore lint/suspicious/noThenProperty: the given/when/then vocabulary of spec/architecture.md; a When is never awaited.
      then: (expected) => {
        const got = accepted();
        if (!sameData(got.events, expected)) {
          throw new AssertionError(
            "the command recorded other events",
            canonical(got.events),
            canonical(expected),
          );
        }
        return got;
      },
      thenNothing: () => {
        const got = accepted();
        if (got.events.length > 0) {
          throw new AssertionError("expected a no-op", canonical(got.events), []);
        }
        return got;
      },
      thenFails: (tag) => {
        const { result } = run(history, meta, payload);
        if (Either.isRight(result)) {
          throw new AssertionError(
            `expected ${tag}, but the command was accepted`,
            canonical(result.right),
            tag,
          );
        }
        if (result.left._tag !== tag) {
          throw new AssertionError(
            `expected ${tag}, got ${result.left._tag}: ${result.left.message}`,
            result.left._tag,
            tag,
          );
        }
        return result.left;
      },
    };
  };

  return {
    given: (history: ReadonlyArray<E>) => ({
      when: (command: Command<P>): When<E, S> => outcome(history, command.meta, command.payload),
      /** For malformed input (missing or wrong data) that the payload type would not allow. */
      whenRaw: (meta: CommandMeta, payload: unknown): When<E, S> => outcome(history, meta, payload),
    }),
  };
};

export interface HistoryModule<P extends Tagged, E, S> {
  readonly decider: Decider<Command<P>, E, S>;
  readonly availableActions: (state: S, actor: Actor) => ReadonlyArray<AvailableAction>;
}

/**
 * Histories built from accepted commands, the "given" of later tests: `runFrom(history, …)`
 * returns the new events, `run(…)` those from no history, `then(history, …)` the history with
 * the new events; `stateOf` folds a history and `actionsOf` lists what an actor may do after it.
 * A refused command throws, naming it.
 */
export const histories = <P extends Tagged, E, S>(module: HistoryModule<P, E, S>) => {
  const { decider } = module;
  const runFrom = (history: ReadonlyArray<E>, ...commands: ReadonlyArray<Command<P>>): E[] => {
    const events: E[] = [];
    for (const command of commands) {
      const result = decider.decide(command, fold(decider, [...history, ...events]));
      if (Either.isLeft(result)) throw new Error(`${command.payload._tag}: ${result.left.message}`);
      events.push(...result.right);
    }
    return events;
  };
  const stateOf = (events: ReadonlyArray<E>): S => fold(decider, events);
  return {
    runFrom,
    run: (...commands: ReadonlyArray<Command<P>>): E[] => runFrom([], ...commands),
    // biome-ignore lint/suspicious/noThenProperty: the given/when/then vocabulary, as above; never awaited.
    then: (history: ReadonlyArray<E>, ...commands: ReadonlyArray<Command<P>>): E[] => [
      ...history,
      ...runFrom(history, ...commands),
    ],
    stateOf,
    actionsOf: (events: ReadonlyArray<E>, actor: Actor): string[] =>
      module.availableActions(stateOf(events), actor).map((a) => a.command),
  };
};
