import type { EventStorePort } from "@banli/event-store";
import {
  type AllocateNumber,
  allocationForCase,
  type Command,
  type CommandMeta,
  formatAllocated,
  fromUnknown,
  type InternalRegister,
  makeRegisterDecider,
  nextSequence,
  type RegisterCommand,
  type RegisterConfig,
  RegisterEvent,
  RegisterKey,
  type RegisterState,
  registerStreamId,
} from "@banli/kernel";
import type { CaseCursor, CaseProcess, StreamKind } from "@banli/projections";
import { loadStreamState, runStreamCommand } from "@banli/projections";
import { Either, Option, Schema } from "effect";
import type { ApiDeps } from "./deps.js";
import { fromDomain, refuse } from "./errors.js";

/**
 * Start commands that carry an internal register number (督〔2026〕3号, 信〔2026〕5号): when the
 * client leaves the number out, the server takes it from the register — after checking that the
 * command would be accepted, so a refused registration spends no number.
 */
const numbered: Readonly<
  Record<
    string,
    { readonly command: string; readonly kind: (typeof InternalRegister.Type)["kind"] }
  >
> = {
  supervision: { command: "RegisterItem", kind: "督办" },
  petition: { command: "RegisterPetition", kind: "信访" },
  incoming: { command: "RegisterDocument", kind: "收文" },
};

/**
 * The start command of a process whose `number` the server takes from a register when the client
 * leaves it out (so a form may offer it as optional), or undefined.
 */
export const allocatedNumberCommand = (process: string): string | undefined =>
  numbered[process]?.command;

/**
 * Every command of a process whose number field the server fills from a register when the client
 * leaves it out: the start command's register number, 发文 「编号」 and 档案 「归档」
 * (`withRegisterNumber`, `withCaseNumber`). A form shows these fields as optional.
 */
export const serverNumberedFields = (
  process: string,
): ReadonlyArray<{ readonly command: string; readonly field: string }> => {
  const start = numbered[process];
  return [
    ...(start === undefined ? [] : [{ command: start.command, field: "number" }]),
    ...(process === "outgoing" ? [{ command: "AssignNumber", field: "number" }] : []),
    ...(process === "archive" ? [{ command: "FileItem", field: "archivalCode" }] : []),
  ];
};

const registerKind = (
  config: RegisterConfig,
): StreamKind<Command<RegisterCommand>, RegisterEvent, RegisterState> => ({
  prefix: "register",
  eventSchema: fromUnknown(RegisterEvent),
  decider: makeRegisterDecider(config),
});

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const isEmpty = (value: unknown) => value === undefined || value === "";

/** Takes the next number of a register for a case (idempotent: a case keeps the number it got). */
const takeNumber = async (
  deps: Pick<ApiDeps, "store" | "registers">,
  register: RegisterKey,
  meta: CommandMeta,
): Promise<string | undefined> => {
  const kind = registerKind(deps.registers);
  const allocate: AllocateNumber = { _tag: "AllocateNumber", register, caseId: meta.caseId };
  const allocated = await allocateNumber(deps.store, kind, registerStreamId(register), {
    meta: { ...meta, commandId: `${meta.commandId}/number` as CommandMeta["commandId"] },
    payload: allocate,
  });
  return Option.getOrUndefined(allocationForCase(allocated, meta.caseId))?.formatted;
};

export const withRegisterNumber = async (
  deps: Pick<ApiDeps, "store" | "registers">,
  process: CaseProcess,
  meta: CommandMeta,
  payload: unknown,
): Promise<unknown> => {
  const rule = numbered[process.name];
  if (rule === undefined || !isRecord(payload) || payload._tag !== rule.command) return payload;
  if (!isEmpty(payload.number)) return payload;
  const register: typeof InternalRegister.Type = {
    kind: rule.kind,
    year: Number(meta.at.slice(0, 4)),
  };
  const kind = registerKind(deps.registers);
  const { state } = await loadStreamState(deps.store, kind, registerStreamId(register));
  const peek = formatAllocated(register, nextSequence(state));
  const check = process.checkStart(meta, { ...payload, number: peek });
  if (Either.isLeft(check)) throw fromDomain(check.left);
  return { ...payload, number: await takeNumber(deps, register, meta) };
};

interface ArchiveParts {
  readonly item?: { readonly category?: unknown; readonly year?: unknown } | undefined;
  readonly organisation?: { readonly retention?: unknown; readonly orgCode?: unknown } | undefined;
}

