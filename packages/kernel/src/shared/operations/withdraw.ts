import { Either, Schema } from "effect";
import type { CommandHandler } from "../command-table.js";
import type { HistoryEntry, Label } from "../process.js";
import type { OperationConfig } from "./config.js";
import { entry, type Recorded, recorded, recordedFields } from "./delegation.js";
import type { CaseState, HandOff, Receiver } from "./handling-state.js";
import { NoteText } from "./text.js";

/**
 * 撤回: the sender takes back what they handed on, as long as the receiver has not acted on it.
 * A process records a hand-off in its state when it hands the case on (报批 to a leader, 交办
 * to units); any act of the receiver, or any move of the case, ends the right to take it back.
 */
export const handOff = <Status extends string>(
  event: Recorded,
  from: Status,
  to: Status,
  receiver: Receiver,
): HandOff<Status> => ({ by: (event.onBehalfOf ?? event.by).userId, from, to, receiver });

const isReceiver = (receiver: Receiver, who: Recorded["by"]): boolean => {
  switch (receiver.kind) {
    case "unit":
      return who.unitId === receiver.unitId;
    case "person":
      return who.userId === receiver.userId;
    case "next-step":
      return false;
  }
};

/** Keeps the hand-off unless this event is the receiver acting (in person or by a deputy). */
export const touchHandOff = <Status extends string>(
  current: HandOff<Status> | undefined,
  event: Recorded,
): HandOff<Status> | undefined =>
  current !== undefined &&
  (isReceiver(current.receiver, event.by) ||
    (event.onBehalfOf !== undefined && isReceiver(current.receiver, event.onBehalfOf)))
    ? undefined
    : current;

/**
 * The hand-off after an event that is not itself a hand-off: gone once the case has moved on,
 * gone once the receiver acted, otherwise kept.
 */
export const handOffAfter = <Status extends string>(
  before: CaseState<Status>,
  after: { readonly status: Status },
  event: Recorded,
): HandOff<Status> | undefined =>
  before.status === after.status ? touchHandOff(before.handOff, event) : undefined;

export const Withdraw = Schema.TaggedStruct("Withdraw", {
  reason: Schema.optional(NoteText.annotations({ title: "撤回说明 / Reason" })),
}).annotations({
  title: "撤回 / Withdraw",
  description: "对方尚未处理前收回 / Take back before the receiver acts",
});
export type Withdraw = typeof Withdraw.Type;

export const makeWithdrawn = <StatusSchema extends Schema.Schema.Any>(status: StatusSchema) =>
  Schema.TaggedStruct("Withdrawn", {
    ...recordedFields,
    from: status,
    to: status,
    reason: Schema.optional(Schema.String),
  });

export interface Withdrawn<Status extends string> extends Recorded {
  readonly _tag: "Withdrawn";
  readonly from: Status;
  readonly to: Status;
  readonly reason?: string | undefined;
}

export const withdrawCommand = <S extends CaseState<Status>, Status extends string>(
  config: OperationConfig<Status, S>,
): CommandHandler<Withdraw, S, Withdrawn<Status>, Status> => ({
  schema: Withdraw,
  label: config.label ?? { zh: "撤回", en: "Withdraw" },
  at: config.at,
  roles: config.roles ?? "staff",
  when: (state) => state.handOff !== undefined && state.handOff.to === state.status,
  who: {
    test: (state, actor) => state.handOff?.by === actor.userId,
    why: { zh: "只有发送人可以撤回", en: "Only the sender may withdraw" },
  },
  decide: (payload, state, meta) =>
    Either.right(
      state.handOff === undefined
        ? []
        : [
            {
              _tag: "Withdrawn",
              ...recorded(meta),
              from: state.handOff.to,
              to: state.handOff.from,
              ...(payload.reason === undefined ? {} : { reason: payload.reason }),
            },
          ],
    ),
});

export const describeWithdrawn = <Status extends string>(
  event: Withdrawn<Status>,
  labels: { readonly [K in Status]: Label },
): HistoryEntry =>
  entry(
    event,
    { zh: "撤回", en: "Withdrawn" },
    {
      opinion: event.reason,
      details: { zh: `收回至「${labels[event.to].zh}」`, en: `Back to "${labels[event.to].en}"` },
    },
  );
