import { Either } from "effect";
import { hasRole } from "../../shared/actor.js";
import { type AttachmentInput, firstVersion } from "../../shared/attachment.js";
import {
  type CommandTable,
  onDefaults,
  type ProcessSpec,
  type WhoRule,
} from "../../shared/command-table.js";
import { deadlinePresets, type Period } from "../../shared/deadline.js";
import type { CommandMeta } from "../../shared/decider.js";
import type { InvalidCommand } from "../../shared/errors.js";
import type { LocalDate } from "../../shared/ids.js";
import {
  absurd,
  acceptAssignmentCommand,
  approveExtensionCommand,
  attachCommand,
  checkAssignment,
  circulateCommand,
  clearAssignment,
  commentCommand,
  confirmReadCommand,
  coOpinionCommand,
  countersignCommand,
  dateOf,
  deadlineAlertCommand,
  type ExtensionPolicy,
  type HandOffStep,
  isBefore,
  isLeadHandler,
  isRecordOnlyEvent,
  leadUnitOnly,
  makeEvolve,
  notInFuture,
  notInPast,
  pressCommand,
  progressCommand,
  reassignCommand,
  recorded,
  refuseExtensionCommand,
  replaceAttachmentCommand,
  requestCountersignCommand,
  requestExtensionCommand,
  returnCountersignCommand,
  scheduleOrRefuse,
  sendBackCommand,
  unitsAssigned,
  withAttachments,
  withdrawCommand,
} from "../../shared/operations/index.js";
import { defaultProcessConfig, type ProcessConfig } from "../../shared/process-config.js";
import { invalid } from "../../shared/refusals.js";
import {
  AssignUnits,
  CallLookBack,
  CloseCase,
  ConfirmIdentification,
  type ConsultedUnit,
  ConsultFirstRound,
  ConsultSecondRound,
  DraftPlan,
  type Organ,
  type ProposalCommand,
  type ProposalKind,
  RecordCoordination,
  RecordItem,
  RecordMeetingDecision,
  RecordSatisfaction,
  type ReplyClass,
  ReturnItem,
  SignFor,
  SubmitLookBack,
  SubmitPlan,
  SubmitReply,
  UploadReply,
} from "./commands.js";
import type { ProposalEvent } from "./events.js";
import {
  handlingStatuses,
  initialState,
  lifecycle,
  openStatuses,
  type ProposalState,
  type ProposalStatus,
} from "./state.js";

type Table = CommandTable<ProposalCommand, ProposalState, ProposalEvent, ProposalStatus>;

/**
 * What an administrator may set for 议提案办理 (spec: "figures are defaults that an administrator
 * can change"): the reply classes in use, the time limit for returning an item, the calendar.
 */
export interface ProposalConfig extends ProcessConfig {
  /** A/B/C by default; add D (留作参考) where the local rules class replies in four. */
  readonly replyClasses: ReadonlyArray<ReplyClass>;
  /** How soon an item outside the bureau's duties goes back (local rules: 5–10 日 of 交办). */
  readonly returnPeriod: Period;
}

export const defaultProposalConfig: ProposalConfig = {
  ...defaultProcessConfig,
  replyClasses: ["A", "B", "C"],
  returnPeriod: {
    amount: 10,
    unit: "日",
    basis: "议提案办理工作规定：不属本单位职责的，自交办之日起 10 日内退回（各地 5–10 日）",
  },
};

const office = ["office-clerk", "office-director"] as const;
const unitRoles = ["division-handler", "division-head"] as const;

/**
 * 代表法 第五十一条: answered within 3 个月 of 交办, a complex item within 6 个月. An extension
 * may move the lead unit's date, never beyond the 6 个月 ceiling; the office director approves.
 */
const extensionPolicy: ExtensionPolicy = {
  rule: "《代表法》第五十一条：涉及面广、处理难度大的，自交办之日起六个月内答复",
};

/** The organ that answers for the proposer: a reply must reach it, a return follows it. */
const proposerOrgan: { readonly [K in ProposalKind]: Organ } = {
  人大建议: "市人大",
  政协提案: "市政协",
};

const today = (meta: CommandMeta): LocalDate => dateOf(meta.at);

