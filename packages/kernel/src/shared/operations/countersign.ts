import { Either, Schema } from "effect";
import type { Actor } from "../actor.js";
import { type CommandHandler, principalOf } from "../command-table.js";
import { OpinionText } from "../opinion.js";
import type { HistoryEntry } from "../process.js";
import type { OperationConfig } from "./config.js";
import { entry, fact, recorded, recordedFields } from "./delegation.js";
import type { CaseState, Handling } from "./handling-state.js";
import { Signatory } from "./handling-state.js";
import { NoteText, ReasonText } from "./text.js";

/**
 * 会签: every signatory of a round must sign; any one of them may return it, which ends the
 * round (the process decides where a returned case goes — usually back to the drafter).
 */
export const RequestCountersign = Schema.TaggedStruct("RequestCountersign", {
  signatories: Schema.NonEmptyArray(Signatory).annotations({ title: "会签方 / Signatories" }),
  note: Schema.optional(NoteText),
}).annotations({ title: "发起会签 / Request countersignature" });
export type RequestCountersign = typeof RequestCountersign.Type;

export const CountersignRequested = Schema.TaggedStruct("CountersignRequested", {
  ...recordedFields,
  signatories: Schema.Array(Signatory),
  note: Schema.optional(Schema.String),
});
export type CountersignRequested = typeof CountersignRequested.Type;

export const Countersign = Schema.TaggedStruct("Countersign", {
  opinion: OpinionText.annotations({ title: "会签意见 / Countersign opinion" }),
}).annotations({ title: "会签 / Countersign" });
export type Countersign = typeof Countersign.Type;

export const Countersigned = Schema.TaggedStruct("Countersigned", {
  ...recordedFields,
  signatory: Signatory,
  opinion: Schema.String,
});
export type Countersigned = typeof Countersigned.Type;

/** Recorded with the last signature: the round is complete. */
export const CountersignCompleted = Schema.TaggedStruct("CountersignCompleted", {
  ...recordedFields,
});
export type CountersignCompleted = typeof CountersignCompleted.Type;

export const ReturnCountersign = Schema.TaggedStruct("ReturnCountersign", {
  reason: ReasonText.annotations({ title: "退回理由 / Reason" }),
}).annotations({ title: "会签退回 / Return from countersigning" });
export type ReturnCountersign = typeof ReturnCountersign.Type;

export const CountersignReturned = Schema.TaggedStruct("CountersignReturned", {
  ...recordedFields,
  signatory: Signatory,
  reason: Schema.String,
});
export type CountersignReturned = typeof CountersignReturned.Type;

const matches = (signatory: Signatory, actor: Actor): boolean =>
  signatory.userId === undefined
    ? signatory.unitId === actor.unitId
    : signatory.userId === actor.userId;

const sameSignatory = (a: Signatory, b: Signatory): boolean =>
  a.unitId === b.unitId && a.userId === b.userId;

/** The signatory this actor may still sign or return for, in the open round. */
export const pendingSignatoryOf = (handling: Handling, actor: Actor): Signatory | undefined => {
  const round = handling.countersign;
  return round?.signatories.find(
    (s) => matches(s, actor) && !round.signed.some((done) => sameSignatory(done, s)),
  );
};

const pendingSignatory = {
  test: <S extends CaseState<string>>(state: S, actor: Actor) =>
    pendingSignatoryOf(state.handling, actor) !== undefined,
  why: { zh: "您不是待会签方", en: "You are not a signatory still to sign" },
};

export const requestCountersignCommand = <S extends CaseState<Status>, Status extends string>(
  config: OperationConfig<Status, S>,
): CommandHandler<RequestCountersign, S, CountersignRequested, Status> => ({
  schema: RequestCountersign,
  label: config.label ?? { zh: "发起会签", en: "Request countersignature" },
  at: config.at,
  roles: config.roles ?? ["office-clerk", "office-director"],
  who: config.who,
  // One round at a time.
  when: (state) => state.handling.countersign === undefined,
  decide: (payload, _state, meta) => {
    const signatories = payload.signatories.filter(
      (s, i) => payload.signatories.findIndex((t) => sameSignatory(s, t)) === i,
    );
    return Either.right([{ ...fact("CountersignRequested", meta, payload), signatories }]);
  },
});

export const countersignCommand = <S extends CaseState<Status>, Status extends string>(
  config: OperationConfig<Status, S>,
): CommandHandler<Countersign, S, Countersigned | CountersignCompleted, Status> => ({
  schema: Countersign,
  label: config.label ?? { zh: "会签", en: "Countersign" },
  at: config.at,
  roles: config.roles ?? "staff",
  who: pendingSignatory,
  decide: (payload, state, meta) => {
    const signatory = pendingSignatoryOf(state.handling, principalOf(meta));
    const round = state.handling.countersign;
    if (signatory === undefined || round === undefined) return Either.right([]); // guard holds
    const signed: Countersigned = { ...fact("Countersigned", meta, payload), signatory };
    const last = round.signed.length + 1 === round.signatories.length;
    return Either.right(
      last ? [signed, { _tag: "CountersignCompleted", ...recorded(meta) }] : [signed],
    );
  },
});

export const returnCountersignCommand = <S extends CaseState<Status>, Status extends string>(
  config: OperationConfig<Status, S>,
): CommandHandler<ReturnCountersign, S, CountersignReturned, Status> => ({
  schema: ReturnCountersign,
  label: config.label ?? { zh: "会签退回", en: "Return from countersigning" },
  at: config.at,
  roles: config.roles ?? "staff",
  who: pendingSignatory,
  decide: (payload, state, meta) => {
    const signatory = pendingSignatoryOf(state.handling, principalOf(meta));
    return Either.right(
      signatory === undefined ? [] : [{ ...fact("CountersignReturned", meta, payload), signatory }],
    );
  },
});

export const applyCountersignRequested = (
  handling: Handling,
  event: CountersignRequested,
): Handling => ({ ...handling, countersign: { signatories: event.signatories, signed: [] } });

export const applyCountersigned = (handling: Handling, event: Countersigned): Handling =>
  handling.countersign === undefined
    ? handling
    : {
        ...handling,
        countersign: {
          ...handling.countersign,
          signed: [...handling.countersign.signed, event.signatory],
        },
      };

/** A completed or returned round closes; its signatures stay in the log (and the 处理单). */
export const closeCountersign = (handling: Handling): Handling => ({
  ...handling,
  countersign: undefined,
});

export const describeCountersignRequested = (event: CountersignRequested): HistoryEntry =>
  entry(
    event,
    { zh: "发起会签", en: "Countersignature requested" },
    {
      opinion: event.note,
      details: {
        zh: event.signatories.map((s) => s.name).join("、"),
        en: event.signatories.map((s) => s.name).join(", "),
      },
    },
  );

export const describeCountersigned = (event: Countersigned): HistoryEntry =>
  entry(
    event,
    { zh: `会签（${event.signatory.name}）`, en: `Countersigned (${event.signatory.name})` },
    { opinion: event.opinion },
  );

export const describeCountersignCompleted = (event: CountersignCompleted): HistoryEntry =>
  entry(event, { zh: "会签完成", en: "Countersigning complete" });

export const describeCountersignReturned = (event: CountersignReturned): HistoryEntry =>
  entry(
    event,
    { zh: `会签退回（${event.signatory.name}）`, en: `Returned by ${event.signatory.name}` },
    { opinion: event.reason },
  );
