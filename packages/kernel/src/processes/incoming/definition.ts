import { classificationMark } from "../../shared/document.js";
import type { FlowDefinition } from "../../shared/flow.js";
import {
  absurd,
  describeAssignmentAccepted,
  describeHandlingEvent,
  describeSentBack,
  describeWithdrawn,
  entry,
  isHandlingEvent,
} from "../../shared/operations/index.js";
import type { HistoryEntry } from "../../shared/process.js";
import type { IncomingEvent } from "./events.js";
import { type IncomingState, type IncomingStatus, statusLabels } from "./state.js";

/** The boxes of the seed's chart 「武汉市科技局办公室：公文收文处理工作流程」, by their own names. */
export type IncomingStep =
  | "register"
  | "propose"
  | "approve"
  | "read"
  | "dispatch"
  | "reply"
  | "file";

export const definition: FlowDefinition<IncomingStep, IncomingStatus> = {
  title: { zh: "公文收文处理", en: "Incoming documents" },
  steps: [
    {
      id: "register",
      kind: "main",
      label: { zh: "收文登记", en: "Register" },
      description: {
        zh: "由局机要室对来文进行登记",
        en: "The confidential office registers the document",
      },
    },
    {
      id: "propose",
      kind: "main",
      label: { zh: "呈报意见", en: "Submission opinion" },
      description: {
        zh: "由办公室主任拟定呈报局领导阅示意见",
        en: "The office director writes the opinion with which it goes to the leaders",
      },
    },
    {
      id: "approve",
      kind: "main",
      label: { zh: "分管领导审批", en: "Approval by the leader in charge" },
      description: {
        zh: "一般性的分工明确业务工作呈分管领导审批",
        en: "Routine business with a clear division of duties",
      },
    },
    {
      id: "read",
      kind: "main",
      label: { zh: "主要领导阅批", en: "Reading by the principal leader" },
      description: {
        zh: "重要会议、重要文件、涉及全局性工作的呈主要领导阅批",
        en: "Important meetings and documents, bureau-wide work",
      },
    },
    {
      id: "dispatch",
      kind: "main",
      label: { zh: "阅办处理", en: "Send to read or handle" },
      description: {
        zh: "根据局领导批阅意见送相关处室单位阅办",
        en: "As the leader's instruction says, to the divisions to read or handle",
      },
    },
    {
      id: "reply",
      kind: "main",
      label: { zh: "办理回复", en: "Handle and reply" },
      description: {
        zh: "由相关单位按制文程序和规定时限办理",
        en: "The units handle it and reply within the time limit",
      },
    },
    {
      id: "file",
      kind: "end",
      label: { zh: "存档备查", en: "Filed for reference" },
      description: {
        zh: "相关处理或文件办毕后退回机要室存档",
        en: "When done, it returns to the confidential office to be filed",
      },
    },
  ],
  transitions: [
    {
      from: "register",
      to: "propose",
      command: "RegisterDocument",
      kind: "main",
      label: { zh: "收文登记", en: "Register" },
    },
    {
      from: "propose",
      to: "approve",
      command: "SubmitToLeader",
      kind: "branch",
      label: { zh: "呈分管领导审批", en: "To the leader in charge" },
    },
    {
      from: "propose",
      to: "read",
      command: "SubmitToLeader",
      kind: "branch",
      label: { zh: "呈主要领导阅批", en: "To the principal leader" },
    },
    {
      from: "approve",
      to: "read",
      command: "PassToLeader",
      kind: "branch",
      label: { zh: "转呈主要领导", en: "Pass to the principal" },
    },
    {
      from: "read",
      to: "approve",
      command: "PassToLeader",
      kind: "branch",
      label: { zh: "转分管领导", en: "Pass to the leader in charge" },
    },
    {
      from: "approve",
      to: "dispatch",
      command: "GiveApproval",
      kind: "main",
      label: { zh: "审批", en: "Approve" },
    },
    {
      from: "read",
      to: "dispatch",
      command: "GiveReadingInstruction",
      kind: "main",
      label: { zh: "阅批", en: "Read and instruct" },
    },
    {
      from: "dispatch",
      to: "reply",
      command: "Dispatch",
      kind: "main",
      label: { zh: "送办", en: "To handle" },
    },
    {
      from: "dispatch",
      to: "file",
      command: "FileDocument",
      kind: "branch",
      label: { zh: "阅毕存档", en: "Read, filed" },
    },
    {
      from: "reply",
      to: "file",
      command: "SubmitReply",
      kind: "main",
      label: { zh: "办理回复", en: "Reply" },
    },
    {
      from: "approve",
      to: "propose",
      command: "SendBack",
      kind: "back",
      label: { zh: "退回", en: "Send back" },
    },
    {
      from: "read",
      to: "propose",
      command: "SendBack",
      kind: "back",
      label: { zh: "退回", en: "Send back" },
    },
    {
      from: "reply",
      to: "dispatch",
      command: "SendBack",
      kind: "back",
      label: { zh: "退回", en: "Send back" },
    },
    {
      from: "file",
      to: "reply",
      command: "SendBack",
      kind: "back",
      label: { zh: "退回", en: "Send back" },
    },
  ],
  stepOfStatus: {
    New: undefined,
    Registered: "propose",
    AwaitingApproval: "approve",
    AwaitingReading: "read",
    Instructed: "dispatch",
    Reading: "dispatch",
    Assigned: "reply",
    Handling: "reply",
    Replied: "file",
    Filed: "file",
  },
};