/** The chart asks for the electronic copy (「电子版上传」): at least one attachment must be one. */
const needsElectronic = (
  command: string,
  attachments: ReadonlyArray<AttachmentInput>,
): Either.Either<void, InvalidCommand> =>
  attachments.some((a) => a.medium === "electronic")
    ? Either.void
    : Either.left(
        invalid(command, "attachments", {
          zh: "须提交电子版",
          en: "The electronic copy is required",
        }),
      );

/** A 磋商 list names each unit once and exactly one lead unit (主办). */
const checkConsultation = (
  command: string,
  units: ReadonlyArray<ConsultedUnit>,
): Either.Either<void, InvalidCommand> => {
  if (new Set(units.map((u) => u.unitId)).size !== units.length) {
    return Either.left(
      invalid(command, "units", {
        zh: "同一单位在名单中只能出现一次",
        en: "A unit may appear on the list only once",
      }),
    );
  }
  if (units.filter((u) => u.role === "主办").length !== 1) {
    return Either.left(
      invalid(command, "units", {
        zh: "建议名单须有且只有一个主办单位",
        en: "The list must name exactly one lead unit",
      }),
    );
  }
  return Either.void;
};

const sameUnits = (a: ReadonlyArray<string>, b: ReadonlyArray<string>): boolean =>
  a.length === b.length && a.every((id) => b.includes(id));

/** Who holds the case at each status from which it may be sent back (退回). */
const holder: WhoRule<ProposalState> = {
  test: (state, actor) => {
    switch (state.status) {
      case "Identified":
        return hasRole(actor, "office-director");
      case "Assigned":
        return isLeadHandler(state.handling, actor);
      case "Replied":
        return hasRole(actor, ...office);
      default:
        return false;
    }
  },
  why: { zh: "只有当前办理人可以退回", en: "Only the one holding the case may send it back" },
};

