import { Either, HashMap, Option, Schema } from "effect";
import { ActorRef, actorRef, hasRole } from "./actor.js";
import type { Command, CommandMeta, Decider } from "./decider.js";
import { InvalidCommand, NotAuthorised, WrongStep } from "./errors.js";
import { CaseId, CommandId, Instant } from "./ids.js";
import {
  AgencyPrefix,
  ArchiveCategory,
  FondsCode,
  formatArchivalCode,
  formatRegisterNumber,
  internalRegisterPrefixes,
  maxItemNumber,
  NumberYear,
  OrgCode,
  RetentionPeriod,
  Sequence,
} from "./numbering.js";
import { Role } from "./roles.js";

/**
 * Numbering registers (登记簿): one event stream per register — a kind, its series and a year —
 * whose only job is to hand out the next number. Numbers are unique and gap-free per kind and
 * year (spec/processes.md, "Numbers"): the next number is always the last plus one, and the event
 * store's optimistic concurrency on the stream version makes two concurrent allocations conflict
 * instead of both taking the same number. A retried allocation for a case that already holds a
 * number records nothing, so a retry never burns a number.
 */

// ---------------------------------------------------------------------------------------------
// Which register.

/** The kinds of register: 发文字号, the internal 督 / 信 / 收 registers, and 档号 件号. */
export const RegisterKind = Schema.Literal("发文", "督办", "信访", "收文", "档号").annotations({
  identifier: "RegisterKind",
  title: "登记簿类别 / Register kind",
});
export type RegisterKind = typeof RegisterKind.Type;

export const registerKindLabels: Record<
  RegisterKind,
  { readonly zh: string; readonly en: string }
> = {
  发文: { zh: "发文字号", en: "Outgoing document numbers" },
  督办: { zh: "督办登记号", en: "Supervision register" },
  信访: { zh: "信访登记号", en: "Petition register" },
  收文: { zh: "收文登记号", en: "Incoming document register" },
  档号: { zh: "档号（件号）", en: "Archival item numbers" },
};

/** 发文字号: one sequence per 机关代字 per year (武科 / 武科函 / 武科办 each count from 1). */
export const DocumentRegister = Schema.Struct({
  kind: Schema.Literal("发文"),
  prefix: AgencyPrefix,
  year: NumberYear,
}).annotations({
  identifier: "DocumentRegister",
  title: "发文字号登记簿 / Document-number register",
});

/** 督〔YYYY〕N号, 信〔YYYY〕N号, 收〔YYYY〕N号: one sequence per kind per year. */
export const InternalRegister = Schema.Struct({
  kind: Schema.Literal("督办", "信访", "收文"),
  year: NumberYear,
}).annotations({ identifier: "InternalRegister", title: "内部登记簿 / Internal register" });

/**
 * 档号: 件号 run within the lowest class of the classification scheme (DA/T 22-2015), here
 * 全宗 · 门类 · 年度 · 保管期限 · 机构.
 */
export const ArchiveRegister = Schema.Struct({
  kind: Schema.Literal("档号"),
  fonds: FondsCode,
  category: ArchiveCategory,
  year: NumberYear,
  retention: RetentionPeriod,
  org: OrgCode,
}).annotations({ identifier: "ArchiveRegister", title: "档号登记簿 / Archival register" });

export const RegisterKey = Schema.Union(
  DocumentRegister,
  InternalRegister,
  ArchiveRegister,
).annotations({ identifier: "RegisterKey", title: "登记簿 / Register" });
export type RegisterKey = typeof RegisterKey.Type;

/**
 * The stream of a register, e.g. `register-发文-武科-2026`, `register-督办-2026`,
 * `register-档号-Z109-WS-2026-Y-BGS`: one stream per sequence, so uniqueness is a per-stream
 * invariant the event store's version check enforces.
 */
export const registerStreamId = (key: RegisterKey): string => {
  switch (key.kind) {
    case "发文":
      return `register-发文-${key.prefix}-${key.year}`;
    case "档号":
      return `register-档号-${key.fonds}-${key.category}-${key.year}-${key.retention}-${key.org}`;
    default:
      return `register-${key.kind}-${key.year}`;
  }
};

