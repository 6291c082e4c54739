import {
  type Actor,
  CaseAlreadyExists,
  CaseClosed,
  CaseId,
  type Command,
  CommandId,
  Instant,
  InvalidCommand,
  UnitId,
  UserId,
  WrongStep,
} from "@banli/kernel";
import { Either, Schema } from "effect";
import type { StoredProcess } from "../handle-command.js";

/**
 * A test-only process with the shape of the kernel's: a tiny ledger that opens, takes deposits
 * and closes. `Deposited` is at schema version 2; version 1 called the amount `value`, which
 * the upcaster renames, so decoding of old events is exercised too.
 */
export const Open = Schema.TaggedStruct("Open", { owner: Schema.String });
export const Deposit = Schema.TaggedStruct("Deposit", { amount: Schema.Number });
export const Close = Schema.TaggedStruct("Close", {});
export const Touch = Schema.TaggedStruct("Touch", {});
export const LedgerCommand = Schema.Union(Open, Deposit, Close, Touch);
export type LedgerCommand = typeof LedgerCommand.Type;

export const Opened = Schema.TaggedStruct("Opened", { owner: Schema.String, at: Instant });
export const Deposited = Schema.TaggedStruct("Deposited", {
  amount: Schema.Number,
  note: Schema.optional(Schema.String),
});
export const Closed = Schema.TaggedStruct("Closed", {});
export const LedgerEvent = Schema.Union(Opened, Deposited, Closed);
export type LedgerEvent = typeof LedgerEvent.Type;

export type LedgerState =
  | { readonly step: "None" }
  | { readonly step: "Open"; readonly balance: number; readonly deposits: number }
  | { readonly step: "Closed"; readonly balance: number };

const words = (message: string) => ({ message, messageZh: message });

export const ledger: StoredProcess<LedgerCommand, LedgerEvent, LedgerState> = {
  // A stand-in name: the store only needs the prefix.
  name: "archive",
  eventSchema: LedgerEvent as unknown as Schema.Schema<LedgerEvent, unknown>,
  eventVersions: { Opened: 1, Deposited: 2, Closed: 1 },
  upcast: (tag, version, data) => {
    if (tag === "Deposited" && version === 1 && typeof data === "object" && data !== null) {
      const { value, ...rest } = data as { value?: unknown };
      return { ...rest, amount: value };
    }
    return data;
  },
  decider: {
    initialState: { step: "None" },
    decide: (command: Command<LedgerCommand>, state) => {
      const p = command.payload;
      switch (p._tag) {
        case "Open":
          return state.step === "None"
            ? Either.right([{ _tag: "Opened", owner: p.owner, at: command.meta.at }])
            : Either.left(new CaseAlreadyExists({ ...words("exists"), command: p._tag }));
        case "Deposit":
          if (state.step === "Closed") {
            return Either.left(new CaseClosed({ ...words("closed"), command: p._tag }));
          }
          if (state.step !== "Open") {
            return Either.left(
              new WrongStep({ ...words("not open"), command: p._tag, step: state.step }),
            );
          }
          return p.amount > 0
            ? Either.right([{ _tag: "Deposited", amount: p.amount }])
            : Either.left(
                new InvalidCommand({ ...words("positive"), command: p._tag, field: "amount" }),
              );
        case "Close":
          return state.step === "Open"
            ? Either.right([{ _tag: "Closed" }])
            : Either.left(new CaseClosed({ ...words("closed"), command: p._tag }));
        case "Touch":
          return Either.right([]);
        default: {
          const never: never = p;
          return never;
        }
      }
    },
    evolve: (state, event) => {
      switch (event._tag) {
        case "Opened":
          return { step: "Open", balance: 0, deposits: 0 };
        case "Deposited":
          return state.step === "Open"
            ? { ...state, balance: state.balance + event.amount, deposits: state.deposits + 1 }
            : state;
        case "Closed":
          return { step: "Closed", balance: state.step === "Open" ? state.balance : 0 };
        default: {
          const never: never = event;
          return never;
        }
      }
    },
    isTerminal: (state) => state.step === "Closed",
  },
};

export const clerk: Actor = {
  userId: UserId.make("u-clerk"),
  name: "王小明",
  roles: ["office-clerk"],
  unitId: UnitId.make("office"),
};

let counter = 0;
export const command = (
  caseId: string,
  payload: LedgerCommand,
  commandId = `cmd-${++counter}-${Math.random().toString(36).slice(2)}`,
): Command<LedgerCommand> => ({
  meta: {
    commandId: CommandId.make(commandId),
    caseId: CaseId.make(caseId),
    actor: clerk,
    at: Instant.make("2025-03-01T09:30:00+08:00"),
  },
  payload,
});