/**
 * Commands on an open case that carry a number from a register: 发文 「编号」 (`AssignNumber`,
 * 发文字号 under the 机关代字 the client names in `prefix`, else the bureau's first) and 档案
 * 「归档」 (`FileItem`, the 档号 of the item's 门类 · 年度 · 保管期限 · 机构). Left out by the client,
 * the server takes the number — only when the kernel offers the command to this principal now,
 * so a command out of turn spends no number and is refused by the kernel as usual.
 */
export const withCaseNumber = async (
  deps: Pick<ApiDeps, "store" | "registers">,
  process: CaseProcess,
  cursorOf: () => Promise<CaseCursor>,
  meta: CommandMeta,
  payload: unknown,
): Promise<unknown> => {
  if (!isRecord(payload)) return payload;
  // Only these two commands read the case here; every other command goes straight through.
  const offered = async (command: string) =>
    (await cursorOf()).actions(meta.onBehalfOf ?? meta.actor).some((a) => a.command === command);
  if (process.name === "outgoing" && payload._tag === "AssignNumber") {
    const { prefix, ...rest } = payload;
    if (!isEmpty(rest.number) || !(await offered("AssignNumber"))) return rest;
    const chosen = prefix === undefined ? deps.registers.agencyPrefixes[0] : prefix;
    if (typeof chosen !== "string" || !deps.registers.agencyPrefixes.includes(chosen)) {
      throw refuse(
        "InvalidCommand",
        `机关代字须为本机关的代字（${deps.registers.agencyPrefixes.join("、")}）`,
        `The prefix must be one of the bureau's (${deps.registers.agencyPrefixes.join(", ")})`,
      );
    }
    const register: RegisterKey = {
      kind: "发文",
      prefix: chosen as Extract<RegisterKey, { kind: "发文" }>["prefix"],
      year: Number(meta.at.slice(0, 4)) as RegisterKey["year"],
    };
    return { ...rest, number: await takeNumber(deps, register, meta) };
  }
  if (process.name === "archive" && payload._tag === "FileItem") {
    if (!isEmpty(payload.archivalCode) || !(await offered("FileItem"))) return payload;
    const { item, organisation } = (await cursorOf()).state() as ArchiveParts;
    const parts = {
      kind: "档号",
      fonds: deps.registers.fonds,
      category: item?.category,
      year: item?.year,
      retention: organisation?.retention,
      org: organisation?.orgCode,
    };
    const register = Schema.decodeUnknownEither(RegisterKey)(parts);
    // An item organised under a 机构代码 the configuration lacks: the register would refuse it.
    if (Either.isLeft(register)) {
      throw refuse(
        "InvalidCommand",
        "该件的分类信息与编号配置不符，无法生成档号",
        "The item's classification does not fit the numbering configuration",
      );
    }
    return { ...payload, archivalCode: await takeNumber(deps, register.right, meta) };
  }
  return payload;
};

const allocateNumber = async (
  store: EventStorePort,
  kind: StreamKind<Command<RegisterCommand>, RegisterEvent, RegisterState>,
  streamId: string,
  command: Command<RegisterCommand>,
): Promise<RegisterState> => {
  const outcome = await runStreamCommand(store, kind, streamId, command, {
    commandId: command.meta.commandId,
    at: command.meta.at,
    actor: command.meta.actor,
  });
  if (Either.isLeft(outcome)) throw fromDomain(outcome.left);
  return outcome.right.state;
};

/** 设置登记簿: start a register after the numbers already used on paper (administrators only). */
export const configureRegister = async (
  deps: Pick<ApiDeps, "store" | "registers">,
  meta: CommandMeta,
  register: RegisterKey,
  carriedOver: number,
): Promise<number> => {
  const kind = registerKind(deps.registers);
  const outcome = await runStreamCommand(
    deps.store,
    kind,
    registerStreamId(register),
    { meta, payload: { _tag: "ConfigureRegister", register, carriedOver } },
    { commandId: meta.commandId, at: meta.at, actor: meta.actor },
  );
  if (Either.isLeft(outcome)) throw fromDomain(outcome.left);
  return nextSequence(outcome.right.state);
};

/** Where a register stands: the last number used (paper included), how many the system gave. */
export const registerStatus = async (
  deps: Pick<ApiDeps, "store" | "registers">,
  register: RegisterKey,
) => {
  const { state } = await loadStreamState(
    deps.store,
    registerKind(deps.registers),
    registerStreamId(register),
  );
  return {
    last: state.last,
    allocated: state.allocated,
    next: formatAllocated(register, nextSequence(state)),
  };
};
