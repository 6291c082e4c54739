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
import type { ConsultedUnit } from "./commands.js";
import type { ProposalEvent } from "./events.js";
import { type ProposalState, type ProposalStatus, statusLabels } from "./state.js";

/** The boxes of the seed's chart 「武汉市科技局办公室：议提案办理工作流程」, by their own names. */
export type ProposalStep =
  | "read"
  | "identify"
  | "signOrReturn"
  | "classify"
  | "secondRound"
  | "submit"
  | "assign"
  | "handle"
  | "coordinate"
  | "press"
  | "progress"
  | "feedback"
  | "lookBack"
  | "close";

export const definition: FlowDefinition<ProposalStep, ProposalStatus> = {
  title: { zh: "议提案办理", en: "NPC suggestions and CPPCC proposals" },
  steps: [
    {
      id: "read",
      kind: "main",
      label: { zh: "查阅", en: "Read and record" },
      description: {
        zh: "根据人大、政协网上发布的议提案内容进行查阅",
        en: "The office reads the items the NPC and CPPCC publish online and records them",
      },
    },
    {
      id: "identify",
      kind: "main",
      label: { zh: "鉴别确认", en: "Identify" },
      description: {
        zh: "按照局工作职责范围，会同相关处室及单位对照网上发布的议提案内容进行鉴别确认",
        en: "With the divisions concerned, check each item against the bureau's duties",
      },
    },
    {
      id: "signOrReturn",
      kind: "main",
      label: { zh: "签收或退回", en: "Sign for or return" },
      description: {
        zh: "1、签收鉴别确认后的议提案；2、将鉴别后不属我局工作职责的议提案，会同相关处室退市政府和市政协处理",
        en: "Sign for the items within the bureau's duties; return the others to the city government or CPPCC",
      },
    },
    {
      id: "classify",
      kind: "main",
      label: { zh: "分类、磋商", en: "Classify and consult" },
      description: {
        zh: "1、将签收后的议提案进行分类；2、提出承办单位初步建议名单；3、与承办单位进行第一轮磋商",
        en: "Classify, propose a preliminary list of handling units, first round of consultation",
      },
    },
    {
      id: "secondRound",
      kind: "main",
      label: { zh: "第二轮磋商", en: "Second round" },
      description: {
        zh: "1、按照磋商结果再次提出承办单位建议名单；2、与承办单位进行第二轮磋商",
        en: "Propose the list again from the first round's results; second round of consultation",
      },
    },
    {
      id: "submit",
      kind: "main",
      label: { zh: "报批", en: "Submit for approval" },
      description: {
        zh: "1、根据第二轮磋商结果拟出议提案办理工作意见；2、将议提案办理工作意见提请局长办公会审议",
        en: "Draft the handling plan and submit it to the bureau director's meeting",
      },
    },
    {
      id: "assign",
      kind: "main",
      label: { zh: "交办", en: "Assign" },
      description: {
        zh: "将经过局长办公会议审议通过的议提案办理工作意见进行交办",
        en: "Assign as the approved plan says",
      },
    },
    {
      id: "handle",
      kind: "main",
      label: { zh: "承办", en: "Handle" },
      description: { zh: "由相关处室或单位进行承办", en: "The units concerned handle it" },
    },
    {
      id: "coordinate",
      kind: "loop",
      beside: "handle",
      label: { zh: "协调", en: "Coordinate" },
      description: {
        zh: "局办公室根据承办单位反映的情况进行协调",
        en: "The office coordinates on what the units report",
      },
    },
    {
      id: "press",
      kind: "loop",
      beside: "handle",
      label: { zh: "催办", en: "Press" },
      description: { zh: "局办公室催办承办单位", en: "The office presses the units" },
    },
    {
      id: "progress",
      kind: "loop",
      beside: "handle",
      label: { zh: "反馈", en: "Report progress" },
      description: { zh: "承办单位随时反馈办理进展", en: "The units report progress" },
    },
    {
      id: "feedback",
      kind: "main",
      label: { zh: "反馈", en: "Reply" },
      description: {
        zh: "将各承办处室及单位的办理意见（回复）电子版上传到市人大、市政府、市政协",
        en: "Upload each unit's reply (electronic) to the city NPC, government and CPPCC",
      },
    },
    {
      id: "lookBack",
      kind: "main",
      label: { zh: "“回头看”", en: "Look back" },
      description: {
        zh: "按照市人大、市政府、市政协通知，由各承办处室及单位做好“回头看”工作并将电子版上传至办公室",
        en: "On the organs' notice, the units review the handling and upload it to the office",
      },
    },
    {
      id: "close",
      kind: "end",
      label: { zh: "办结", en: "Closed" },
      description: {
        zh: "已办结，或已退市政府、市政协处理",
        en: "Closed, or returned to the city government or CPPCC",
      },
    },
  ],
  transitions: [
    {
      from: "read",
      to: "identify",
      command: "RecordItem",
      kind: "main",
      label: { zh: "查阅", en: "Record" },
    },
    {
      from: "identify",
      to: "signOrReturn",
      command: "ConfirmIdentification",
      kind: "main",
      label: { zh: "鉴别确认", en: "Identify" },
    },
    {
      from: "signOrReturn",
      to: "classify",
      command: "SignFor",
      kind: "main",
      label: { zh: "签收", en: "Sign for" },
    },
    {
      from: "signOrReturn",
      to: "close",
      command: "ReturnItem",
      kind: "branch",
      label: { zh: "退市政府或市政协", en: "Return" },
    },
    {
      from: "classify",
      to: "secondRound",
      command: "ConsultFirstRound",
      kind: "main",
      label: { zh: "第一轮磋商", en: "First round" },
    },
    {
      from: "secondRound",
      to: "submit",
      command: "ConsultSecondRound",
      kind: "main",
      label: { zh: "第二轮磋商", en: "Second round" },
    },
    {
      from: "submit",
      to: "assign",
      command: "RecordMeetingDecision",
      kind: "main",
      label: { zh: "审议通过", en: "Approved" },
    },
    {
      from: "submit",
      to: "submit",
      command: "RecordMeetingDecision",
      kind: "back",
      label: { zh: "修改后再审", en: "Revise" },
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
      command: "SubmitReply",
      kind: "main",
      label: { zh: "提交答复", en: "Reply" },
    },
    {
      from: "feedback",
      to: "handle",
      command: "RecordSatisfaction",
      kind: "back",
      label: { zh: "不满意，再次办理", en: "Dissatisfied: answer again" },
    },
    {
      from: "feedback",
      to: "lookBack",
      command: "CallLookBack",
      kind: "main",
      label: { zh: "“回头看”通知", en: "Look-back called" },
    },
    {
      from: "feedback",
      to: "close",
      command: "CloseCase",
      kind: "branch",
      label: { zh: "办结", en: "Close" },
    },
    {
      from: "lookBack",
      to: "close",
      command: "SubmitLookBack",
      kind: "main",
      label: { zh: "上传“回头看”材料", en: "Look-back submitted" },
    },
    {
      from: "signOrReturn",
      to: "identify",
      command: "SendBack",
      kind: "back",
      label: { zh: "重新鉴别", en: "Identify again" },
    },
    {
      from: "handle",
      to: "submit",
      command: "SendBack",
      kind: "back",
      label: { zh: "退回", en: "Send back" },
    },
    {
      from: "feedback",
      to: "handle",
      command: "SendBack",
      kind: "back",
      label: { zh: "退回", en: "Send back" },
    },
  ],
  stepOfStatus: {
    New: undefined,
    Found: "identify",
    Identified: "signOrReturn",
    Returned: "close",
    SignedFor: "classify",
    FirstRoundHeld: "secondRound",
    SecondRoundHeld: "submit",
    PlanDrafted: "submit",
    PlanSubmitted: "submit",
    Approved: "assign",
    Assigned: "handle",
    Handling: "handle",
    Replied: "feedback",
    Uploaded: "feedback",
    Answered: "feedback",
    LookingBack: "lookBack",
    Closed: "close",
  },
};