/** The box to highlight for a case (none before it is registered). */
export const stepOf = (state: IncomingState): IncomingStep | undefined =>
  definition.stepOfStatus[state.status];

/** One timeline line per event: who did what when, with the opinion; 「代」 via onBehalfOf. */
export const describe = (event: IncomingEvent): HistoryEntry => {
  if (isHandlingEvent(event)) return describeHandlingEvent(event);
  switch (event._tag) {
    case "DocumentRegistered": {
      const marks = [
        event.documentKind,
        event.urgency,
        classificationMark(event.classification, event.secrecyYears),
      ]
        .filter((m) => m !== undefined)
        .join("，");
      const sender =
        event.senderNumber === undefined
          ? event.senderOrgan
          : `${event.senderOrgan} ${event.senderNumber}`;
      return entry(
        event,
        { zh: "收文登记", en: "Document registered" },
        {
          details: {
            zh: `${event.number}「${event.title}」（${sender}；${marks}；${event.receivedOn} 收到${event.timeLimit === undefined ? "" : `，时限 ${event.timeLimit}`}）`,
            en: `${event.number} "${event.title}" (${sender}; ${marks}; received ${event.receivedOn}${event.timeLimit === undefined ? "" : `, due ${event.timeLimit}`})`,
          },
        },
      );
    }
    case "SubmittedToLeader":
      return entry(
        event,
        { zh: "呈报意见", en: "Submitted to a leader" },
        {
          opinion: event.opinion.text,
          details: {
            zh: `${event.route}：呈 ${event.leader.name}`,
            en: `${event.route === "主要领导阅批" ? "For reading" : "For approval"}: to ${event.leader.name}`,
          },
        },
      );
    case "PassedToLeader":
      return entry(
        event,
        { zh: "转呈", en: "Passed to another leader" },
        {
          opinion: event.opinion?.text,
          details: {
            zh: `${event.route}：转呈 ${event.leader.name}`,
            en: `${event.route === "主要领导阅批" ? "For reading" : "For approval"}: to ${event.leader.name}`,
          },
        },
      );
    case "ApprovalGiven":
      return entry(
        event,
        { zh: "分管领导审批", en: "Approved (leader in charge)" },
        {
          opinion: event.opinion.text,
          details:
            event.dueOn === undefined
              ? undefined
              : { zh: `时限 ${event.dueOn}`, en: `Due ${event.dueOn}` },
        },
      );
    case "ReadingInstructionGiven":
      return entry(
        event,
        { zh: "主要领导阅批", en: "Read and instructed (principal leader)" },
        {
          opinion: event.opinion.text,
          details:
            event.dueOn === undefined
              ? undefined
              : { zh: `时限 ${event.dueOn}`, en: `Due ${event.dueOn}` },
        },
      );
    case "Dispatched":
      return entry(
        event,
        {
          zh: `阅办处理（${event.kind}）`,
          en: event.kind === "阅件" ? "Sent to read" : "Sent to handle",
        },
        {
          opinion: event.note,
          details:
            event.readers.length === 0
              ? undefined
              : {
                  zh: `送阅：${event.readers.map((r) => r.name).join("、")}`,
                  en: `To read: ${event.readers.map((r) => r.name).join(", ")}`,
                },
        },
      );
    case "AssignmentAccepted":
      return describeAssignmentAccepted(event);
    case "ReplyDocumentStarted":
      return entry(
        event,
        {
          zh: `按制文程序起草回复（${event.unitName}）`,
          en: `Reply document started (${event.unitName})`,
        },
        {
          details: {
            zh: `发文办理 ${event.outgoingCaseId}「${event.title}」`,
            en: `Outgoing case ${event.outgoingCaseId} "${event.title}"`,
          },
        },
      );
    case "ReplySubmitted":
      return entry(
        event,
        { zh: `办理回复（${event.unitName}）`, en: `Replied (${event.unitName})` },
        { opinion: event.summary },
      );
    case "DocumentFiled":
      return entry(
        event,
        { zh: "存档备查", en: "Filed" },
        {
          opinion: event.note,
          details: {
            zh: `移交档案：${event.archive.number}，附件 ${event.archive.attachments.length} 件`,
            en: `To the archive: ${event.archive.number}, ${event.archive.attachments.length} attachment(s)`,
          },
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

export const history = (events: ReadonlyArray<IncomingEvent>): ReadonlyArray<HistoryEntry> =>
  events.map(describe);