/** The number as written: `武科〔2026〕12号`, `督〔2026〕3号`, `Z109-WS·2026-Y-BGS-0001`. */
export const formatAllocated = (key: RegisterKey, sequence: number): string => {
  switch (key.kind) {
    case "发文":
      return formatRegisterNumber({ prefix: key.prefix, year: key.year, sequence });
    case "档号":
      return formatArchivalCode({ ...key, item: sequence });
    default:
      return formatRegisterNumber({
        prefix: internalRegisterPrefixes[key.kind],
        year: key.year,
        sequence,
      });
  }
};

// ---------------------------------------------------------------------------------------------
// Configuration.

/** Who may take a number from each kind of register: defaults an administrator may change. */
export const defaultAllocators: Record<RegisterKind, ReadonlyArray<Role>> = {
  发文: ["confidential-office"], // 「编号」 by 局机要室
  督办: ["office-clerk"], // 「拟办」录入编号 by the office
  信访: ["office-clerk"], // 「登记」 by the office
  收文: ["confidential-office", "office-clerk"], // 「收文登记」
  档号: ["archivist"], // 「归档」
};

/**
 * The bureau's numbering configuration: its 机关代字, its 全宗号 and its 机构代码. Administrator
 * data, versioned like the rest of the configuration; the register refuses a number outside it.
 */
export const RegisterConfig = Schema.Struct({
  agencyPrefixes: Schema.NonEmptyArray(AgencyPrefix).annotations({
    title: "机关代字 / Agency prefixes",
    description: "e.g. 武科、武科函、武科办",
  }),
  fonds: FondsCode,
  orgCodes: Schema.NonEmptyArray(OrgCode).annotations({ title: "机构代码 / Organisation codes" }),
  allocators: Schema.optional(
    Schema.partial(
      Schema.Struct({
        发文: Schema.Array(Role),
        督办: Schema.Array(Role),
        信访: Schema.Array(Role),
        收文: Schema.Array(Role),
        档号: Schema.Array(Role),
      }),
    ).annotations({ title: "编号人角色 / Roles that may allocate" }),
  ),
}).annotations({ identifier: "RegisterConfig", title: "编号配置 / Numbering configuration" });
export type RegisterConfig = typeof RegisterConfig.Type;

// ---------------------------------------------------------------------------------------------
// Commands and events.

/** Take the next number; `caseId` makes it idempotent (the case keeps the number it got). */
export const AllocateNumber = Schema.TaggedStruct("AllocateNumber", {
  register: RegisterKey,
  caseId: Schema.optional(CaseId.annotations({ title: "案件 / Case" })),
  purpose: Schema.optional(
    Schema.NonEmptyTrimmedString.annotations({
      title: "用途 / Purpose",
      description: "e.g. 督办电话记录",
    }),
  ),
}).annotations({ title: "取号 / Allocate number" });
export type AllocateNumber = typeof AllocateNumber.Type;

/**
 * Start a register after the numbers already used on paper: if the office reached 武科〔2026〕11号
 * before the system went live, `carriedOver: 11` makes the first number 12. Only before the
 * first allocation, since afterwards it would break gap-freeness.
 */
export const ConfigureRegister = Schema.TaggedStruct("ConfigureRegister", {
  register: RegisterKey,
  carriedOver: Schema.NonNegativeInt.annotations({
    title: "已用至 / Last number used before the system",
  }),
}).annotations({ title: "设置登记簿 / Configure register" });
export type ConfigureRegister = typeof ConfigureRegister.Type;

export const RegisterCommand = Schema.Union(AllocateNumber, ConfigureRegister);
export type RegisterCommand = typeof RegisterCommand.Type;

const recordedFields = {
  at: Instant,
  by: ActorRef,
  onBehalfOf: Schema.optional(ActorRef),
};

export const NumberAllocated = Schema.TaggedStruct("NumberAllocated", {
  register: RegisterKey,
  sequence: Sequence,
  formatted: Schema.String.annotations({ title: "编号 / Number" }),
  caseId: Schema.optional(CaseId),
  purpose: Schema.optional(Schema.String),
  /** Kept so a retried command without a case id is recognised too. */
  commandId: CommandId,
  ...recordedFields,
}).annotations({ title: "已取号 / Number allocated" });
export type NumberAllocated = typeof NumberAllocated.Type;

export const RegisterConfigured = Schema.TaggedStruct("RegisterConfigured", {
  register: RegisterKey,
  carriedOver: Schema.NonNegativeInt,
  ...recordedFields,
}).annotations({ title: "已设置登记簿 / Register configured" });
export type RegisterConfigured = typeof RegisterConfigured.Type;

