import type { FlowDefinition, FlowTransition } from "../../shared/flow.js";
import {
  absurd,
  describeHandlingEvent,
  describeWithdrawn,
  entry,
  isHandlingEvent,
} from "../../shared/operations/index.js";
import type { HistoryEntry } from "../../shared/process.js";
import type { PublicationEvent } from "./events.js";
import { type PublicationState, type PublicationStatus, statusLabels } from "./state.js";

/**
 * The boxes of the seed's chart 「武汉市科技局办公室：政务信息（工作动态，公告通知栏目）上载工作
 * 流程」, by their own names — plus 「撤销」, the clerk's cancellation before publication, which
 * the chart does not draw.
 */
export type PublicationStep =
  | "upload"
  | "division-review"
  | "officer-review"
  | "director-review"
  | "publish"
  | "reject"
  | "cancel";

const cancelFrom = (
  ["upload", "reject", "division-review", "officer-review", "director-review", "publish"] as const
).map(
  (from): FlowTransition<PublicationStep> => ({
    from,
    to: "cancel",
    command: "CancelItem",
    kind: "branch",
    label: { zh: "撤销", en: "Cancel" },
  }),
);

const rejectFrom = (
  ["division-review", "officer-review", "director-review", "publish"] as const
).map(
  (from): FlowTransition<PublicationStep> => ({
    from,
    to: "reject",
    command: "RejectToClerk",
    kind: "back",
    label: { zh: "驳回", en: "Reject" },
  }),
);

export const definition: FlowDefinition<PublicationStep, PublicationStatus> = {
  title: {
    zh: "政务信息上载（工作动态、公告通知栏目）",
    en: "Government information for the portal (work news, announcements)",
  },
  steps: [
    {
      id: "upload",
      kind: "main",
      label: { zh: "上载至系统", en: "Enter into the system" },
      description: {
        zh: "由录入员将拟好的政务信息上载至局CMS系统",
        en: "The data-entry clerk enters the drafted information into the bureau's CMS",
      },
    },
    {
      id: "division-review",
      kind: "main",
      label: { zh: "处长审核", en: "Division head's review" },
      description: {
        zh: "由草拟信息单位的处长通过CMS系统审核把关信息内容",
        en: "The head of the drafting division checks the content",
      },
    },
    {
      id: "officer-review",
      kind: "main",
      label: { zh: "信息员审核", en: "Information officer's review" },
      description: {
        zh: "办公室信息员根据信息内容进行审核",
        en: "The office's information officer reviews the content",
      },
    },
    {
      id: "director-review",
      kind: "main",
      label: { zh: "局办公室主任审核", en: "Office director's review" },
      description: {
        zh: "局办公室主任着眼栏目性质和内容对该政务信息进行审核",
        en: "The office director reviews it against the column's nature and content",
      },
    },
    {
      id: "publish",
      kind: "end",
      label: { zh: "政务信息上载", en: "Published on the portal" },
      description: {
        zh: "对审核通过的信息由局办公室主任提交信息中心，并上载至门户网站相应栏目",
        en: "The office director submits it to the information centre; it is published in the column",
      },
    },
    {
      id: "reject",
      kind: "loop",
      beside: "upload",
      label: { zh: "驳回至录入员", en: "Rejected to the data-entry clerk" },
      description: {
        zh: "因内容或格式等原因不符合栏目要求驳回至录入员",
        en: "Content or format does not fit the column: back to the clerk",
      },
    },
    {
      id: "cancel",
      kind: "end",
      label: { zh: "撤销", en: "Cancelled" },
      description: {
        zh: "发布前由录入员撤销，不再上载（流程图未绘出）",
        en: "Cancelled by the clerk before publication (not drawn in the chart)",
      },
    },
  ],
  transitions: [
    {
      from: "upload",
      to: "division-review",
      command: "UploadItem",
      kind: "main",
      label: { zh: "上载", en: "Enter" },
    },
    {
      from: "division-review",
      to: "officer-review",
      command: "ReviewByDivisionHead",
      kind: "main",
      label: { zh: "审核通过", en: "Approve" },
    },
    {
      from: "officer-review",
      to: "director-review",
      command: "ReviewByInformationOfficer",
      kind: "main",
      label: { zh: "审核通过", en: "Approve" },
    },
    {
      from: "director-review",
      to: "publish",
      command: "ReviewByOfficeDirector",
      kind: "main",
      label: { zh: "审核通过", en: "Approve" },
    },
    ...rejectFrom,
    {
      from: "reject",
      to: "division-review",
      command: "ResubmitItem",
      kind: "branch",
      label: { zh: "修改后重新提交", en: "Resubmit" },
    },
    {
      from: "upload",
      to: "division-review",
      command: "ResubmitItem",
      kind: "branch",
      label: { zh: "修改后重新提交", en: "Resubmit" },
    },
    {
      from: "division-review",
      to: "upload",
      command: "Withdraw",
      kind: "back",
      label: { zh: "撤回", en: "Withdraw" },
    },
    {
      from: "officer-review",
      to: "division-review",
      command: "Withdraw",
      kind: "back",
      label: { zh: "撤回", en: "Withdraw" },
    },
    {
      from: "director-review",
      to: "officer-review",
      command: "Withdraw",
      kind: "back",
      label: { zh: "撤回", en: "Withdraw" },
    },
    ...cancelFrom,
  ],
  stepOfStatus: {
    New: undefined,
    Draft: "upload",
    DivisionReview: "division-review",
    OfficerReview: "officer-review",
    DirectorReview: "director-review",
    Approved: "publish",
    WithCentre: "publish",
    Rejected: "reject",
    Published: "publish",
    Cancelled: "cancel",
  },
};

