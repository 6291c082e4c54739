import { Either } from "effect";
import { hasRole } from "../../shared/actor.js";
import { firstVersion } from "../../shared/attachment.js";
import {
  type CommandTable,
  onDefaults,
  type ProcessSpec,
  type WhoRule,
} from "../../shared/command-table.js";
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
  FileCase,
  ProposeHandling,
  RecordCoordination,
  RecordInstruction,
  RegisterItem,
  SubmitFeedback,
  type SupervisionCommand,
} from "./commands.js";
import type { SupervisionEvent } from "./events.js";
import {
  handlingStatuses,
  initialState,
  lifecycle,
  openStatuses,
  type SupervisionState,
  type SupervisionStatus,
} from "./state.js";

type Table = CommandTable<
  SupervisionCommand,
  SupervisionState,
  SupervisionEvent,
  SupervisionStatus
>;

/**
 * What an administrator may set for 政务督查: the shared settings only — its due dates are the
 * ones the superior or the leader's instruction sets, not counted periods.
 */
export type SupervisionConfig = ProcessConfig;
export const defaultSupervisionConfig: SupervisionConfig = defaultProcessConfig;

const office = ["office-clerk", "office-director"] as const;
const unitRoles = ["division-handler", "division-head"] as const;

/** 督办: the due date is the superior's or the instruction's; an extension needs their consent. */
const dueDateRule = "督办：办理期限以上级督办部门或局领导批示确定的时限为准";
const extensionPolicy: ExtensionPolicy = {
  rule: "督办：延期须经上级督办部门同意，由局办公室主任登记",
};

