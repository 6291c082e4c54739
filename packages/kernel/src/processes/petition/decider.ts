import { Either } from "effect";
import { hasRole } from "../../shared/actor.js";
import { firstVersion } from "../../shared/attachment.js";
import {
  type CommandTable,
  onDefaults,
  type ProcessSpec,
  type WhoRule,
} from "../../shared/command-table.js";
import { deadlinePresets, describePeriod } from "../../shared/deadline.js";
import {
  absurd,
  acceptAssignmentCommand,
  approveExtensionCommand,
  attachCommand,
  checkAssignment,
  checkRegisterNumber,
  circulateCommand,
  clearAssignment,
  commentCommand,
  confirmReadCommand,
  coOpinionCommand,
  dateOf,
  deadlineAlertCommand,
  type ExtensionPolicy,
  giveInstructionCommand,
  type HandOffStep,
  isBefore,
  isLeadHandler,
  isRecordOnlyEvent,
  leadUnitOnly,
  makeEvolve,
  notInFuture,
  pressCommand,
  progressCommand,
  reassignCommand,
  recorded,
  refuseExtensionCommand,
  replaceAttachmentCommand,
  requestExtensionCommand,
  scheduleOrRefuse,
  sendBackCommand,
  submitForInstructionCommand,
  unitsAssigned,
  withAttachments,
  withdrawCommand,
} from "../../shared/operations/index.js";
import { opinionFrom } from "../../shared/opinion.js";
import { defaultProcessConfig, type ProcessConfig } from "../../shared/process-config.js";
import { invalid } from "../../shared/refusals.js";
import {
  AssignUnits,
  ConcludePetition,
  type PetitionCommand,
  ProposeHandling,
  RegisterPetition,
  ReplyToMailbox,
  ReportResult,
  ReviewProposal,
} from "./commands.js";
import type { PetitionEvent } from "./events.js";
import {
  handlingStatuses,
  initialState,
  isMailbox,
  lifecycle,
  openStatuses,
  type PetitionState,
  type PetitionStatus,
} from "./state.js";

type Table = CommandTable<PetitionCommand, PetitionState, PetitionEvent, PetitionStatus>;

/**
 * What an administrator may set for 来信来访: the shared settings — the 15 日 notice and the 60 日
 * of 信访工作条例 arts. 25 and 35 are counted on its calendar.
 */
export type PetitionConfig = ProcessConfig;
export const defaultPetitionConfig: PetitionConfig = defaultProcessConfig;

const office = ["office-clerk", "office-director"] as const;
const leaders = ["leader-in-charge", "principal-leader"] as const;
const unitRoles = ["division-handler", "division-head"] as const;

/** 信访工作条例 art. 35: 60 日 from acceptance; once extendable by up to 30 日. */
const finish = deadlinePresets.petitionFinish;
/** 信访工作条例 art. 25: accepted or not, the petitioner is told within 15 日 of receipt. */
const acceptanceNotice = deadlinePresets.petitionAcceptanceNotice;
const extensionPolicy: ExtensionPolicy = {
  maxCount: 1,
  maxDays: deadlinePresets.petitionExtension.amount,
  // The extension is approved by the head of the bureau and its reason noticed to the petitioner.
  noticeRequired: true,
  rule: deadlinePresets.petitionExtension.basis,
};

/** Who holds the case at each status from which it may be sent back (退回). */
const holder: WhoRule<PetitionState> = {
  test: (state, actor) => {
    switch (state.status) {
      case "Proposed":
        return hasRole(actor, "office-director");
      case "Submitted":
        return state.submittedTo?.userId === actor.userId;
      case "Assigned":
        return isLeadHandler(state.handling, actor);
      case "Reported":
        return hasRole(actor, ...office);
      default:
        return false;
    }
  },
  why: { zh: "只有当前办理人可以退回", en: "Only the one holding the case may send it back" },
};

