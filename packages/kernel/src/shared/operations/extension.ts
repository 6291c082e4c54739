import { Either, Schema } from "effect";
import type { CommandHandler } from "../command-table.js";
import { LocalDate, UnitId } from "../ids.js";
import type { HistoryEntry } from "../process.js";
import { invalid } from "../refusals.js";
import type { OperationConfig } from "./config.js";
import { dateOf, daysBetween, isBefore } from "./dates.js";
import { entry, fact, recorded, recordedFields } from "./delegation.js";
import { type CaseState, type Handling, leadUnitOnly } from "./handling-state.js";
import { NoteText, ReasonText } from "./text.js";

/**
 * 延期: a separate request by the lead unit, made on or before the due date, then approved or
 * refused. Only an approved extension moves the due date. A process sets its policy: how many
 * extensions, how long, and whether the reason must be noticed to someone (信访条例: once, up
 * to 30 日, with notice of the reason to the petitioner).
 */
export interface ExtensionPolicy {
  readonly maxCount?: number;
  readonly maxDays?: number;
  readonly noticeRequired?: boolean;
  /** The legal basis recorded on the approval. */
  readonly rule: string;
}

export const RequestExtension = Schema.TaggedStruct("RequestExtension", {
  newDueOn: LocalDate.annotations({ title: "申请延至 / New due date" }),
  reason: ReasonText.annotations({ title: "延期理由 / Reason" }),
}).annotations({
  title: "申请延期 / Request extension",
  description: "须在办理期限届满前提出 / Must be made before the due date",
});
export type RequestExtension = typeof RequestExtension.Type;

export const ExtensionRequested = Schema.TaggedStruct("ExtensionRequested", {
  ...recordedFields,
  unitId: UnitId,
  currentDueOn: LocalDate,
  newDueOn: LocalDate,
  reason: Schema.String,
});
export type ExtensionRequested = typeof ExtensionRequested.Type;

export const ApproveExtension = Schema.TaggedStruct("ApproveExtension", {
  note: Schema.optional(NoteText.annotations({ title: "审批意见 / Note" })),
  notice: Schema.optional(
    NoteText.annotations({
      title: "延期告知 / Notice of the reason",
      description: "告知当事人的延期理由 / The reason as noticed to the party concerned",
    }),
  ),
}).annotations({ title: "批准延期 / Approve extension" });
export type ApproveExtension = typeof ApproveExtension.Type;

export const ExtensionGranted = Schema.TaggedStruct("ExtensionGranted", {
  ...recordedFields,
  unitId: UnitId,
  previousDueOn: LocalDate,
  newDueOn: LocalDate,
  note: Schema.optional(Schema.String),
  notice: Schema.optional(Schema.String),
  rule: Schema.String,
});
export type ExtensionGranted = typeof ExtensionGranted.Type;

export const RefuseExtension = Schema.TaggedStruct("RefuseExtension", {
  reason: ReasonText.annotations({ title: "不予延期理由 / Reason for refusal" }),
}).annotations({ title: "不予延期 / Refuse extension" });
export type RefuseExtension = typeof RefuseExtension.Type;

export const ExtensionRefused = Schema.TaggedStruct("ExtensionRefused", {
  ...recordedFields,
  unitId: UnitId,
  reason: Schema.String,
});
export type ExtensionRefused = typeof ExtensionRefused.Type;

export const requestExtensionCommand = <S extends CaseState<Status>, Status extends string>(
  config: OperationConfig<Status, S> & { readonly policy: ExtensionPolicy },
): CommandHandler<RequestExtension, S, ExtensionRequested, Status> => ({
  schema: RequestExtension,
  label: config.label ?? { zh: "申请延期", en: "Request extension" },
  at: config.at,
  roles: config.roles ?? ["division-handler", "division-head"],
  who: leadUnitOnly,
  // One request at a time, and no more than the policy's number of extensions.
  when: (state) =>
    state.handling.pendingExtension === undefined &&
    state.handling.extensionsGranted < (config.policy.maxCount ?? Number.POSITIVE_INFINITY),
  decide: (payload, state, meta) => {
    const lead = state.handling.lead;
    if (lead === undefined) return Either.right([]); // unreachable: leadUnitOnly holds
    if (isBefore(lead.dueOn, dateOf(meta.at))) {
      return Either.left(
        invalid("RequestExtension", "newDueOn", {
          zh: "办理期限已过，不能再申请延期",
          en: "An extension must be requested before the due date",
        }),
      );
    }
    if (!isBefore(lead.dueOn, payload.newDueOn)) {
      return Either.left(
        invalid("RequestExtension", "newDueOn", {
          zh: "延期后的期限须晚于现期限",
          en: "The new due date must be after the current one",
        }),
      );
    }
    const maxDays = config.policy.maxDays;
    if (maxDays !== undefined && daysBetween(lead.dueOn, payload.newDueOn) > maxDays) {
      return Either.left(
        invalid("RequestExtension", "newDueOn", {
          zh: `延期不得超过 ${maxDays} 日（${config.policy.rule}）`,
          en: `An extension may not exceed ${maxDays} days (${config.policy.rule})`,
        }),
      );
    }
    return Either.right([
      {
        ...fact("ExtensionRequested", meta, payload),
        unitId: lead.unitId,
        currentDueOn: lead.dueOn,
      },
    ]);
  },
});