/** Who holds the case at each status from which it may be sent back (退回). */
const holder: WhoRule<SupervisionState> = {
  test: (state, actor) => {
    switch (state.status) {
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

// No rule of this process counts a period: the config is taken for the one shape of all seven.
export const makeTable = (_config: SupervisionConfig): Table => ({
  RegisterItem: {
    schema: RegisterItem,
    label: { zh: "拟办：登记督办件", en: "Register supervision item" },
    at: ["New"],
    roles: ["office-clerk"],
    decide: (p, _state, meta) => {
      const number = checkRegisterNumber("RegisterItem", "number", p.number, "督", meta);
      if (Either.isLeft(number)) return Either.left(number.left);
      const received = notInFuture("RegisterItem", "receivedOn", p.receivedOn, meta, {
        zh: "收到日期",
        en: "The day received",
      });
      if (Either.isLeft(received)) return Either.left(received.left);
      if (p.timeLimit !== undefined && isBefore(p.timeLimit, p.receivedOn)) {
        return Either.left(
          invalid("RegisterItem", "timeLimit", {
            zh: "上级规定时限不能早于收到日期",
            en: "The time limit cannot be before the day received",
          }),
        );
      }
      const { _tag, attachments, ...data } = p;
      return Either.right([
        {
          ...data,
          _tag: "ItemRegistered",
          ...recorded(meta),
          attachments: attachments.map(firstVersion),
        },
      ]);
    },
  },
  ProposeHandling: {
    schema: ProposeHandling,
    label: { zh: "拟办意见", en: "Propose handling" },
    at: ["Registered"],
    roles: ["office-director"],
    decide: (p, _state, meta) =>
      Either.map(
        opinionFrom(
          meta,
          { kind: "拟办意见", text: p.opinion, role: "office-director" },
          "ProposeHandling",
        ),
        (opinion) => [{ _tag: "HandlingProposed", ...recorded(meta), opinion }],
      ),
  },
  SubmitForInstruction: submitForInstructionCommand({ at: ["Proposed"] }),
  GiveInstruction: giveInstructionCommand({
    at: ["Submitted"],
    leaderOf: (state) => state.submittedTo?.userId,
    limitOf: (state) => state.timeLimit,
  }),
  RecordInstruction: {
    schema: RecordInstruction,
    label: { zh: "登记", en: "Record instruction" },
    at: ["Instructed"],
    roles: ["office-clerk"],
    decide: (p, _state, meta) =>
      Either.right([{ ...p, _tag: "InstructionRecorded", ...recorded(meta) }]),
  },
  AssignUnits: {
    schema: AssignUnits,
    label: { zh: "交办", en: "Assign" },
    at: ["Recorded"],
    roles: ["office-clerk"],
    decide: (p, state, meta) =>
      Either.map(checkAssignment("AssignUnits", p, meta, state.timeLimit), () => [
        unitsAssigned(meta, p, dueDateRule),
      ]),
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
  Press: pressCommand({ at: handlingStatuses, label: { zh: "催办或督办", en: "Press" } }),
  SubmitFeedback: {
    schema: SubmitFeedback,
    label: { zh: "反馈", en: "Report result" },
    at: ["Handling"],
    roles: unitRoles,
    who: leadUnitOnly,
    decide: (p, state, meta) => {
      // 反馈: "纸质文件和电子版送局办公室存查并归档" — both copies are required.
      const media = new Set(p.attachments.map((a) => a.medium));
      if (!media.has("paper") || !media.has("electronic")) {
        return Either.left(
          invalid("SubmitFeedback", "attachments", {
            zh: "须同时提交纸质文件和电子版",
            en: "Both the paper and the electronic copy are required",
          }),
        );
      }
      const sent = notInFuture(
        "SubmitFeedback",
        "reportedToSuperiorOn",
        p.reportedToSuperiorOn,
        meta,
        {
          zh: "报送上级日期",
          en: "The day reported to the superior",
        },
      );
      if (Either.isLeft(sent)) return Either.left(sent.left);
      const lead = state.handling.lead;
      return Either.right(
        lead === undefined
          ? []
          : [
              {
                _tag: "FeedbackSubmitted",
                ...recorded(meta),
                unitId: lead.unitId,
                unitName: lead.unitName,
                summary: p.summary,
                reportedToSuperiorOn: p.reportedToSuperiorOn,
                attachments: p.attachments.map(firstVersion),
              },
            ],
      );
    },
  },
  FileCase: {
    schema: FileCase,
    label: { zh: "存查并归档", en: "File" },
    at: ["Reported"],
    roles: ["office-clerk"],
    decide: (p, state, meta) =>
      Either.right(
        state.item === undefined
          ? []
          : [
              {
                ...p,
                _tag: "CaseFiled",
                ...recorded(meta),
                archive: {
                  process: "supervision",
                  category: "WS",
                  title: state.item.title,
                  number: state.item.number,
                  source: state.item.sourceOrgan,
                  date: dateOf(meta.at),
                  attachments: state.handling.attachments,
                },
              },
            ],
      ),
  },
  SendBack: sendBackCommand({
    targets: { Submitted: "Registered", Assigned: "Recorded", Reported: "Handling" },
    roles: ["leader-in-charge", "principal-leader", ...unitRoles, ...office],
    who: holder,
  }),
  Withdraw: withdrawCommand({ at: ["Submitted", "Assigned", "Reported"] }),
  Reassign: reassignCommand({ at: handlingStatuses }),
  SubmitCoOpinion: coOpinionCommand({ at: handlingStatuses }),
  ReportProgress: progressCommand({ at: handlingStatuses }),
  RequestExtension: requestExtensionCommand({ at: ["Handling"], policy: extensionPolicy }),
  ApproveExtension: approveExtensionCommand({ at: ["Handling"], policy: extensionPolicy }),
  RefuseExtension: refuseExtensionCommand({ at: ["Handling"] }),
  Circulate: circulateCommand({ at: openStatuses }),
  ConfirmRead: confirmReadCommand({ at: openStatuses }),
  RecordDeadlineAlert: deadlineAlertCommand({ at: openStatuses }),
  AddComment: commentCommand({ at: openStatuses }),
  AttachFile: attachCommand({ at: openStatuses }),
  ReplaceAttachment: replaceAttachmentCommand({ at: openStatuses }),
});

/** The case's own facts: status and the data later steps read. */
const apply = (state: SupervisionState, event: SupervisionEvent): SupervisionState => {
  if (isRecordOnlyEvent(event)) return state;
  switch (event._tag) {
    case "ItemRegistered":
      return {
        ...state,
        status: "Registered",
        item: {
          number: event.number,
          superiorNumber: event.superiorNumber,
          kind: event.kind,
          sourceOrgan: event.sourceOrgan,
          title: event.title,
          content: event.content,
          receivedOn: event.receivedOn,
        },
        timeLimit: event.timeLimit,
        handling: withAttachments(state.handling, event.attachments),
      };
    case "HandlingProposed":
      return { ...state, status: "Proposed", proposal: event.opinion };
    case "SubmittedForInstruction":
      return { ...state, status: "Submitted", submittedTo: event.leader };
    case "InstructionGiven":
      return {
        ...state,
        status: "Instructed",
        instruction: event.instruction,
        timeLimit: event.dueOn ?? state.timeLimit,
      };
    case "InstructionRecorded":
      return { ...state, status: "Recorded" };
    case "UnitsAssigned":
      return { ...state, status: "Assigned" };
    case "AssignmentAccepted":
      return { ...state, status: "Handling" };
    case "FeedbackSubmitted":
      return {
        ...state,
        status: "Reported",
        feedbackSummary: event.summary,
        handling: withAttachments(state.handling, event.attachments),
      };
    case "CaseFiled":
      return { ...state, status: "Filed" };
    // A new lead unit must accept the case itself (承办); a person named within it need not.
    case "Reassigned":
      return event.lead && event.toUnitId !== event.fromUnitId
        ? { ...state, status: "Assigned" }
        : state;
    case "SentBack":
    case "Withdrawn":
      return {
        ...state,
        status: event.to,
        // Back before 交办: the assignment is undone, a new one will be made.
        handling: event.to === "Recorded" ? clearAssignment(state.handling) : state.handling,
      };
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
  handOffOf: (event: SupervisionEvent): HandOffStep<SupervisionStatus> => {
    switch (event._tag) {
      // The hand-offs that may be taken back (撤回) until the receiver acts.
      case "SubmittedForInstruction":
        return { kind: "person", userId: event.leader.userId };
      case "UnitsAssigned":
        return { kind: "unit", unitId: event.lead.unitId };
      case "FeedbackSubmitted":
        return { kind: "next-step" };
      default:
        return undefined;
    }
  },
});

export const makeSpec = (
  config: SupervisionConfig,
): ProcessSpec<SupervisionCommand, SupervisionEvent, SupervisionState, SupervisionStatus> => ({
  lifecycle,
  table: makeTable(config),
  initialState,
  evolve,
});

/** The process on its default settings (the calendar data the package ships). */
export const { spec, table, decider, availableActions } = onDefaults(
  makeSpec,
  defaultSupervisionConfig,
);