export const makeTable = (config: PetitionConfig): Table => ({
  RegisterPetition: {
    schema: RegisterPetition,
    label: { zh: "登记", en: "Register petition" },
    at: ["New"],
    roles: ["office-clerk"],
    decide: (p, _state, meta) =>
      Either.gen(function* () {
        yield* checkRegisterNumber("RegisterPetition", "number", p.number, "信", meta);
        yield* notInFuture("RegisterPetition", "receivedOn", p.receivedOn, meta, {
          zh: "收信（来访）日期",
          en: "The day received",
        });
        const { _tag, attachments, ...data } = p;
        return [
          {
            ...data,
            _tag: "PetitionRegistered" as const,
            ...recorded(meta),
            attachments: attachments.map(firstVersion),
          },
        ];
      }),
  },
  ProposeHandling: {
    schema: ProposeHandling,
    label: { zh: "拟办", en: "Propose handling" },
    at: ["Registered"],
    roles: ["office-clerk"],
    decide: (p, _state, meta) =>
      Either.map(
        opinionFrom(
          meta,
          { kind: "拟办意见", text: p.opinion, role: "office-clerk" },
          "ProposeHandling",
        ),
        (opinion) => [{ _tag: "HandlingProposed", ...recorded(meta), opinion }],
      ),
  },
  ReviewProposal: {
    schema: ReviewProposal,
    label: { zh: "主任审核", en: "Review proposal" },
    at: ["Proposed"],
    roles: ["office-director"],
    decide: (p, state, meta) =>
      Either.gen(function* () {
        const opinion = yield* opinionFrom(
          meta,
          { kind: "审核意见", text: p.opinion, role: "office-director" },
          "ReviewProposal",
        );
        const acceptedOn = dateOf(meta.at);
        // 信访工作条例 art. 25: the petitioner is told within 15 日 of receipt whether the matter
        // is accepted; the acceptance is this review, so one made later must say why.
        const noticeDeadline =
          state.item === undefined
            ? undefined
            : yield* scheduleOrRefuse(
                "ReviewProposal",
                "deadline",
                acceptanceNotice,
                state.item.receivedOn,
                config.calendar,
              );
        if (
          noticeDeadline !== undefined &&
          isBefore(noticeDeadline.due, acceptedOn) &&
          p.lateReason === undefined
        ) {
          return yield* Either.left(
            invalid("ReviewProposal", "lateReason", {
              zh: `已超过受理告知期限（${noticeDeadline.due}），须说明逾期原因`,
              en: `The notice period for acceptance (${noticeDeadline.due}) has passed; say why`,
            }),
          );
        }
        // The due date is fixed now, on the calendar data of the day, and recorded with it.
        const deadline = yield* scheduleOrRefuse(
          "ReviewProposal",
          "deadline",
          finish,
          acceptedOn,
          config.calendar,
        );
        return [
          {
            _tag: "ProposalReviewed" as const,
            ...recorded(meta),
            importance: p.importance,
            opinion,
            acceptedOn,
            deadline,
            ...(noticeDeadline === undefined ? {} : { noticeDeadline }),
            ...(p.lateReason === undefined ? {} : { lateReason: p.lateReason }),
          },
        ];
      }),
  },
  SubmitForInstruction: submitForInstructionCommand({ at: ["ToSubmit"] }),
  GiveInstruction: giveInstructionCommand({
    at: ["Submitted"],
    leaderOf: (state) => state.submittedTo?.userId,
    limitOf: (state) => state.dueOn,
  }),
  AssignUnits: {
    schema: AssignUnits,
    label: { zh: "交办", en: "Assign" },
    at: ["ToAssign"],
    roles: ["office-clerk"],
    decide: (p, state, meta) =>
      Either.map(checkAssignment("AssignUnits", p, meta, state.dueOn), () => [
        unitsAssigned(meta, p, `信访：自受理之日起${describePeriod(finish).zh}内办结`),
      ]),
  },
  AcceptAssignment: acceptAssignmentCommand({ at: ["Assigned"] }),
  Press: pressCommand({ at: handlingStatuses, label: { zh: "催办", en: "Press" } }),
  ReportResult: {
    schema: ReportResult,
    label: { zh: "反馈", en: "Report result" },
    at: ["Handling"],
    roles: unitRoles,
    who: leadUnitOnly,
    decide: (p, state, meta) => {
      // 市长信箱: "只需将办理结果电子版送办公室" — the electronic result, and only that.
      if (
        isMailbox(state) &&
        (p.attachments.length === 0 || p.attachments.some((a) => a.medium !== "electronic"))
      ) {
        return Either.left(
          invalid("ReportResult", "attachments", {
            zh: "市长信箱件须送办理结果电子版",
            en: "A mailbox item's result is sent as an electronic copy",
          }),
        );
      }
      return Either.right(
        [state.handling.lead].flatMap((lead) =>
          lead === undefined
            ? []
            : [
                {
                  _tag: "ResultReported" as const,
                  ...recorded(meta),
                  unitId: lead.unitId,
                  unitName: lead.unitName,
                  result: p.result,
                  attachments: p.attachments.map(firstVersion),
                },
              ],
        ),
      );
    },
  },
  ConcludePetition: {
    schema: ConcludePetition,
    label: { zh: "答复办结", en: "Answer and conclude" },
    at: ["Reported"],
    roles: office,
    when: (state) => !isMailbox(state),
    decide: (p, _state, meta) =>
      Either.map(
        notInFuture("ConcludePetition", "answeredOn", p.answeredOn, meta, {
          zh: "答复日期",
          en: "The answer",
        }),
        () => [
          {
            _tag: "PetitionConcluded",
            ...recorded(meta),
            answer: p.answer,
            answeredOn: p.answeredOn,
          },
        ],
      ),
  },
  ReplyToMailbox: {
    schema: ReplyToMailbox,
    label: { zh: "市长信箱统一回复", en: "Reply to the mayor's mailbox" },
    at: ["Reported"],
    roles: office,
    when: isMailbox,
    decide: (p, _state, meta) =>
      Either.map(
        notInFuture("ReplyToMailbox", "repliedOn", p.repliedOn, meta, {
          zh: "回复日期",
          en: "The reply",
        }),
        () => [
          { _tag: "MailboxReplied", ...recorded(meta), reply: p.reply, repliedOn: p.repliedOn },
        ],
      ),
  },
  SendBack: sendBackCommand({
    targets: {
      Proposed: "Registered",
      Submitted: "Proposed",
      Assigned: "ToAssign",
      Reported: "Handling",
    },
    roles: [...leaders, ...unitRoles, ...office],
    who: holder,
  }),
  Withdraw: withdrawCommand({ at: ["Submitted", "Assigned", "Reported"] }),
  Reassign: reassignCommand({ at: handlingStatuses }),
  SubmitCoOpinion: coOpinionCommand({ at: handlingStatuses }),
  ReportProgress: progressCommand({ at: handlingStatuses }),
  RequestExtension: requestExtensionCommand({ at: ["Handling"], policy: extensionPolicy }),
  ApproveExtension: approveExtensionCommand({
    at: ["Handling"],
    roles: leaders,
    policy: extensionPolicy,
  }),
  RefuseExtension: refuseExtensionCommand({ at: ["Handling"], roles: leaders }),
  Circulate: circulateCommand({ at: openStatuses }),
  ConfirmRead: confirmReadCommand({ at: openStatuses }),
  RecordDeadlineAlert: deadlineAlertCommand({ at: openStatuses }),
  AddComment: commentCommand({ at: openStatuses }),
  AttachFile: attachCommand({ at: openStatuses }),
  ReplaceAttachment: replaceAttachmentCommand({ at: openStatuses }),
});