export const RegisterEvent = Schema.Union(NumberAllocated, RegisterConfigured);
export type RegisterEvent = typeof RegisterEvent.Type;

/** Current schema version of each register event (stored type `register.<Tag>`). */
export const registerEventVersions: { readonly [K in RegisterEvent["_tag"]]: number } = {
  NumberAllocated: 1,
  RegisterConfigured: 1,
};

// ---------------------------------------------------------------------------------------------
// State and decider.

export interface RegisterState {
  /** The register this stream belongs to, once its first event is recorded. */
  readonly register: RegisterKey | undefined;
  /** The last sequence used, including numbers carried over from paper. */
  readonly last: number;
  /** Numbers allocated through the system. */
  readonly allocated: number;
  readonly byCase: HashMap.HashMap<CaseId, number>;
  readonly byCommand: HashMap.HashMap<CommandId, number>;
}

export const initialRegisterState: RegisterState = {
  register: undefined,
  last: 0,
  allocated: 0,
  byCase: HashMap.empty(),
  byCommand: HashMap.empty(),
};

/** The number a case got from this register, if any (the answer to an idempotent retry). */
export const allocationForCase = (
  state: RegisterState,
  caseId: CaseId,
): Option.Option<{ readonly sequence: number; readonly formatted: string }> => {
  const { register } = state;
  if (register === undefined) return Option.none();
  return Option.map(HashMap.get(state.byCase, caseId), (sequence) => ({
    sequence,
    formatted: formatAllocated(register, sequence),
  }));
};

/** The number the next allocation would get. */
export const nextSequence = (state: RegisterState): number => state.last + 1;

export const evolveRegister = (state: RegisterState, event: RegisterEvent): RegisterState => {
  switch (event._tag) {
    case "RegisterConfigured":
      return { ...state, register: event.register, last: event.carriedOver };
    case "NumberAllocated":
      return {
        ...state,
        register: event.register,
        last: event.sequence,
        allocated: state.allocated + 1,
        byCase:
          event.caseId === undefined
            ? state.byCase
            : HashMap.set(state.byCase, event.caseId, event.sequence),
        byCommand: HashMap.set(state.byCommand, event.commandId, event.sequence),
      };
  }
};

const sameRegister = (a: RegisterKey, b: RegisterKey): boolean =>
  registerStreamId(a) === registerStreamId(b);

const invalid = (command: string, field: string, zh: string, en: string): InvalidCommand =>
  new InvalidCommand({ message: en, messageZh: zh, command, field });

/** 委托/代理: a deputy acting for someone may use the principal's roles. */
const mayAct = (meta: CommandMeta, roles: ReadonlyArray<Role>): boolean =>
  hasRole(meta.actor, ...roles) ||
  (meta.onBehalfOf !== undefined && hasRole(meta.onBehalfOf, ...roles));

const recorded = (meta: CommandMeta) => ({
  at: meta.at,
  by: actorRef(meta.actor),
  ...(meta.onBehalfOf === undefined ? {} : { onBehalfOf: actorRef(meta.onBehalfOf) }),
});

/** Refuses a register outside the bureau's configuration, or one this stream does not hold. */
const checkRegister = (
  config: RegisterConfig,
  command: string,
  register: RegisterKey,
  state: RegisterState,
): Either.Either<RegisterKey, InvalidCommand> => {
  if (register.kind === "发文" && !config.agencyPrefixes.includes(register.prefix)) {
    return Either.left(
      invalid(
        command,
        "register.prefix",
        `未配置的机关代字「${register.prefix}」（已配置：${config.agencyPrefixes.join("、")}）`,
        `Unknown agency prefix "${register.prefix}" (configured: ${config.agencyPrefixes.join(", ")})`,
      ),
    );
  }
  if (register.kind === "档号" && register.fonds !== config.fonds) {
    return Either.left(
      invalid(
        command,
        "register.fonds",
        `全宗号「${register.fonds}」不是本机关的全宗号「${config.fonds}」`,
        `Fonds "${register.fonds}" is not this bureau's fonds "${config.fonds}"`,
      ),
    );
  }
  if (register.kind === "档号" && !config.orgCodes.includes(register.org)) {
    return Either.left(
      invalid(
        command,
        "register.org",
        `未配置的机构代码「${register.org}」`,
        `Unknown organisation code "${register.org}"`,
      ),
    );
  }
  if (state.register !== undefined && !sameRegister(state.register, register)) {
    return Either.left(
      invalid(
        command,
        "register",
        `该登记簿为 ${registerStreamId(state.register)}，不是 ${registerStreamId(register)}`,
        `This stream is ${registerStreamId(state.register)}, not ${registerStreamId(register)}`,
      ),
    );
  }
  return Either.right(register);
};

