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
  type RegisterState,
  registerStreamId,
} from "@banli/kernel";
import type { CaseProcess, StreamKind } from "@banli/projections";
import { loadStreamState, runStreamCommand } from "@banli/projections";
import { Either, Option } from "effect";
import type { ApiDeps } from "./deps.js";
import { fromDomain } from "./errors.js";

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

const registerKind = (
  config: RegisterConfig,
): StreamKind<Command<RegisterCommand>, RegisterEvent, RegisterState> => ({
  prefix: "register",
  eventSchema: fromUnknown(RegisterEvent),
  decider: makeRegisterDecider(config),
});

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

export const withRegisterNumber = async (
  deps: Pick<ApiDeps, "store" | "registers">,
  process: CaseProcess,
  meta: CommandMeta,
  payload: unknown,
): Promise<unknown> => {
  const rule = numbered[process.name];
  if (rule === undefined || !isRecord(payload) || payload._tag !== rule.command) return payload;
  if (payload.number !== undefined && payload.number !== "") return payload;
  const register: typeof InternalRegister.Type = {
    kind: rule.kind,
    year: Number(meta.at.slice(0, 4)),
  };
  const streamId = registerStreamId(register);
  const kind = registerKind(deps.registers);
  const { state } = await loadStreamState(deps.store, kind, streamId);
  const peek = formatAllocated(register, nextSequence(state));
  const check = process.checkStart(meta, { ...payload, number: peek });
  if (Either.isLeft(check)) throw fromDomain(check.left);
  const allocate: AllocateNumber = { _tag: "AllocateNumber", register, caseId: meta.caseId };
  const allocated = await allocateNumber(deps.store, kind, streamId, {
    meta: { ...meta, commandId: `${meta.commandId}/number` as CommandMeta["commandId"] },
    payload: allocate,
  });
  const number = Option.getOrUndefined(allocationForCase(allocated, meta.caseId));
  return { ...payload, number: number?.formatted };
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
