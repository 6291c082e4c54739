import type { FlowDefinition } from "../../shared/flow.js";
import {
  absurd,
  describeAssignmentAccepted,
  describeHandlingEvent,
  describeInstructionGiven,
  describeSentBack,
  describeSubmittedForInstruction,
  describeWithdrawn,
  entry,
  isHandlingEvent,
} from "../../shared/operations/index.js";
import type { HistoryEntry, Label } from "../../shared/process.js";
import type { PetitionChannel } from "./commands.js";
import type { PetitionEvent } from "./events.js";
import { type PetitionState, type PetitionStatus, statusLabels } from "./state.js";

/** The boxes of 「武汉市科技局办公室：来信来访工作流程」, by their own names. */
export type PetitionStep =
  | "register"
  | "propose"
  | "route"
  | "instruct"
  | "assign"
  | "handle"
  | "press"
  | "progress"
  | "feedback"
  | "conclude";

export const channelLabels: { readonly [K in PetitionChannel]: Label } = {
  letter: { zh: "来信", en: "Letter" },
  visit: { zh: "来访", en: "Visit" },
  "mayors-mailbox": { zh: "市长信箱", en: "Mayor's mailbox" },
  online: { zh: "网上信访", en: "Online" },
  phone: { zh: "电话", en: "Phone" },
};

export const definition: FlowDefinition<PetitionStep, PetitionStatus> = {
  title: { zh: "来信来访", en: "Letters and visits" },
  steps: [
    {
      id: "register",
      kind: "main",
      label: { zh: "登记", en: "Register" },
      description: {
        zh: "将上级信访部门（含市长信箱）或群众信访件录入编号",
        en: "Register and number the petition",
      },
    },
    {
      id: "propose",
      kind: "main",
      // The chart labels this box 「领导批示」 but describes the office's proposal.
      label: { zh: "拟办", en: "Propose handling" },
      description: {
        zh: "根据信访件和市长信箱交办的群众来信内容，提出拟办意见，送局办公室主任审核",
        en: "The office proposes handling; the office director reviews it",
      },
    },
    {
      id: "route",
      kind: "main",
      label: { zh: "报批或交办", en: "Submit or assign" },
      description: {
        zh: "重要信访件报局领导批示；一般信访件经局办公室主任审示后即可交办",
        en: "Important: to a leader; general: assigned after the director's review",
      },
    },
    {
      id: "instruct",
      kind: "main",
      label: { zh: "领导批示", en: "Leader's instruction" },
    },
    { id: "assign", kind: "main", label: { zh: "交办", en: "Assign" } },
    { id: "handle", kind: "main", label: { zh: "承办", en: "Handle" } },
    { id: "press", kind: "loop", beside: "handle", label: { zh: "催办", en: "Press" } },
    {
      id: "progress",
      kind: "loop",
      beside: "handle",
      label: { zh: "反馈", en: "Report progress" },
    },
    {
      id: "feedback",
      kind: "main",
      label: { zh: "反馈", en: "Report result" },
      description: {
        zh: "重要信访件由承办单位将办理结果反馈局办公室；市长信箱件只需将办理结果电子版送办公室，由办公室统一回复",
        en: "The unit reports to the office; for the mayor's mailbox the office replies for all",
      },
    },
    { id: "conclude", kind: "end", label: { zh: "办结", en: "Concluded" } },
  ],
  transitions: [
    {
      from: "register",
      to: "propose",
      command: "ProposeHandling",
      kind: "main",
      label: { zh: "拟办", en: "Propose" },
    },
    {
      from: "propose",
      to: "route",
      command: "ReviewProposal",
      kind: "main",
      label: { zh: "主任审核", en: "Review" },
    },
    {
      from: "route",
      to: "instruct",
      command: "SubmitForInstruction",
      kind: "branch",
      label: { zh: "重要：报批", en: "Important: submit" },
    },
    {
      from: "route",
      to: "assign",
      command: "ReviewProposal",
      kind: "branch",
      label: { zh: "一般：交办", en: "General: assign" },
    },
    {
      from: "instruct",
      to: "assign",
      command: "GiveInstruction",
      kind: "main",
      label: { zh: "批示", en: "Instruct" },
    },
    {
      from: "assign",
      to: "handle",
      command: "AssignUnits",
      kind: "main",
      label: { zh: "交办", en: "Assign" },
    },
    {
      from: "handle",
      to: "press",
      command: "Press",
      kind: "branch",
      label: { zh: "催办", en: "Press" },
    },
    {
      from: "handle",
      to: "progress",
      command: "ReportProgress",
      kind: "branch",
      label: { zh: "反馈", en: "Progress" },
    },
    {
      from: "handle",
      to: "feedback",
      command: "ReportResult",
      kind: "main",
      label: { zh: "反馈", en: "Report" },
    },
    {
      from: "feedback",
      to: "conclude",
      command: "ConcludePetition",
      kind: "main",
      label: { zh: "答复", en: "Answer" },
    },
    {
      from: "feedback",
      to: "conclude",
      command: "ReplyToMailbox",
      kind: "branch",
      label: { zh: "统一回复", en: "Mailbox reply" },
    },
    {
      from: "route",
      to: "propose",
      command: "SendBack",
      kind: "back",
      label: { zh: "退回", en: "Send back" },
    },
    {
      from: "handle",
      to: "assign",
      command: "SendBack",
      kind: "back",
      label: { zh: "退回", en: "Send back" },
    },
  ],
  stepOfStatus: {
    New: undefined,
    Registered: "propose",
    Proposed: "route",
    ToSubmit: "route",
    Submitted: "instruct",
    ToAssign: "assign",
    Assigned: "handle",
    Handling: "handle",
    Reported: "feedback",
    Concluded: "conclude",
  },
};