export const makeTable = (config: ProposalConfig): Table => {
  const requestExtension = requestExtensionCommand<ProposalState, ProposalStatus>({
    at: ["Handling"],
    policy: extensionPolicy,
  });

  return {
    RecordItem: {
      schema: RecordItem,
      label: { zh: "查阅", en: "Record item" },
      at: ["New"],
      roles: office,
      decide: (p, _state, meta) =>
        Either.map(
          notInFuture("RecordItem", "publishedOn", p.publishedOn, meta, {
            zh: "发布日期",
            en: "The publication date",
          }),
          () => {
            const { _tag, attachments, ...data } = p;
            return [
              {
                ...data,
                _tag: "ItemRecorded",
                ...recorded(meta),
                attachments: attachments.map(firstVersion),
              },
            ];
          },
        ),
    },
    ConfirmIdentification: {
      schema: ConfirmIdentification,
      label: { zh: "鉴别确认", en: "Identify" },
      at: ["Found"],
      roles: office,
      // The divisions' 会签 of the finding, when one is asked for, comes first.
      when: (state) => state.handling.countersign === undefined,
      decide: (p, _state, meta) =>
        new Set(p.divisions.map((d) => d.unitId)).size === p.divisions.length
          ? Either.right([
              {
                _tag: "IdentificationConfirmed",
                ...recorded(meta),
                withinDuties: p.withinDuties,
                divisions: p.divisions,
                opinion: p.opinion,
              },
            ])
          : Either.left(
              invalid("ConfirmIdentification", "divisions", {
                zh: "同一处室只能列一次",
                en: "A division may be named only once",
              }),
            ),
    },
    SignFor: {
      schema: SignFor,
      label: { zh: "签收", en: "Sign for" },
      at: ["Identified"],
      roles: office,
      // 签收 only what 鉴别确认 found within the bureau's duties.
      when: (state) => state.identification?.withinDuties === true,
      decide: (p, _state, meta) =>
        Either.right([{ ...p, _tag: "ItemSignedFor", ...recorded(meta) }]),
    },
    ReturnItem: {
      schema: ReturnItem,
      label: { zh: "退回", en: "Return" },
      at: ["Identified"],
      roles: office,
      // 退回 only what 鉴别确认 found outside the bureau's duties.
      when: (state) => state.identification?.withinDuties === false,
      decide: (p, state, meta) => {
        const item = state.item;
        if (item === undefined) return Either.right([]); // unreachable: recorded at 查阅
        // 人大建议 to government departments are assigned, and returned, through 市政府.
        if (item.kind === "人大建议" && p.returnTo !== "市政府") {
          return Either.left(
            invalid("ReturnItem", "returnTo", {
              zh: "人大建议须退市政府",
              en: "An NPC suggestion is returned to the city government",
            }),
          );
        }
        return Either.flatMap(
          scheduleOrRefuse(
            "ReturnItem",
            "returnTo",
            config.returnPeriod,
            item.publishedOn,
            config.calendar,
          ),
          (returnBy) => {
            // A return is made promptly; one made after the limit must say why.
            if (isBefore(returnBy.due, today(meta)) && p.lateReason === undefined) {
              return Either.left(
                invalid("ReturnItem", "lateReason", {
                  zh: `已超过退回时限（${returnBy.due}），须说明逾期原因`,
                  en: `The time limit for a return (${returnBy.due}) has passed; say why`,
                }),
              );
            }
            const { _tag, ...data } = p;
            return Either.right([{ ...data, _tag: "ItemReturned", ...recorded(meta), returnBy }]);
          },
        );
      },
    },
    ConsultFirstRound: {
      schema: ConsultFirstRound,
      label: { zh: "分类、磋商", en: "Classify and consult" },
      at: ["SignedFor"],
      roles: office,
      decide: (p, _state, meta) =>
        Either.map(checkConsultation("ConsultFirstRound", p.units), () => [
          {
            _tag: "FirstRoundConsulted",
            ...recorded(meta),
            category: p.category,
            units: p.units,
            summary: p.summary,
          },
        ]),
    },
    ConsultSecondRound: {
      schema: ConsultSecondRound,
      label: { zh: "第二轮磋商", en: "Second round" },
      at: ["FirstRoundHeld"],
      roles: office,
      decide: (p, _state, meta) =>
        Either.map(checkConsultation("ConsultSecondRound", p.units), () => [
          { _tag: "SecondRoundConsulted", ...recorded(meta), units: p.units, summary: p.summary },
        ]),
    },
    DraftPlan: {
      schema: DraftPlan,
      label: { zh: "拟出办理工作意见", en: "Draft the handling plan" },
      at: ["SecondRoundHeld"],
      roles: office,
      decide: (p, state, meta) => {
        const ids = [p.lead.unitId, ...p.coUnits.map((u) => u.unitId)];
        if (new Set(ids).size !== ids.length) {
          return Either.left(
            invalid("DraftPlan", "coUnits", {
              zh: "同一单位不能重复（主办单位不能同时为协办单位）",
              en: "A unit may be named only once (the lead cannot also co-handle)",
            }),
          );
        }
        // 「根据第二轮磋商结果拟出」: the plan names only units consulted in the second round.
        const consulted = state.secondRound.map((u) => u.unitId);
        if (!ids.every((id) => consulted.includes(id))) {
          return Either.left(
            invalid("DraftPlan", "lead", {
              zh: "办理工作意见只能列第二轮磋商名单中的单位",
              en: "The plan may name only units consulted in the second round",
            }),
          );
        }
        const { _tag, ...data } = p;
        return Either.right([{ ...data, _tag: "PlanDrafted", ...recorded(meta) }]);
      },
    },
    SubmitPlan: {
      schema: SubmitPlan,
      label: { zh: "提请局长办公会审议", en: "Submit to the director's meeting" },
      at: ["PlanDrafted"],
      roles: ["office-director"],
      decide: (p, _state, meta) =>
        Either.right([{ ...p, _tag: "PlanSubmitted", ...recorded(meta) }]),
    },
    RecordMeetingDecision: {
      schema: RecordMeetingDecision,
      label: { zh: "记录局长办公会审议结果", en: "Record the meeting's decision" },
      at: ["PlanSubmitted"],
      roles: office,
      decide: (p, state, meta) => {
        const future = notInFuture("RecordMeetingDecision", "meetingOn", p.meetingOn, meta, {
          zh: "会议日期",
          en: "The meeting date",
        });
        if (Either.isLeft(future)) return Either.left(future.left);
        if (state.planSubmittedOn !== undefined && isBefore(p.meetingOn, state.planSubmittedOn)) {
          return Either.left(
            invalid("RecordMeetingDecision", "meetingOn", {
              zh: "会议日期不能早于提请审议日期",
              en: "The meeting cannot be before the plan was submitted",
            }),
          );
        }
        const { _tag, ...data } = p;
        return Either.right([{ ...data, _tag: "MeetingDecisionRecorded", ...recorded(meta) }]);
      },
    },
    AssignUnits: {
      schema: AssignUnits,
      label: { zh: "交办", en: "Assign" },
      at: ["Approved"],
      roles: office,
      decide: (p, state, meta) => {
        const plan = state.plan;
        if (plan === undefined) return Either.right([]); // unreachable: approved plans exist
        const checked = checkAssignment("AssignUnits", p, meta, undefined);
        if (Either.isLeft(checked)) return Either.left(checked.left);
        // 交办 「将经过局长办公会议审议通过的议提案办理工作意见进行交办」: exactly the plan's units.
        if (
          p.lead.unitId !== plan.lead.unitId ||
          !sameUnits(
            p.coUnits.map((u) => u.unitId),
            plan.coUnits.map((u) => u.unitId),
          )
        ) {
          return Either.left(
            invalid("AssignUnits", "lead", {
              zh: "须按局长办公会审议通过的办理工作意见确定的主办、协办单位交办",
              en: "Assign the lead and co-handling units the approved plan names",
            }),
          );
        }
        const start = today(meta);
        const count = (period: Period) =>
          scheduleOrRefuse("AssignUnits", "dueOn", period, start, config.calendar);
        return Either.flatMap(
          Either.all({
            answer: count(
              plan.complex ? deadlinePresets.proposalAnswerComplex : deadlinePresets.proposalAnswer,
            ),
            ceiling: count(deadlinePresets.proposalAnswerComplex),
            coOpinion: count(deadlinePresets.proposalCoHandlerOpinion),
          }),
          (limits) => {
            if (isBefore(limits.answer.due, p.lead.dueOn)) {
              return Either.left(
                invalid("AssignUnits", "dueOn", {
                  zh: `主办单位答复期限不能晚于 ${limits.answer.due}（${limits.answer.basis}）`,
                  en: `The lead unit's due date cannot be after ${limits.answer.due} (${limits.answer.basis})`,
                }),
              );
            }
            if (p.coUnits.some((co) => isBefore(limits.coOpinion.due, co.dueOn))) {
              return Either.left(
                invalid("AssignUnits", "dueOn", {
                  zh: `协办单位须在 ${limits.coOpinion.due} 前将意见送主办单位（${limits.coOpinion.basis}）`,
                  en: `Co-handling units send their opinion by ${limits.coOpinion.due} (${limits.coOpinion.basis})`,
                }),
              );
            }
            return Either.right([
              unitsAssigned(meta, p, limits.answer.basis),
              { _tag: "TimeLimitsScheduled", ...recorded(meta), ...limits },
            ]);
          },
        );
      },
    },
    AcceptAssignment: acceptAssignmentCommand({ at: ["Assigned"] }),
    RecordCoordination: {
      schema: RecordCoordination,
      label: { zh: "协调", en: "Coordinate" },
      at: handlingStatuses,
      roles: office,
      decide: (p, _state, meta) =>
        Either.right([{ ...p, _tag: "CoordinationRecorded", ...recorded(meta) }]),
    },
    Press: pressCommand({
      at: [...handlingStatuses, "LookingBack"],
      label: { zh: "催办", en: "Press" },
    }),
    SubmitReply: {
      schema: SubmitReply,
      label: { zh: "反馈：提交答复", en: "Submit reply" },
      at: ["Handling"],
      roles: unitRoles,
      who: leadUnitOnly,
      decide: (p, state, meta) => {
        const lead = state.handling.lead;
        if (lead === undefined) return Either.right([]); // unreachable: leadUnitOnly holds
        if (!config.replyClasses.includes(p.replyClass)) {
          return Either.left(
            invalid("SubmitReply", "replyClass", {
              zh: `答复类别须为 ${config.replyClasses.join("、")} 之一`,
              en: `The reply class must be one of ${config.replyClasses.join(", ")}`,
            }),
          );
        }
        // 主办/协办: the lead answers with the co-handling units' opinions in hand.
        const missing = state.handling.coUnits.filter(
          (co) => !state.handling.coOpinions.some((o) => o.unitId === co.unitId),
        );
        if (missing.length > 0) {
          return Either.left(
            invalid("SubmitReply", "coOpinions", {
              zh: `尚未收到协办单位意见：${missing.map((u) => u.unitName).join("、")}`,
              en: `Co-handling opinions missing: ${missing.map((u) => u.unitName).join(", ")}`,
            }),
          );
        }
        return Either.map(needsElectronic("SubmitReply", p.attachments), () => [
          {
            _tag: "ReplySubmitted",
            ...recorded(meta),
            unitId: lead.unitId,
            unitName: lead.unitName,
            replyClass: p.replyClass,
            summary: p.summary,
            attachments: p.attachments.map(firstVersion),
          },
        ]);
      },
    },
    UploadReply: {
      schema: UploadReply,
      label: { zh: "反馈：上传答复", en: "Upload reply" },
      at: ["Replied"],
      roles: office,
      decide: (p, state, meta) => {
        const item = state.item;
        if (item === undefined) return Either.right([]); // unreachable: recorded at 查阅
        if (new Set(p.organs).size !== p.organs.length) {
          return Either.left(
            invalid("UploadReply", "organs", {
              zh: "同一机关只能列一次",
              en: "An organ may be named only once",
            }),
          );
        }
        // The reply must reach the organ the proposer belongs to.
        const organ = proposerOrgan[item.kind];
        if (!p.organs.includes(organ)) {
          return Either.left(
            invalid("UploadReply", "organs", {
              zh: `${item.kind}的答复须上传至${organ}`,
              en: `The reply to a ${item.kind} must be uploaded to the ${organ}`,
            }),
          );
        }
        return Either.map(
          notInFuture("UploadReply", "uploadedOn", p.uploadedOn, meta, {
            zh: "上传日期",
            en: "The upload date",
          }),
          () => {
            const { _tag, ...data } = p;
            return [{ ...data, _tag: "ReplyUploaded" as const, ...recorded(meta) }];
          },
        );
      },
    },
    RecordSatisfaction: {
      schema: RecordSatisfaction,
      label: { zh: "记录满意度", en: "Record satisfaction" },
      at: ["Uploaded"],
      roles: office,
      decide: (p, _state, meta) => {
        const { _tag, ...data } = p;
        const event = [{ ...data, _tag: "SatisfactionRecorded" as const, ...recorded(meta) }];
        if (p.satisfaction !== "不满意") {
          return p.secondAnswerDueOn === undefined
            ? Either.right(event)
            : Either.left(
                invalid("RecordSatisfaction", "secondAnswerDueOn", {
                  zh: "只有「不满意」才需再次答复",
                  en: "Only 不满意 calls for a second answer",
                }),
              );
        }
        // 不满意: the lead unit answers again, by a date the office sets.
        if (p.secondAnswerDueOn === undefined) {
          return Either.left(
            invalid("RecordSatisfaction", "secondAnswerDueOn", {
              zh: "「不满意」须确定再次答复期限",
              en: "不满意 needs a due date for the second answer",
            }),
          );
        }
        return Either.map(
          notInPast("RecordSatisfaction", "secondAnswerDueOn", p.secondAnswerDueOn, meta, {
            zh: "再次答复期限",
            en: "The second answer's due date",
          }),
          () => event,
        );
      },
    },
    CallLookBack: {
      schema: CallLookBack,
      label: { zh: "“回头看”", en: "Call for look-back" },
      at: ["Answered"],
      roles: office,
      decide: (p, _state, meta) => {
        const notice = notInFuture("CallLookBack", "noticeOn", p.noticeOn, meta, {
          zh: "通知日期",
          en: "The notice date",
        });
        if (Either.isLeft(notice)) return Either.left(notice.left);
        const due =
          p.dueOn === undefined
            ? Either.void
            : notInPast("CallLookBack", "dueOn", p.dueOn, meta, {
                zh: "完成时限",
                en: "The due date",
              });
        return Either.map(due, () => {
          const { _tag, ...data } = p;
          return [{ ...data, _tag: "LookBackCalled" as const, ...recorded(meta) }];
        });
      },
    },
    SubmitLookBack: {
      schema: SubmitLookBack,
      label: { zh: "上传“回头看”材料", en: "Submit look-back" },
      at: ["LookingBack"],
      roles: unitRoles,
      who: leadUnitOnly,
      decide: (p, state, meta) => {
        const lead = state.handling.lead;
        if (lead === undefined) return Either.right([]); // unreachable: leadUnitOnly holds
        return Either.map(needsElectronic("SubmitLookBack", p.attachments), () => [
          {
            _tag: "LookBackSubmitted",
            ...recorded(meta),
            unitId: lead.unitId,
            unitName: lead.unitName,
            summary: p.summary,
            attachments: p.attachments.map(firstVersion),
          },
        ]);
      },
    },
    CloseCase: {
      schema: CloseCase,
      label: { zh: "办结", en: "Close" },
      at: ["Answered"],
      roles: ["office-director"],
      decide: (p, _state, meta) => Either.right([{ ...p, _tag: "CaseClosed", ...recorded(meta) }]),
    },
    SendBack: sendBackCommand({
      // 重新鉴别; a lead unit refusing the plan's part goes back to a new plan; a weak reply to
      // the lead unit.
      targets: { Identified: "Found", Assigned: "SecondRoundHeld", Replied: "Handling" },
      roles: [...unitRoles, ...office],
      who: holder,
    }),
    Withdraw: withdrawCommand({ at: ["PlanSubmitted", "Assigned", "Replied", "LookingBack"] }),
    Reassign: reassignCommand({ at: handlingStatuses }),
    SubmitCoOpinion: coOpinionCommand({ at: handlingStatuses }),
    ReportProgress: progressCommand({
      at: [...handlingStatuses, "LookingBack"],
      label: { zh: "反馈", en: "Report progress" },
    }),
    RequestExtension: {
      ...requestExtension,
      decide: (p, state, meta) =>
        // The first answer may be extended up to the 6 个月 ceiling and no further.
        state.answers === 0 &&
        state.limits !== undefined &&
        isBefore(state.limits.ceiling, p.newDueOn)
          ? Either.left(
              invalid("RequestExtension", "newDueOn", {
                zh: `答复期限最迟为 ${state.limits.ceiling}（${extensionPolicy.rule}）`,
                en: `The answer is due by ${state.limits.ceiling} at the latest (${extensionPolicy.rule})`,
              }),
            )
          : requestExtension.decide(p, state, meta),
    },
    ApproveExtension: approveExtensionCommand({ at: ["Handling"], policy: extensionPolicy }),
    RefuseExtension: refuseExtensionCommand({ at: ["Handling"] }),
    // 鉴别确认 「会同相关处室及单位」: the divisions concerned may be asked to countersign.
    RequestCountersign: requestCountersignCommand({ at: ["Found"] }),
    Countersign: countersignCommand({ at: ["Found"] }),
    ReturnCountersign: returnCountersignCommand({ at: ["Found"] }),
    Circulate: circulateCommand({ at: openStatuses }),
    ConfirmRead: confirmReadCommand({ at: openStatuses }),
    RecordDeadlineAlert: deadlineAlertCommand({ at: openStatuses }),
    AddComment: commentCommand({ at: openStatuses }),
    AttachFile: attachCommand({ at: openStatuses }),
    ReplaceAttachment: replaceAttachmentCommand({ at: openStatuses }),
  };
};

