import { Either, ParseResult, Schema } from "effect";
import type { Actor } from "./actor.js";
import type { Command, CommandMeta, Decider } from "./decider.js";
import type { DomainError, InvalidCommand } from "./errors.js";
import type { AvailableAction, Label } from "./process.js";
import { caseAlreadyExists, caseClosed, invalid, notAuthorised, wrongStep } from "./refusals.js";
import type { Role } from "./roles.js";

/**
 * The template every process follows: a TABLE of command handlers, one per command tag. Each
 * entry says where the command applies (`at`), who may issue it (`roles`, `who`), and the data
 * rules (`decide`). `makeDecider` and `makeAvailableActions` are derived from the same table, so
 * the buttons a front end shows and the commands the kernel accepts can never disagree.
 */

export interface Tagged {
  readonly _tag: string;
}

/** Where a process's case stands: its status, how each status reads, and when it is over. */
export interface Lifecycle<S, Status extends string> {
  /** The status of a stream with no events yet (the case does not exist). */
  readonly initial: Status;
  readonly statusOf: (state: S) => Status;
  readonly statusLabels: { readonly [K in Status]: Label };
  readonly isTerminal: (state: S) => boolean;
}

/**
 * Who may issue a command: roles (any one suffices), or "staff" (anyone who works on cases, i.e.
 * not only an auditor or administrator — an auditor reads everything and changes nothing).
 */
export type Roles = ReadonlyArray<Role> | "staff";

/** A check on the person beyond their role (e.g. "is in the lead unit"); failing is NotAuthorised. */
export interface WhoRule<S> {
  readonly test: (state: S, actor: Actor) => boolean;
  readonly why: Label;
}

export interface CommandHandler<P, S, E, Status extends string> {
  /** The payload schema: validates input and describes the form a front end draws. */
  readonly schema: Schema.Schema.AnyNoContext;
  readonly label: Label;
  /** Statuses at which the command applies; elsewhere it is refused with WrongStep. */
  readonly at: ReadonlyArray<Status>;
  readonly roles: Roles;
  readonly who?: WhoRule<S> | undefined;
  /** A condition on the case's sub-state (e.g. "an extension is pending"); failing is WrongStep. */
  readonly when?: ((state: S) => boolean) | undefined;
  /** Data rules, run only when the guard passes. Never returns a guard refusal. */
  readonly decide: (
    payload: P,
    state: S,
    meta: CommandMeta,
  ) => Either.Either<ReadonlyArray<E>, DomainError>;
}

export type CommandTable<P extends Tagged, S, E, Status extends string> = {
  readonly [K in P["_tag"]]: CommandHandler<Extract<P, { readonly _tag: K }>, S, E, Status>;
};

/** 委托/代理: a command issued on someone's behalf uses that person's authority. */
export const principalOf = (meta: CommandMeta): Actor => meta.onBehalfOf ?? meta.actor;

const isStaff = (actor: Actor): boolean =>
  actor.roles.some((role) => role !== "auditor" && role !== "administrator");

/**
 * Why a guard refused, as plain data: which rule failed and the words it needs. Building the
 * kernel's tagged error runs its schema, so `availableActions` — which asks the guard for every
 * command, and which the read side asks for many probe actors — reads only this verdict; `decide`
 * turns it into the error. Both read the one verdict, so they can never disagree.
 */
export type GuardVerdict =
  | { readonly refusal: "CaseAlreadyExists" }
  | { readonly refusal: "CaseClosed" }
  | { readonly refusal: "WrongStep"; readonly step: Label }
  | { readonly refusal: "NotAuthorised"; readonly why: Label };

const roleRefused: GuardVerdict = {
  refusal: "NotAuthorised",
  why: { zh: "您的角色不能执行此操作", en: "Your role may not do this" },
};
const alreadyExists: GuardVerdict = { refusal: "CaseAlreadyExists" };
const closed: GuardVerdict = { refusal: "CaseClosed" };

/**
 * The guard's first half, which asks nothing of the actor: does the command apply to the case as
 * it stands — a start command on an existing case, a closed case, the step, the sub-state.
 */