export const stepOf = (state: PetitionState): PetitionStep | undefined =>
  definition.stepOfStatus[state.status];

/**
 * One timeline line per event. The petitioner's personal data is never written into the
 * timeline: it stays in its marked field of the registration event.
 */
export const describe = (event: PetitionEvent): HistoryEntry => {
  if (isHandlingEvent(event)) return describeHandlingEvent(event);
  switch (event._tag) {
    case "PetitionRegistered":
      return entry(
        event,
        { zh: "登记", en: "Registered" },
        {
          details: {
            zh: `${event.number}（${channelLabels[event.channel].zh}，${event.receivedOn} 收到）：${event.subject}`,
            en: `${event.number} (${channelLabels[event.channel].en}, received ${event.receivedOn}): ${event.subject}`,
          },
        },
      );
    case "HandlingProposed":
      return entry(event, { zh: "拟办", en: "Handling proposed" }, { opinion: event.opinion.text });
    case "ProposalReviewed":
      return entry(
        event,
        {
          zh: `主任审核（${event.importance}）`,
          en: `Reviewed (${event.importance === "重要" ? "important" : "general"})`,
        },
        {
          opinion: event.opinion.text,
          details: {
            zh: `受理日期 ${event.acceptedOn}，${event.deadline.due} 前办结（${event.deadline.basis}）${event.lateReason === undefined ? "" : `；逾期受理：${event.lateReason}`}`,
            en: `Accepted ${event.acceptedOn}; due ${event.deadline.due} (${event.deadline.basis})${event.lateReason === undefined ? "" : `; accepted late: ${event.lateReason}`}`,
          },
        },
      );
    case "SubmittedForInstruction":
      return describeSubmittedForInstruction(event);
    case "InstructionGiven":
      return describeInstructionGiven(event);
    case "AssignmentAccepted":
      return describeAssignmentAccepted(event);
    case "ResultReported":
      return entry(
        event,
        { zh: `反馈（${event.unitName}）`, en: `Result reported (${event.unitName})` },
        { opinion: event.result },
      );
    case "PetitionConcluded":
      return entry(
        event,
        { zh: "答复办结", en: "Answered and concluded" },
        {
          opinion: event.answer,
          details: { zh: `${event.answeredOn} 答复`, en: `Answered ${event.answeredOn}` },
        },
      );
    case "MailboxReplied":
      return entry(
        event,
        { zh: "市长信箱统一回复", en: "Replied to the mayor's mailbox" },
        {
          opinion: event.reply,
          details: { zh: `${event.repliedOn} 回复`, en: `Replied ${event.repliedOn}` },
        },
      );
    case "SentBack":
      return describeSentBack(event, statusLabels);
    case "Withdrawn":
      return describeWithdrawn(event, statusLabels);
    default:
      return absurd(event);
  }
};

export const history = (events: ReadonlyArray<PetitionEvent>): ReadonlyArray<HistoryEntry> =>
  events.map(describe);