/** The box to highlight for an item (none before it is entered). */
export const stepOf = (state: PublicationState): PublicationStep | undefined =>
  definition.stepOfStatus[state.status];

/** One timeline line per event: who did what when, with the opinion; 「代」 via onBehalfOf. */
export const describe = (event: PublicationEvent): HistoryEntry => {
  if (isHandlingEvent(event)) return describeHandlingEvent(event);
  switch (event._tag) {
    case "ItemUploaded":
      return entry(
        event,
        { zh: "上载至系统", en: "Information entered" },
        {
          details: {
            zh: `【${event.column}】「${event.title}」（${event.draftingUnit.unitName}，${event.formedOn} 形成${event.deadline === undefined ? "" : `，应于 ${event.deadline.due} 前公开`}）`,
            en: `[${event.column}] "${event.title}" (${event.draftingUnit.unitName}, formed ${event.formedOn}${event.deadline === undefined ? "" : `, to be published by ${event.deadline.due}`})`,
          },
        },
      );
    case "ApprovedByDivisionHead":
      return entry(
        event,
        { zh: "处长审核", en: "Approved by the division head" },
        { opinion: event.opinion.text },
      );
    case "ApprovedByInformationOfficer":
      return entry(
        event,
        { zh: "信息员审核", en: "Approved by the information officer" },
        { opinion: event.opinion.text },
      );
    case "ApprovedByOfficeDirector":
      return entry(
        event,
        { zh: "局办公室主任审核", en: "Approved by the office director" },
        { opinion: event.opinion.text },
      );
    case "RejectedToClerk":
      return entry(
        event,
        { zh: "驳回至录入员", en: "Rejected to the data-entry clerk" },
        {
          opinion: event.reason,
          details: {
            zh: `${statusLabels[event.from].zh}：${event.grounds.join("、")}不符合栏目要求`,
            en: `${statusLabels[event.from].en}: ${event.grounds.join(", ")} does not fit the column`,
          },
        },
      );
    case "ItemResubmitted":
      return entry(
        event,
        { zh: "修改后重新提交", en: "Revised and resubmitted" },
        {
          opinion: event.note,
          details: {
            zh: `【${event.column}】「${event.title}」`,
            en: `[${event.column}] "${event.title}"`,
          },
        },
      );
    case "SubmittedToInformationCentre":
      return entry(
        event,
        { zh: "提交信息中心", en: "Submitted to the information centre" },
        { opinion: event.note },
      );
    case "PublicationRecorded":
      return entry(
        event,
        { zh: "政务信息上载", en: "Published" },
        {
          details: {
            zh: `${event.publishedOn} 上载至门户网站「${event.column}」栏目：${event.url}`,
            en: `Published ${event.publishedOn} in "${event.column}": ${event.url}`,
          },
        },
      );
    case "ItemCancelled":
      return entry(
        event,
        { zh: "撤销", en: "Cancelled" },
        {
          opinion: event.reason,
          details: {
            zh: `于「${statusLabels[event.from].zh}」时撤销`,
            en: `Cancelled at "${statusLabels[event.from].en}"`,
          },
        },
      );
    case "Withdrawn":
      return describeWithdrawn(event, statusLabels);
    default:
      return absurd(event);
  }
};

/**
 * The timeline, with the rounds of the 「驳回至录入员」 loop numbered (第N次驳回) so the 处理单
 * shows how often an item went back — counted from the log, never stored in an event.
 */
export const history = (events: ReadonlyArray<PublicationEvent>): ReadonlyArray<HistoryEntry> => {
  let rejections = 0;
  return events.map((event) => {
    const line = describe(event);
    if (event._tag !== "RejectedToClerk") return line;
    rejections += 1;
    return {
      ...line,
      label: {
        zh: `${line.label.zh}（第${rejections}次）`,
        en: `${line.label.en} (round ${rejections})`,
      },
    };
  });
};