const authorise = (
  config: RegisterConfig,
  command: string,
  meta: CommandMeta,
  kind: RegisterKind,
  extraRoles: ReadonlyArray<Role> = [],
): Either.Either<void, NotAuthorised> => {
  const roles = [...(config.allocators?.[kind] ?? defaultAllocators[kind]), ...extraRoles];
  return mayAct(meta, roles)
    ? Either.void
    : Either.left(
        new NotAuthorised({
          message: `Only ${roles.join(", ")} may use the ${kind} register`,
          messageZh: `只有 ${roles.join("、")} 可以使用${registerKindLabels[kind].zh}登记簿`,
          command,
        }),
      );
};

const allocate = (
  config: RegisterConfig,
  { meta, payload }: Command<AllocateNumber>,
  state: RegisterState,
): Either.Either<ReadonlyArray<RegisterEvent>, InvalidCommand | NotAuthorised> =>
  Either.gen(function* () {
    const register = yield* checkRegister(config, payload._tag, payload.register, state);
    yield* authorise(config, payload._tag, meta, register.kind);
    // Idempotent: the case (or the very same command) already holds a number from here.
    if (payload.caseId !== undefined && HashMap.has(state.byCase, payload.caseId)) return [];
    if (HashMap.has(state.byCommand, meta.commandId)) return [];
    const sequence = nextSequence(state);
    if (register.kind === "档号" && sequence > maxItemNumber) {
      return yield* Either.left(
        invalid(
          payload._tag,
          "register",
          `件号已用满（最大 ${maxItemNumber}）`,
          `Item numbers are exhausted (at most ${maxItemNumber})`,
        ),
      );
    }
    const event: NumberAllocated = {
      _tag: "NumberAllocated",
      register,
      sequence,
      formatted: formatAllocated(register, sequence),
      ...(payload.caseId === undefined ? {} : { caseId: payload.caseId }),
      ...(payload.purpose === undefined ? {} : { purpose: payload.purpose }),
      commandId: meta.commandId,
      ...recorded(meta),
    };
    return [event];
  });

const configure = (
  config: RegisterConfig,
  { meta, payload }: Command<ConfigureRegister>,
  state: RegisterState,
): Either.Either<ReadonlyArray<RegisterEvent>, InvalidCommand | NotAuthorised | WrongStep> =>
  Either.gen(function* () {
    const register = yield* checkRegister(config, payload._tag, payload.register, state);
    yield* authorise(config, payload._tag, meta, register.kind, ["administrator"]);
    if (state.allocated > 0) {
      return yield* Either.left(
        new WrongStep({
          message: "Numbers have already been allocated; the starting number can no longer change",
          messageZh: "该登记簿已开始取号，不能再更改起始号",
          command: payload._tag,
          step: "numbering",
        }),
      );
    }
    // Already configured exactly so: nothing new to record.
    if (state.register !== undefined && state.last === payload.carriedOver) return [];
    const event: RegisterConfigured = {
      _tag: "RegisterConfigured",
      register,
      carriedOver: payload.carriedOver,
      ...recorded(meta),
    };
    return [event];
  });

/** The register decider for a configuration; `evolve` reads events only, never the config. */
export const makeRegisterDecider = (
  config: RegisterConfig,
): Decider<Command<RegisterCommand>, RegisterEvent, RegisterState> => ({
  initialState: initialRegisterState,
  decide: (command, state) => {
    const { payload } = command;
    switch (payload._tag) {
      case "AllocateNumber":
        return allocate(config, { meta: command.meta, payload }, state);
      case "ConfigureRegister":
        return configure(config, { meta: command.meta, payload }, state);
    }
  },
  evolve: evolveRegister,
  // A register never closes: a late allocation for a past year is still the next number.
  isTerminal: () => false,
});