const stepVerdict = <P, S, E, Status extends string>(
  lifecycle: Lifecycle<S, Status>,
  handler: CommandHandler<P, S, E, Status>,
  state: S,
): GuardVerdict | undefined => {
  const status = lifecycle.statusOf(state);
  // A start command (one that applies to a stream with no case) sent to an existing case.
  const starts = handler.at.includes(lifecycle.initial);
  if (starts && status !== lifecycle.initial && !handler.at.includes(status)) return alreadyExists;
  if (lifecycle.isTerminal(state)) return closed;
  if (!handler.at.includes(status)) {
    return { refusal: "WrongStep", step: lifecycle.statusLabels[status] };
  }
  if (handler.when !== undefined && !handler.when(state)) {
    return { refusal: "WrongStep", step: lifecycle.statusLabels[status] };
  }
  return undefined;
};

/** The guard's second half, on a command that applies: may this actor issue it — role, person. */
const actorVerdict = <P, S, E, Status extends string>(
  handler: CommandHandler<P, S, E, Status>,
  state: S,
  actor: Actor,
): GuardVerdict | undefined => {
  // `hasRole` without spreading the command's roles into a new array on every probe.
  const roles = handler.roles;
  const roleOk =
    roles === "staff" ? isStaff(actor) : roles.some((role) => actor.roles.includes(role));
  if (!roleOk) return roleRefused;
  if (handler.who !== undefined && !handler.who.test(state, actor)) {
    return { refusal: "NotAuthorised", why: handler.who.why };
  }
  return undefined;
};

/**
 * The guard's decision: may this actor issue this command in this state at all? `undefined` when
 * it may, else the refusal. Checked in a fixed order — a start command on an existing case, a
 * closed case, the step, the sub-state, the role, the person — so the same situation always gives
 * the same refusal.
 */
export const guardVerdict = <P, S, E, Status extends string>(
  lifecycle: Lifecycle<S, Status>,
  handler: CommandHandler<P, S, E, Status>,
  state: S,
  actor: Actor,
): GuardVerdict | undefined =>
  stepVerdict(lifecycle, handler, state) ?? actorVerdict(handler, state, actor);

/** The kernel's refusal for a guard verdict, worded by the shared refusal builders. */
export const refusalOf = (command: string, verdict: GuardVerdict): DomainError => {
  switch (verdict.refusal) {
    case "CaseAlreadyExists":
      return caseAlreadyExists(command);
    case "CaseClosed":
      return caseClosed(command);
    case "WrongStep":
      return wrongStep(command, verdict.step);
    case "NotAuthorised":
      return notAuthorised(command, verdict.why);
  }
};

/** The guard as `decide` uses it: the verdict, with a refusal built as the kernel's error. */
export const guard = <P, S, E, Status extends string>(
  lifecycle: Lifecycle<S, Status>,
  command: string,
  handler: CommandHandler<P, S, E, Status>,
  state: S,
  actor: Actor,
): Either.Either<void, DomainError> => {
  const verdict = guardVerdict(lifecycle, handler, state, actor);
  return verdict === undefined ? Either.void : Either.left(refusalOf(command, verdict));
};

/**
 * Runs a decision on a piece of state the guard has already made sure of (the lead unit, the
 * loan, the item…); should it be missing after all, the command records nothing rather than
 * throw (decide never throws).
 */
export const having = <A, E>(
  value: A | undefined,
  decide: (value: A) => Either.Either<ReadonlyArray<E>, DomainError>,
): Either.Either<ReadonlyArray<E>, DomainError> =>
  value === undefined ? Either.right([]) : decide(value);

/** The refusals a guard gives: availableActions hides exactly the commands refused this way. */
export const guardRefusalTags = [
  "WrongStep",
  "NotAuthorised",
  "CaseClosed",
  "CaseAlreadyExists",
] as const;
export const isGuardRefusal = (error: DomainError): boolean =>
  (guardRefusalTags as ReadonlyArray<string>).includes(error._tag);

const handlerOf = <P extends Tagged, S, E, Status extends string>(
  table: CommandTable<P, S, E, Status>,
  tag: P["_tag"],
): CommandHandler<P, S, E, Status> =>
  // The mapped type pairs each tag with its own payload; TypeScript cannot follow that
  // correlation through an index, so the lookup is widened once, here.
  table[tag] as unknown as CommandHandler<P, S, E, Status>;

export interface ProcessSpec<P extends Tagged, E, S, Status extends string> {
  readonly lifecycle: Lifecycle<S, Status>;
  readonly table: CommandTable<P, S, E, Status>;
  readonly initialState: S;
  readonly evolve: (state: S, event: E) => S;
}

