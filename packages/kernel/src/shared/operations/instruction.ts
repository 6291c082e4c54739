import { Either, Schema } from "effect";
import { hasRole } from "../actor.js";
import { type CommandHandler, principalOf } from "../command-table.js";
import { LocalDate, type UserId } from "../ids.js";
import { Opinion, OpinionText, opinionFrom } from "../opinion.js";
import type { HistoryEntry } from "../process.js";
import { invalid } from "../refusals.js";
import type { OperationConfig } from "./config.js";
import { dateOf, isBefore } from "./dates.js";
import { entry, recorded, recordedFields } from "./delegation.js";
import type { CaseState } from "./handling-state.js";
import { PersonRef } from "./text.js";

/**
 * 报批 → 领导批示: the office submits a case, with its opinion, to a named bureau leader; that
 * leader (or their deputy, 委托) instructs and may set a time limit. Shared by 督办, 信访, 收文.
 */
export const SubmitForInstruction = Schema.TaggedStruct("SubmitForInstruction", {
  leader: PersonRef.annotations({ title: "报送局领导 / Leader" }),
}).annotations({ title: "报批 / Submit for instruction" });
export type SubmitForInstruction = typeof SubmitForInstruction.Type;

export const SubmittedForInstruction = Schema.TaggedStruct("SubmittedForInstruction", {
  ...recordedFields,
  leader: PersonRef,
});
export type SubmittedForInstruction = typeof SubmittedForInstruction.Type;

export const GiveInstruction = Schema.TaggedStruct("GiveInstruction", {
  instruction: OpinionText.annotations({ title: "批示 / Instruction" }),
  dueOn: Schema.optional(LocalDate.annotations({ title: "批示时限 / Time limit" })),
}).annotations({ title: "领导批示 / Give instruction" });
export type GiveInstruction = typeof GiveInstruction.Type;

export const InstructionGiven = Schema.TaggedStruct("InstructionGiven", {
  ...recordedFields,
  instruction: Opinion,
  dueOn: Schema.optional(LocalDate),
});
export type InstructionGiven = typeof InstructionGiven.Type;

export const submitForInstructionCommand = <S extends CaseState<Status>, Status extends string>(
  config: OperationConfig<Status, S>,
): CommandHandler<SubmitForInstruction, S, SubmittedForInstruction, Status> => ({
  schema: SubmitForInstruction,
  label: config.label ?? { zh: "报批", en: "Submit for instruction" },
  at: config.at,
  roles: config.roles ?? ["office-clerk", "office-director"],
  who: config.who,
  decide: (payload, _state, meta) =>
    Either.right([{ _tag: "SubmittedForInstruction", ...recorded(meta), leader: payload.leader }]),
});

export const giveInstructionCommand = <S extends CaseState<Status>, Status extends string>(
  config: OperationConfig<Status, S> & {
    /** The leader the case was submitted to: only they (or a deputy acting for them) instruct. */
    readonly leaderOf: (state: S) => UserId | undefined;
    /** A time limit set from above (the superior's, the law's) that the instruction cannot pass. */
    readonly limitOf?: (state: S) => LocalDate | undefined;
  },
): CommandHandler<GiveInstruction, S, InstructionGiven, Status> => ({
  schema: GiveInstruction,
  label: config.label ?? { zh: "领导批示", en: "Give instruction" },
  at: config.at,
  roles: config.roles ?? ["leader-in-charge", "principal-leader"],
  who: {
    test: (state, actor) => config.leaderOf(state) === actor.userId,
    why: { zh: "只有报送的局领导可以批示", en: "Only the leader it was submitted to may instruct" },
  },
  decide: (payload, state, meta) => {
    if (payload.dueOn !== undefined && isBefore(payload.dueOn, dateOf(meta.at))) {
      return Either.left(
        invalid("GiveInstruction", "dueOn", {
          zh: "批示时限不能早于批示日期",
          en: "The time limit cannot be in the past",
        }),
      );
    }
    const limit = config.limitOf?.(state);
    if (payload.dueOn !== undefined && limit !== undefined && isBefore(limit, payload.dueOn)) {
      return Either.left(
        invalid("GiveInstruction", "dueOn", {
          zh: `批示时限不能晚于规定时限（${limit}）`,
          en: `The time limit cannot be after the one set (${limit})`,
        }),
      );
    }
    // The opinion is signed in the leader's own capacity: principal or in charge.
    const role = hasRole(principalOf(meta), "principal-leader")
      ? "principal-leader"
      : "leader-in-charge";
    return Either.map(
      opinionFrom(meta, { kind: "批示", text: payload.instruction, role }, "GiveInstruction"),
      (instruction) => [
        {
          _tag: "InstructionGiven",
          ...recorded(meta),
          instruction,
          ...(payload.dueOn === undefined ? {} : { dueOn: payload.dueOn }),
        },
      ],
    );
  },
});

export const describeSubmittedForInstruction = (event: SubmittedForInstruction): HistoryEntry =>
  entry(
    event,
    { zh: "报批", en: "Submitted for instruction" },
    { details: { zh: `报 ${event.leader.name}`, en: `To ${event.leader.name}` } },
  );

export const describeInstructionGiven = (event: InstructionGiven): HistoryEntry =>
  entry(
    event,
    { zh: "领导批示", en: "Instruction given" },
    {
      opinion: event.instruction.text,
      details:
        event.dueOn === undefined
          ? undefined
          : { zh: `时限 ${event.dueOn}`, en: `Due ${event.dueOn}` },
    },
  );