/** The box to highlight for a case (none before it is recorded). */
export const stepOf = (state: ProposalState): ProposalStep | undefined =>
  definition.stepOfStatus[state.status];

const unitList = (units: ReadonlyArray<ConsultedUnit>): { zh: string; en: string } => ({
  zh: units.map((u) => `${u.unitName}（${u.role}，${u.agrees ? "同意" : "有异议"}）`).join("、"),
  en: units
    .map(
      (u) =>
        `${u.unitName} (${u.role === "主办" ? "lead" : "co"}, ${u.agrees ? "agrees" : "objects"})`,
    )
    .join(", "),
});

const replyClassLabels = {
  A: { zh: "A 已解决或采纳", en: "A solved or adopted" },
  B: { zh: "B 正在解决或列入计划", en: "B being solved or planned" },
  C: { zh: "C 因条件限制留作参考", en: "C kept for reference (conditions)" },
  D: { zh: "D 留作参考", en: "D kept for reference" },
} as const;

/** One timeline line per event: who did what when, with the opinion; 「代」 via onBehalfOf. */
export const describe = (event: ProposalEvent): HistoryEntry => {
  if (isHandlingEvent(event)) return describeHandlingEvent(event);
  switch (event._tag) {
    case "ItemRecorded":
      return entry(
        event,
        { zh: "查阅", en: "Item recorded" },
        {
          details: {
            zh: `${event.kind} ${event.proposalNumber}「${event.title}」（${event.proposer}，${event.publishedOn} 发布）`,
            en: `${event.kind} ${event.proposalNumber} "${event.title}" (${event.proposer}, published ${event.publishedOn})`,
          },
        },
      );
    case "IdentificationConfirmed":
      return entry(
        event,
        { zh: "鉴别确认", en: "Identified" },
        {
          opinion: event.opinion,
          details: {
            zh: `${event.withinDuties ? "属我局职责" : "不属我局职责"}；会同：${event.divisions.map((d) => d.unitName).join("、")}`,
            en: `${event.withinDuties ? "Within" : "Not within"} the bureau's duties; with ${event.divisions.map((d) => d.unitName).join(", ")}`,
          },
        },
      );
    case "ItemSignedFor":
      return entry(event, { zh: "签收", en: "Signed for" }, { opinion: event.note });
    case "ItemReturned":
      return entry(
        event,
        { zh: `退回${event.returnTo}`, en: `Returned to the ${event.returnTo}` },
        {
          opinion: event.reason,
          details: {
            zh: `退回时限 ${event.returnBy.due}${event.lateReason === undefined ? "" : `；逾期说明：${event.lateReason}`}`,
            en: `Return due ${event.returnBy.due}${event.lateReason === undefined ? "" : `; late because: ${event.lateReason}`}`,
          },
        },
      );
    case "FirstRoundConsulted":
      return entry(
        event,
        {
          zh: `分类、磋商（${event.category}）`,
          en: `Classified and consulted (${event.category})`,
        },
        { opinion: event.summary, details: unitList(event.units) },
      );
    case "SecondRoundConsulted":
      return entry(
        event,
        { zh: "第二轮磋商", en: "Second round" },
        { opinion: event.summary, details: unitList(event.units) },
      );
    case "PlanDrafted":
      return entry(
        event,
        { zh: "拟出办理工作意见", en: "Plan drafted" },
        {
          opinion: event.plan,
          details: {
            zh: `主办：${event.lead.unitName}${event.coUnits.length > 0 ? `；协办：${event.coUnits.map((u) => u.unitName).join("、")}` : ""}${event.complex ? "；涉及面广、处理难度大" : ""}`,
            en: `Lead: ${event.lead.unitName}${event.coUnits.length > 0 ? `; co: ${event.coUnits.map((u) => u.unitName).join(", ")}` : ""}${event.complex ? "; complex" : ""}`,
          },
        },
      );
    case "PlanSubmitted":
      return entry(
        event,
        { zh: "提请局长办公会审议", en: "Submitted to the director's meeting" },
        { opinion: event.note },
      );
    case "MeetingDecisionRecorded":
      return entry(
        event,
        {
          zh: event.decision === "通过" ? "局长办公会审议通过" : "局长办公会要求修改",
          en: event.decision === "通过" ? "Approved by the meeting" : "Sent back by the meeting",
        },
        {
          opinion: event.minutes,
          details: { zh: `${event.meetingOn} 局长办公会`, en: `Meeting of ${event.meetingOn}` },
        },
      );
    case "TimeLimitsScheduled":
      return entry(
        event,
        { zh: "答复期限", en: "Time limits" },
        {
          details: {
            zh: `答复 ${event.answer.due}（最迟 ${event.ceiling.due}）；协办意见 ${event.coOpinion.due}`,
            en: `Answer by ${event.answer.due} (at the latest ${event.ceiling.due}); co-opinions by ${event.coOpinion.due}`,
          },
        },
      );
    case "AssignmentAccepted":
      return describeAssignmentAccepted(event);
    case "CoordinationRecorded":
      return entry(
        event,
        { zh: "协调", en: "Coordinated" },
        { opinion: event.outcome, details: { zh: event.problem, en: event.problem } },
      );
    case "ReplySubmitted":
      return entry(
        event,
        { zh: `提交答复（${event.unitName}）`, en: `Reply submitted (${event.unitName})` },
        { opinion: event.summary, details: replyClassLabels[event.replyClass] },
      );
    case "ReplyUploaded":
      return entry(
        event,
        { zh: "上传答复", en: "Reply uploaded" },
        {
          opinion: event.note,
          details: {
            zh: `${event.uploadedOn} 上传至${event.organs.join("、")}`,
            en: `Uploaded on ${event.uploadedOn} to ${event.organs.join(", ")}`,
          },
        },
      );
    case "SatisfactionRecorded":
      return entry(
        event,
        { zh: `代表委员意见：${event.satisfaction}`, en: `Proposer: ${event.satisfaction}` },
        {
          opinion: event.remarks,
          details:
            event.secondAnswerDueOn === undefined
              ? undefined
              : {
                  zh: `再次答复，期限 ${event.secondAnswerDueOn}`,
                  en: `Second answer due ${event.secondAnswerDueOn}`,
                },
        },
      );
    case "LookBackCalled":
      return entry(
        event,
        { zh: "“回头看”通知", en: "Look-back called" },
        {
          opinion: event.requirement,
          details: {
            zh: `${event.organ} ${event.noticeOn} 通知${event.dueOn === undefined ? "" : `，${event.dueOn} 前完成`}`,
            en: `${event.organ}, notice of ${event.noticeOn}${event.dueOn === undefined ? "" : `, due ${event.dueOn}`}`,
          },
        },
      );
    case "LookBackSubmitted":
      return entry(
        event,
        { zh: `“回头看”（${event.unitName}）`, en: `Look-back (${event.unitName})` },
        { opinion: event.summary },
      );
    case "CaseClosed":
      return entry(event, { zh: "办结", en: "Closed" }, { opinion: event.note });
    case "SentBack":
      return describeSentBack(event, statusLabels);
    case "Withdrawn":
      return describeWithdrawn(event, statusLabels);
    default:
      return absurd(event);
  }
};

export const history = (events: ReadonlyArray<ProposalEvent>): ReadonlyArray<HistoryEntry> =>
  events.map(describe);