export const makeDecider = <P extends Tagged, E, S, Status extends string>(
  spec: ProcessSpec<P, E, S, Status>,
): Decider<Command<P>, E, S> => ({
  initialState: spec.initialState,
  evolve: spec.evolve,
  isTerminal: spec.lifecycle.isTerminal,
  decide: (command, state) => {
    const tag: P["_tag"] = command.payload._tag;
    const handler = handlerOf(spec.table, tag);
    return Either.flatMap(
      guard(spec.lifecycle, tag, handler, state, principalOf(command.meta)),
      () => handler.decide(command.payload, state, command.meta),
    );
  },
});

/**
 * The commands this actor may issue now: exactly those whose guard passes. Reads the guard's
 * verdict only, so a refused command costs no error object; the tags and the actions offered are
 * fixed per table, so both are built once.
 *
 * The read side asks about one state for many actors in a row (the handler probes of a case
 * summary ask a dozen one-role actors; the case view asks once more), so the guard's first half,
 * which depends on the state alone, is worked out once per state and kept beside it: only the
 * commands that apply at this step are then checked for each actor. Kept by the state object's
 * identity — a fold's states are immutable, each event makes a new one — in a WeakMap, so a
 * state no longer held takes its entry with it.
 */
export const makeAvailableActions = <P extends Tagged, E, S, Status extends string>(
  spec: ProcessSpec<P, E, S, Status>,
) => {
  type Entry = {
    readonly handler: CommandHandler<P, S, E, Status>;
    readonly action: AvailableAction;
  };
  const entries: ReadonlyArray<Entry> = tagsOf(spec.table).map((tag) => {
    const handler = handlerOf(spec.table, tag);
    const action: AvailableAction = { command: tag, label: handler.label, schema: handler.schema };
    return { handler, action };
  });
  const applying = (state: S) =>
    entries.filter(({ handler }) => stepVerdict(spec.lifecycle, handler, state) === undefined);
  const applyingAt = new WeakMap<object, ReadonlyArray<Entry>>();
  const applyingTo = (state: S): ReadonlyArray<Entry> => {
    // A state that is not an object (no process has one) cannot key a WeakMap: worked out anew.
    if (typeof state !== "object" || state === null) return applying(state);
    let found = applyingAt.get(state);
    if (found === undefined) {
      found = applying(state);
      applyingAt.set(state, found);
    }
    return found;
  };
  return (state: S, actor: Actor): ReadonlyArray<AvailableAction> => {
    const available: Array<AvailableAction> = [];
    for (const { handler, action } of applyingTo(state)) {
      if (actorVerdict(handler, state, actor) === undefined) available.push(action);
    }
    return available;
  };
};

/**
 * The tail of every process's `decider.ts`: on the process's default settings, its spec, the
 * spec's table, the decider and the available actions.
 */
export const onDefaults = <Config, P extends Tagged, E, S, Status extends string>(
  makeSpec: (config: Config) => ProcessSpec<P, E, S, Status>,
  defaultConfig: Config,
) => {
  const spec = makeSpec(defaultConfig);
  return {
    spec,
    table: spec.table,
    decider: makeDecider(spec),
    availableActions: makeAvailableActions(spec),
  };
};

/** The command tags of a table (its keys are exactly the command union's tags). */
export const tagsOf = <T extends object>(table: T): ReadonlyArray<keyof T & string> =>
  Object.keys(table).filter((key): key is keyof T & string => key in table);

/**
 * `ProcessModule` asks for schemas whose encoded side is `unknown` (the store and transport hand
 * over unknown JSON). Composing with `Unknown` widens the encoded type without a cast.
 */
export const fromUnknown = <A, I>(schema: Schema.Schema<A, I>): Schema.Schema<A, unknown> =>
  Schema.compose(Schema.Unknown, schema, { strict: false });

/**
 * The boundary check every transport makes before `decide`: the payload must decode with the
 * command's schema, else the command is refused as InvalidCommand naming the first bad field.
 */
export const checkPayload =
  <P extends Tagged>(schema: Schema.Schema<P, unknown>) =>
  (input: unknown): Either.Either<P, InvalidCommand> =>
    Either.mapLeft(Schema.decodeUnknownEither(schema)(input), (error) => {
      const issue = ParseResult.ArrayFormatter.formatErrorSync(error)[0];
      const command =
        typeof input === "object" && input !== null && "_tag" in input
          ? String(input._tag)
          : "unknown";
      const field = issue?.path.map(String).join(".") ?? "";
      const detail = issue?.message ?? "invalid";
      return invalid(command, field, {
        zh: `数据不符合要求（${field}）：${detail}`,
        en: `Invalid data (${field}): ${detail}`,
      });
    });