const pending = <S extends CaseState<string>>(state: S): boolean =>
  state.handling.pendingExtension !== undefined;

export const approveExtensionCommand = <S extends CaseState<Status>, Status extends string>(
  config: OperationConfig<Status, S> & { readonly policy: ExtensionPolicy },
): CommandHandler<ApproveExtension, S, ExtensionGranted, Status> => ({
  schema: ApproveExtension,
  label: config.label ?? { zh: "批准延期", en: "Approve extension" },
  at: config.at,
  roles: config.roles ?? ["office-director"],
  who: config.who,
  when: pending,
  decide: (payload, state, meta) => {
    const request = state.handling.pendingExtension;
    if (request === undefined) return Either.right([]); // unreachable: `when` holds
    if (config.policy.noticeRequired === true && (payload.notice ?? "").trim() === "") {
      return Either.left(
        invalid("ApproveExtension", "notice", {
          zh: `须告知延期理由（${config.policy.rule}）`,
          en: `The reason must be noticed (${config.policy.rule})`,
        }),
      );
    }
    return Either.right([
      {
        ...fact("ExtensionGranted", meta, payload),
        unitId: request.unitId,
        previousDueOn: request.currentDueOn,
        newDueOn: request.newDueOn,
        rule: config.policy.rule,
      },
    ]);
  },
});

export const refuseExtensionCommand = <S extends CaseState<Status>, Status extends string>(
  config: OperationConfig<Status, S>,
): CommandHandler<RefuseExtension, S, ExtensionRefused, Status> => ({
  schema: RefuseExtension,
  label: config.label ?? { zh: "不予延期", en: "Refuse extension" },
  at: config.at,
  roles: config.roles ?? ["office-director"],
  who: config.who,
  when: pending,
  decide: (payload, state, meta) =>
    Either.right(
      state.handling.pendingExtension === undefined
        ? []
        : [
            {
              _tag: "ExtensionRefused",
              ...recorded(meta),
              unitId: state.handling.pendingExtension.unitId,
              reason: payload.reason,
            },
          ],
    ),
});

export const applyExtensionRequested = (
  handling: Handling,
  event: ExtensionRequested,
): Handling => ({
  ...handling,
  pendingExtension: {
    unitId: event.unitId,
    currentDueOn: event.currentDueOn,
    newDueOn: event.newDueOn,
    reason: event.reason,
  },
});

/** The approved date replaces the lead unit's due date; nothing else moves it. */
export const applyExtensionGranted = (handling: Handling, event: ExtensionGranted): Handling => ({
  ...handling,
  pendingExtension: undefined,
  extensionsGranted: handling.extensionsGranted + 1,
  lead: handling.lead === undefined ? undefined : { ...handling.lead, dueOn: event.newDueOn },
});

export const applyExtensionRefused = (handling: Handling): Handling => ({
  ...handling,
  pendingExtension: undefined,
});

export const describeExtensionRequested = (event: ExtensionRequested): HistoryEntry =>
  entry(
    event,
    { zh: "申请延期", en: "Extension requested" },
    {
      opinion: event.reason,
      details: {
        zh: `${event.currentDueOn} 延至 ${event.newDueOn}`,
        en: `${event.currentDueOn} to ${event.newDueOn}`,
      },
    },
  );

export const describeExtensionGranted = (event: ExtensionGranted): HistoryEntry =>
  entry(
    event,
    { zh: "批准延期", en: "Extension approved" },
    {
      opinion: event.note,
      details: {
        zh: `期限延至 ${event.newDueOn}（${event.rule}）${event.notice === undefined ? "" : `；告知：${event.notice}`}`,
        en: `Due date now ${event.newDueOn} (${event.rule})${event.notice === undefined ? "" : `; notice: ${event.notice}`}`,
      },
    },
  );

export const describeExtensionRefused = (event: ExtensionRefused): HistoryEntry =>
  entry(event, { zh: "不予延期", en: "Extension refused" }, { opinion: event.reason });
