import { Either, Schema } from "effect";
import type { CommandHandler, WhoRule } from "../command-table.js";
import type { HistoryEntry, Label } from "../process.js";
import type { OperationConfig } from "./config.js";
import { entry, type Recorded, recorded, recordedFields } from "./delegation.js";
import type { CaseState } from "./handling-state.js";
import { ReasonText } from "./text.js";

/**
 * 退回: the person holding the case sends it back — to the previous step or to the drafter —
 * with a reason. Where it goes from each status is the process's `targets` table, so the rule
 * "a leader returns a submission to the office" reads as data.
 */
export const SendBack = Schema.TaggedStruct("SendBack", {
  reason: ReasonText.annotations({ title: "退回理由 / Reason for return" }),
}).annotations({
  title: "退回 / Send back",
  description: "退回上一环节或拟稿人 / Return with a reason",
});
export type SendBack = typeof SendBack.Type;

/** The event, typed by the process's status schema. */
export const makeSentBack = <StatusSchema extends Schema.Schema.Any>(status: StatusSchema) =>
  Schema.TaggedStruct("SentBack", {
    ...recordedFields,
    from: status,
    to: status,
    reason: Schema.String,
  });

export interface SentBack<Status extends string> extends Recorded {
  readonly _tag: "SentBack";
  readonly from: Status;
  readonly to: Status;
  readonly reason: string;
}

export const sendBackCommand = <S extends CaseState<Status>, Status extends string>(
  config: Omit<OperationConfig<Status, S>, "at"> & {
    /** From which status a return goes to which. */
    readonly targets: Partial<Record<NoInfer<Status>, NoInfer<Status>>>;
    /** Who holds the case at each of those statuses (the leader submitted to, the lead unit…). */
    readonly who: WhoRule<S>;
  },
): CommandHandler<SendBack, S, SentBack<Status>, Status> => ({
  schema: SendBack,
  label: config.label ?? { zh: "退回", en: "Send back" },
  at: Object.keys(config.targets).filter((s): s is Status => s in config.targets),
  roles: config.roles ?? "staff",
  who: config.who,
  decide: (payload, state, meta) => {
    const to = config.targets[state.status];
    return Either.right(
      to === undefined
        ? []
        : [{ _tag: "SentBack", ...recorded(meta), from: state.status, to, reason: payload.reason }],
    );
  },
});

export const describeSentBack = <Status extends string>(
  event: SentBack<Status>,
  labels: { readonly [K in Status]: Label },
): HistoryEntry =>
  entry(
    event,
    { zh: "退回", en: "Sent back" },
    {
      opinion: event.reason,
      details: { zh: `退回至「${labels[event.to].zh}」`, en: `Back to "${labels[event.to].en}"` },
    },
  );