/** Back before 交办 (撤回 of it, a lead unit's 退回): the assignment and its limits are undone. */
const unassigned = (state: ProposalState): ProposalState => ({
  ...state,
  handling: clearAssignment(state.handling),
  limits: undefined,
});

/** The case's own facts: status and the data later steps read. */
const apply = (state: ProposalState, event: ProposalEvent): ProposalState => {
  if (isRecordOnlyEvent(event)) return state;
  switch (event._tag) {
    case "ItemRecorded":
      return {
        ...state,
        status: "Found",
        item: {
          proposalNumber: event.proposalNumber,
          kind: event.kind,
          title: event.title,
          proposer: event.proposer,
          publishedOn: event.publishedOn,
        },
        handling: withAttachments(state.handling, event.attachments),
      };
    case "IdentificationConfirmed":
      return {
        ...state,
        status: "Identified",
        identification: { withinDuties: event.withinDuties, divisions: event.divisions },
      };
    case "ItemSignedFor":
      return { ...state, status: "SignedFor" };
    case "ItemReturned":
      return { ...state, status: "Returned" };
    case "FirstRoundConsulted":
      return {
        ...state,
        status: "FirstRoundHeld",
        category: event.category,
        firstRound: event.units,
      };
    case "SecondRoundConsulted":
      return { ...state, status: "SecondRoundHeld", secondRound: event.units };
    case "PlanDrafted":
      return {
        ...state,
        status: "PlanDrafted",
        plan: {
          text: event.plan,
          lead: event.lead,
          coUnits: event.coUnits,
          complex: event.complex,
        },
      };
    case "PlanSubmitted":
      return { ...state, status: "PlanSubmitted", planSubmittedOn: dateOf(event.at) };
    case "MeetingDecisionRecorded":
      // 修改: back to 报批 to redraft the plan — the loop of the 局长办公会's review.
      return { ...state, status: event.decision === "通过" ? "Approved" : "SecondRoundHeld" };
    case "UnitsAssigned":
      return { ...state, status: "Assigned" };
    case "TimeLimitsScheduled":
      return {
        ...state,
        limits: {
          answer: event.answer.due,
          ceiling: event.ceiling.due,
          coOpinion: event.coOpinion.due,
        },
      };
    case "AssignmentAccepted":
      return { ...state, status: "Handling" };
    case "ReplySubmitted":
      return {
        ...state,
        status: "Replied",
        reply: { replyClass: event.replyClass, summary: event.summary },
        handling: withAttachments(state.handling, event.attachments),
      };
    // The answer counts once it reaches the organs (a reply sent back or withdrawn does not).
    case "ReplyUploaded":
      return { ...state, status: "Uploaded", answers: state.answers + 1 };
    case "SatisfactionRecorded": {
      const { lead } = state.handling;
      // 不满意: back to handling for a second answer, due on the day the office set.
      return event.satisfaction === "不满意"
        ? {
            ...state,
            status: "Handling",
            satisfaction: event.satisfaction,
            handling: {
              ...state.handling,
              lead:
                lead === undefined || event.secondAnswerDueOn === undefined
                  ? lead
                  : { ...lead, dueOn: event.secondAnswerDueOn },
            },
          }
        : { ...state, status: "Answered", satisfaction: event.satisfaction };
    }
    case "LookBackCalled":
      return { ...state, status: "LookingBack", lookBackOrgan: event.organ };
    case "LookBackSubmitted":
      return {
        ...state,
        status: "Closed",
        handling: withAttachments(state.handling, event.attachments),
      };
    case "CaseClosed":
      return { ...state, status: "Closed" };
    // A new lead unit must accept the case itself (承办); a person named within it need not.
    case "Reassigned":
      return event.lead && event.toUnitId !== event.fromUnitId
        ? { ...state, status: "Assigned" }
        : state;
    case "SentBack":
    case "Withdrawn": {
      const back = { ...state, status: event.to };
      return event.to === "Approved" || event.to === "SecondRoundHeld" ? unassigned(back) : back;
    }
    case "CoordinationRecorded":
    case "ExtensionGranted":
    case "CountersignReturned":
      return state;
    default:
      return absurd(event);
  }
};

export const evolve = makeEvolve({
  apply,
  handOffOf: (event: ProposalEvent, before: ProposalState): HandOffStep<ProposalStatus> => {
    switch (event._tag) {
      // The hand-offs that may be taken back (撤回) until the receiver acts.
      case "PlanSubmitted":
      case "ReplySubmitted":
        return { kind: "next-step" };
      case "UnitsAssigned":
        return { kind: "unit", unitId: event.lead.unitId };
      case "LookBackCalled":
        return before.handling.lead === undefined
          ? { set: undefined }
          : { kind: "unit", unitId: before.handling.lead.unitId };
      // Recorded with 交办 by the same person: the assignment's hand-off stands.
      case "TimeLimitsScheduled":
        return { set: before.handOff };
      default:
        return undefined;
    }
  },
});

export const makeSpec = (
  config: ProposalConfig,
): ProcessSpec<ProposalCommand, ProposalEvent, ProposalState, ProposalStatus> => ({
  lifecycle,
  table: makeTable(config),
  initialState,
  evolve,
});

/** The process on its default settings (the calendar data the package ships). */
export const { spec, table, decider, availableActions } = onDefaults(
  makeSpec,
  defaultProposalConfig,
);