const apply = (state: PetitionState, event: PetitionEvent): PetitionState => {
  if (isRecordOnlyEvent(event)) return state;
  switch (event._tag) {
    case "PetitionRegistered":
      return {
        ...state,
        status: "Registered",
        item: {
          number: event.number,
          channel: event.channel,
          subject: event.subject,
          receivedOn: event.receivedOn,
          petitioner: event.petitioner,
        },
        handling: withAttachments(state.handling, event.attachments),
      };
    case "HandlingProposed":
      return { ...state, status: "Proposed", proposal: event.opinion };
    // 重要 goes to a leader first; 一般 is assigned straight after the director's review.
    case "ProposalReviewed":
      return {
        ...state,
        status: event.importance === "重要" ? "ToSubmit" : "ToAssign",
        importance: event.importance,
        deadline: event.deadline,
        dueOn: event.deadline.due,
      };
    case "SubmittedForInstruction":
      return { ...state, status: "Submitted", submittedTo: event.leader };
    case "InstructionGiven":
      return {
        ...state,
        status: "ToAssign",
        instruction: event.instruction,
        dueOn: event.dueOn ?? state.dueOn,
      };
    case "UnitsAssigned":
      return { ...state, status: "Assigned" };
    case "AssignmentAccepted":
      return { ...state, status: "Handling" };
    case "ResultReported":
      return {
        ...state,
        status: "Reported",
        result: event.result,
        handling: withAttachments(state.handling, event.attachments),
      };
    case "PetitionConcluded":
    case "MailboxReplied":
      return { ...state, status: "Concluded" };
    // The approved extension moves the case's due date too (it was the lead unit's limit).
    // 信访工作条例 art. 35: the extension lengthens the case's 60 日; a lead unit's own date
    // that ran earlier never shortens it, should the case be assigned again.
    case "ExtensionGranted":
      return {
        ...state,
        dueOn:
          state.dueOn === undefined || isBefore(state.dueOn, event.newDueOn)
            ? event.newDueOn
            : state.dueOn,
      };
    case "Reassigned":
      return event.lead && event.toUnitId !== event.fromUnitId
        ? { ...state, status: "Assigned" }
        : state;
    case "SentBack":
    case "Withdrawn":
      return {
        ...state,
        status: event.to,
        handling: event.to === "ToAssign" ? clearAssignment(state.handling) : state.handling,
      };
    case "CountersignReturned":
      return state;
    default:
      return absurd(event);
  }
};

export const evolve = makeEvolve({
  apply,
  handOffOf: (event: PetitionEvent): HandOffStep<PetitionStatus> => {
    switch (event._tag) {
      case "SubmittedForInstruction":
        return { kind: "person", userId: event.leader.userId };
      case "UnitsAssigned":
        return { kind: "unit", unitId: event.lead.unitId };
      case "ResultReported":
        return { kind: "next-step" };
      default:
        return undefined;
    }
  },
});

export const makeSpec = (
  config: PetitionConfig,
): ProcessSpec<PetitionCommand, PetitionEvent, PetitionState, PetitionStatus> => ({
  lifecycle,
  table: makeTable(config),
  initialState,
  evolve,
});

/** The process on its default settings (the calendar data the package ships). */
export const { spec, table, decider, availableActions } = onDefaults(
  makeSpec,
  defaultPetitionConfig,
);
