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
import type { HistoryEntry } from "../../shared/process.js";
import type { SupervisionEvent } from "./events.js";
import { type SupervisionState, type SupervisionStatus, statusLabels } from "./state.js";

/** The boxes of the seed's chart 「武汉市科技局办公室：政务督查工作流程」, by their own names. */
export type SupervisionStep =
  | "propose"
  | "submit"
  | "instruct"
  | "record"
  | "assign"
  | "handle"
  | "coordinate"
  | "press"
  | "feedback"
  | "file";

export const definition: FlowDefinition<SupervisionStep, SupervisionStatus> = {
  title: { zh: "政务督查", en: "Supervision of assigned tasks" },
  steps: [
    {
      id: "propose",
      kind: "main",
      label: { zh: "拟办", en: "Propose handling" },
      description: {
        zh: "由局办公室将上级的督办件或督办电话记录等录入编号；送局办公室主任提出拟办意见",
        en: "The office registers and numbers the item; the office director proposes handling",
      },
    },
    {
      id: "submit",
      kind: "main",
      label: { zh: "报批", en: "Submit for instruction" },
      description: { zh: "按拟办意见报送局领导批示", en: "Submitted to a bureau leader" },
    },
    {
      id: "instruct",
      kind: "main",
      label: { zh: "领导批示", en: "Leader's instruction" },
      description: { zh: "局领导作出批示", en: "The bureau leader instructs" },
    },
    {
      id: "record",
      kind: "main",
      label: { zh: "登记", en: "Record instruction" },
      description: { zh: "局办公室将局领导批示进行登记", en: "The office records the instruction" },
    },
    {
      id: "assign",
      kind: "main",
      label: { zh: "交办", en: "Assign" },
      description: {
        zh: "局办公室按照局领导指示内容，交局机关相应处室或单位办理",
        en: "The office assigns it to the divisions or units",
      },
    },
    {
      id: "handle",
      kind: "main",
      label: { zh: "承办", en: "Handle" },
      description: {
        zh: "局机关相应处室或单位根据局领导批示内容进行承办",
        en: "The units handle it as instructed",
      },
    },
    {
      id: "coordinate",
      kind: "loop",
      beside: "handle",
      label: { zh: "协调", en: "Coordinate" },
      description: {
        zh: "由局办公室根据承办处室或单位办理过程中反馈的有关情况进行协调",
        en: "The office coordinates on what the units report",
      },
    },
    {
      id: "press",
      kind: "loop",
      beside: "handle",
      label: { zh: "催办或督办", en: "Press or supervise" },
      description: {
        zh: "由局办公室根据上级督办工作催办通知进行催办或督办",
        en: "The office presses the units, also on the superior's notice",
      },
    },
    {
      id: "feedback",
      kind: "main",
      label: { zh: "反馈", en: "Report result" },
      description: {
        zh: "由承办处室或单位将督办事项完成情况形成书面材料，报送上级督办部门",
        en: "The lead unit reports the result in writing to the superior",
      },
    },
    {
      id: "file",
      kind: "end",
      label: { zh: "存查并归档", en: "Kept and filed" },
      description: {
        zh: "纸质文件和电子版送局办公室存查并归档",
        en: "Paper and electronic copies are kept and filed by the office",
      },
    },
  ],
  transitions: [
    {
      from: "propose",
      to: "submit",
      command: "ProposeHandling",
      kind: "main",
      label: { zh: "拟办意见", en: "Proposed" },
    },
    {
      from: "submit",
      to: "instruct",
      command: "SubmitForInstruction",
      kind: "main",
      label: { zh: "报批", en: "Submit" },
    },
    {
      from: "instruct",
      to: "record",
      command: "GiveInstruction",
      kind: "main",
      label: { zh: "批示", en: "Instruct" },
    },
    {
      from: "record",
      to: "assign",
      command: "RecordInstruction",
      kind: "main",
      label: { zh: "登记", en: "Record" },
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
      to: "coordinate",
      command: "RecordCoordination",
      kind: "branch",
      label: { zh: "协调", en: "Coordinate" },
    },
    {
      from: "handle",
      to: "press",
      command: "Press",
      kind: "branch",
      label: { zh: "催办或督办", en: "Press" },
    },
    {
      from: "handle",
      to: "feedback",
      command: "SubmitFeedback",
      kind: "main",
      label: { zh: "反馈", en: "Report" },
    },
    {
      from: "feedback",
      to: "file",
      command: "FileCase",
      kind: "main",
      label: { zh: "存查并归档", en: "File" },
    },
    {
      from: "instruct",
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
    {
      from: "file",
      to: "handle",
      command: "SendBack",
      kind: "back",
      label: { zh: "退回", en: "Send back" },
    },
  ],
  stepOfStatus: {
    New: undefined,
    Registered: "propose",
    Proposed: "submit",
    Submitted: "instruct",
    Instructed: "record",
    Recorded: "assign",
    Assigned: "handle",
    Handling: "handle",
    Reported: "file",
    Filed: "file",
  },
};

/** The box to highlight for a case (none before it is registered). */
export const stepOf = (state: SupervisionState): SupervisionStep | undefined =>
  definition.stepOfStatus[state.status];

/** One timeline line per event: who did what when, with the opinion; 「代」 via onBehalfOf. */
export const describe = (event: SupervisionEvent): HistoryEntry => {
  if (isHandlingEvent(event)) return describeHandlingEvent(event);
  switch (event._tag) {
    case "ItemRegistered":
      return entry(
        event,
        { zh: "拟办：登记督办件", en: "Item registered" },
        {
          details: {
            zh: `${event.number}「${event.title}」（${event.sourceOrgan}，${event.receivedOn} 收到${event.timeLimit === undefined ? "" : `，时限 ${event.timeLimit}`}）`,
            en: `${event.number} "${event.title}" (${event.sourceOrgan}, received ${event.receivedOn}${event.timeLimit === undefined ? "" : `, due ${event.timeLimit}`})`,
          },
        },
      );
    case "HandlingProposed":
      return entry(
        event,
        { zh: "拟办意见", en: "Handling proposed" },
        { opinion: event.opinion.text },
      );
    case "SubmittedForInstruction":
      return describeSubmittedForInstruction(event);
    case "InstructionGiven":
      return describeInstructionGiven(event);
    case "InstructionRecorded":
      return entry(event, { zh: "登记批示", en: "Instruction recorded" }, { opinion: event.note });
    case "AssignmentAccepted":
      return describeAssignmentAccepted(event);
    case "CoordinationRecorded":
      return entry(
        event,
        { zh: "协调", en: "Coordinated" },
        { opinion: event.outcome, details: { zh: event.problem, en: event.problem } },
      );
    case "FeedbackSubmitted":
      return entry(
        event,
        { zh: `反馈（${event.unitName}）`, en: `Result reported (${event.unitName})` },
        {
          opinion: event.summary,
          details: {
            zh: `${event.reportedToSuperiorOn} 报送上级督办部门`,
            en: `Sent to the superior on ${event.reportedToSuperiorOn}`,
          },
        },
      );
    case "CaseFiled":
      return entry(
        event,
        { zh: "存查并归档", en: "Filed" },
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

export const history = (events: ReadonlyArray<SupervisionEvent>): ReadonlyArray<HistoryEntry> =>
  events.map(describe);
