import type { FlowDefinition } from "../../shared/flow.js";
import { archiveCategoryLabels, retentionPeriodLabels } from "../../shared/numbering.js";
import {
  absurd,
  describeHandlingEvent,
  describeSentBack,
  describeWithdrawn,
  entry,
  isHandlingEvent,
} from "../../shared/operations/index.js";
import type { HistoryEntry } from "../../shared/process.js";
import { loanRules } from "./decider.js";
import type { ArchiveEvent } from "./events.js";
import { type ArchiveState, type ArchiveStatus, statusLabels } from "./state.js";

/**
 * The boxes of the seed's chart 「武汉市科技局办公室：档案管理工作流程」, by their own names
 * (收集、整理、归档、档案入库、借阅、销毁). 「移交」 is the second half of the seed's 「整理」 box
 * (专业档案、会计档案由相关处室整理后移交), drawn apart because another actor does it; 「不归档」
 * is the filing-scope branch of the 「三合一」 rule.
 */
export type ArchiveStep =
  | "collect"
  | "organise"
  | "handover"
  | "file"
  | "store"
  | "lend"
  | "destroy"
  | "exclude";

export const definition: FlowDefinition<ArchiveStep, ArchiveStatus> = {
  title: { zh: "档案管理", en: "Archives" },
  steps: [
    {
      id: "collect",
      kind: "main",
      label: { zh: "收集", en: "Collect" },
      description: {
        zh: "文书档案：本局印发文件、重大会议及领导讲话、专项工作等；专业档案：各处室项目完成后相关资料；会计档案：隔年收集",
        en: "Administrative records; divisions' project material; accounting records (the year after)",
      },
    },
    {
      id: "organise",
      kind: "main",
      label: { zh: "整理", en: "Organise" },
      description: {
        zh: "严格按照局“三合一”制度整理、装订文书档案，制作检索工具",
        en: "Organise and bind by the bureau's 「三合一」 rule; make the retrieval tools",
      },
    },
    {
      id: "handover",
      kind: "main",
      label: { zh: "移交", en: "Hand over" },
      description: {
        zh: "专业档案、会计档案由相关处室整理后移交",
        en: "Specialised and accounting records are organised by their divisions and handed over",
      },
    },
    {
      id: "file",
      kind: "main",
      label: { zh: "归档", en: "File" },
      description: {
        zh: "编制档号（全宗号-门类代码·年度-保管期限-机构代码-件号）",
        en: "Give the archival code (DA/T 22-2015)",
      },
    },
    {
      id: "store",
      kind: "main",
      label: { zh: "档案入库", en: "Into the repository" },
      description: { zh: "档案入库，登记存放位置", en: "Shelved; the location is recorded" },
    },
    {
      id: "lend",
      kind: "loop",
      beside: "store",
      label: { zh: "借阅", en: "Lend" },
      description: {
        zh: "借阅局长办公会及重大专题会记录须由局办公室主要负责人提出意见。借阅专业档案、会计档案严格按照相关处室要求进行",
        en: "Minutes need the office head's opinion; 专业/会计 records follow the owning division",
      },
    },
    {
      id: "destroy",
      kind: "end",
      label: { zh: "销毁", en: "Destroy" },
      description: {
        zh: "局档案销毁鉴定小组审签后销毁",
        en: "Destroyed after the appraisal group has reviewed and signed",
      },
    },
    {
      id: "exclude",
      kind: "end",
      label: { zh: "不归档", en: "Not filed" },
      description: {
        zh: "不属于「三合一」归档范围的材料不归档",
        en: "Material outside the filing scope is not filed",
      },
    },
  ],
  transitions: [
    {
      from: "collect",
      to: "organise",
      command: "CollectItem",
      kind: "main",
      label: { zh: "收集", en: "Collect" },
    },
    {
      from: "collect",
      to: "organise",
      command: "CollectFromCase",
      kind: "main",
      label: { zh: "自动移交", en: "From a closed case" },
    },
    {
      from: "organise",
      to: "file",
      command: "OrganiseItem",
      kind: "main",
      label: { zh: "整理", en: "Organise" },
    },
    {
      from: "organise",
      to: "handover",
      command: "HandOver",
      kind: "branch",
      label: { zh: "整理移交", en: "Hand over" },
    },
    {
      from: "handover",
      to: "file",
      command: "AcceptHandover",
      kind: "main",
      label: { zh: "接收", en: "Accept" },
    },
    {
      from: "handover",
      to: "organise",
      command: "SendBack",
      kind: "back",
      label: { zh: "退回", en: "Send back" },
    },
    {
      from: "handover",
      to: "organise",
      command: "Withdraw",
      kind: "back",
      label: { zh: "撤回", en: "Withdraw" },
    },
    {
      from: "organise",
      to: "exclude",
      command: "ExcludeItem",
      kind: "branch",
      label: { zh: "不归档", en: "Not filed" },
    },
    {
      from: "file",
      to: "store",
      command: "FileItem",
      kind: "main",
      label: { zh: "归档", en: "File" },
    },
    {
      from: "store",
      to: "lend",
      command: "RequestLoan",
      kind: "branch",
      label: { zh: "借阅申请", en: "Request a loan" },
    },
    {
      from: "lend",
      to: "store",
      command: "ReturnItem",
      kind: "back",
      label: { zh: "归还", en: "Return" },
    },
    {
      from: "lend",
      to: "store",
      command: "RefuseLoan",
      kind: "back",
      label: { zh: "不同意借阅", en: "Refuse" },
    },
    {
      from: "store",
      to: "destroy",
      command: "ProposeDestruction",
      kind: "branch",
      label: { zh: "列入销毁清册", en: "Propose destruction" },
    },
    {
      from: "destroy",
      to: "store",
      command: "RejectDestruction",
      kind: "back",
      label: { zh: "不同意销毁", en: "Reject" },
    },
  ],
  stepOfStatus: {
    New: undefined,
    Collected: "organise",
    WithDivision: "organise",
    HandedOver: "handover",
    Organised: "file",
    Filed: "store",
    Stored: "store",
    LoanRequested: "lend",
    LoanApproved: "lend",
    OnLoan: "lend",
    DestructionProposed: "destroy",
    DestructionApproved: "destroy",
    Destroyed: "destroy",
    Excluded: "exclude",
  },
};

/** The box to highlight for an item (none before it is collected). */
export const stepOf = (state: ArchiveState): ArchiveStep | undefined =>
  definition.stepOfStatus[state.status];

/** One timeline line per event: who did what when, with the opinion; 「代」 via onBehalfOf. */
export const describe = (event: ArchiveEvent): HistoryEntry => {
  if (isHandlingEvent(event)) return describeHandlingEvent(event);
  switch (event._tag) {
    case "ItemCollected":
      return entry(
        event,
        { zh: "收集", en: "Collected" },
        {
          details: {
            zh: `${archiveCategoryLabels[event.category].zh}${event.kind === undefined ? "" : `（${event.kind}）`}「${event.title}」，${event.responsible}，${event.year} 年度`,
            en: `${archiveCategoryLabels[event.category].en}: "${event.title}", ${event.responsible}, ${event.year}`,
          },
        },
      );
    case "HandoffCollected":
      return entry(
        event,
        { zh: "收集（自动移交）", en: "Collected from a closed case" },
        {
          details: {
            zh: `${event.handoff.number}「${event.handoff.title}」（来自 ${event.sourceCaseId}，附件 ${event.handoff.attachments.length} 件）`,
            en: `${event.handoff.number} "${event.handoff.title}" (from ${event.sourceCaseId}, ${event.handoff.attachments.length} attachment(s))`,
          },
        },
      );
    case "ItemOrganised":
      return entry(
        event,
        { zh: "整理", en: "Organised" },
        {
          details: {
            zh: `按「三合一」（${event.scheme.year} 年 ${event.scheme.version}）：${event.classCode}，保管期限 ${retentionPeriodLabels[event.retention].zh}，${event.pages} 页；检索词：${event.indexTerms.join("、")}${event.meeting === undefined ? "" : `；${event.meeting}记录`}`,
            en: `Class ${event.classCode}, retention ${retentionPeriodLabels[event.retention].en}, ${event.pages} page(s); index: ${event.indexTerms.join(", ")}`,
          },
        },
      );
    case "ItemExcluded":
      return entry(
        event,
        { zh: "不归档", en: "Not to be filed" },
        {
          opinion: event.reason,
          details: {
            zh: `依「三合一」（${event.scheme.year} 年 ${event.scheme.version}）`,
            en: `Under the 「三合一」 ${event.scheme.year} ${event.scheme.version}`,
          },
        },
      );
    case "ItemHandedOver":
      return entry(
        event,
        { zh: `整理移交（${event.unitName}）`, en: `Handed over (${event.unitName})` },
        {
          opinion: event.note,
          details: {
            zh: `${event.classCode}，保管期限 ${retentionPeriodLabels[event.retention].zh}，${event.pages} 页`,
            en: `${event.classCode}, retention ${retentionPeriodLabels[event.retention].en}, ${event.pages} page(s)`,
          },
        },
      );
    case "HandoverAccepted":
      return entry(
        event,
        { zh: `接收（${event.unitName}）`, en: `Hand-over accepted (${event.unitName})` },
        { opinion: event.note },
      );
    case "ItemFiled":
      return entry(
        event,
        { zh: "归档", en: "Filed" },
        { details: { zh: `档号 ${event.archivalCode}`, en: `Code ${event.archivalCode}` } },
      );
    case "ItemStored": {
      const where = `${event.location.repository} ${event.location.shelf}${event.location.box === undefined ? "" : ` ${event.location.box}`}`;
      return entry(event, { zh: "档案入库", en: "Shelved" }, { details: { zh: where, en: where } });
    }
    case "LoanRequested":
      return entry(
        event,
        { zh: "借阅申请", en: "Loan requested" },
        {
          opinion: event.purpose,
          details: { zh: event.rule, en: loanRules[event.approval.kind].en },
        },
      );
    case "LoanApproved":
      return entry(event, { zh: "同意借阅", en: "Loan approved" }, { opinion: event.opinion.text });
    case "LoanRefused":
      return entry(event, { zh: "不同意借阅", en: "Loan refused" }, { opinion: event.reason });
    case "ItemLent":
      return entry(
        event,
        { zh: "出借", en: "Lent" },
        {
          details: {
            zh: `借阅人 ${event.borrower.name}，${event.dueOn} 前归还`,
            en: `To ${event.borrower.name}, due back ${event.dueOn}`,
          },
        },
      );
    case "RenewalRequested":
      return entry(
        event,
        { zh: "申请续借", en: "Renewal requested" },
        {
          opinion: event.reason,
          details: {
            zh: `${event.currentDueOn} 续借至 ${event.newDueOn}`,
            en: `${event.currentDueOn} to ${event.newDueOn}`,
          },
        },
      );
    case "RenewalApproved":
      return entry(
        event,
        { zh: "同意续借", en: "Renewal approved" },
        {
          opinion: event.note,
          details: { zh: `续借至 ${event.newDueOn}`, en: `Due back ${event.newDueOn}` },
        },
      );
    case "RenewalRefused":
      return entry(event, { zh: "不同意续借", en: "Renewal refused" }, { opinion: event.reason });
    case "ItemReturned":
      return entry(
        event,
        { zh: "归还", en: "Returned" },
        {
          opinion: event.note,
          details: { zh: `借阅人 ${event.borrower.name}`, en: `By ${event.borrower.name}` },
        },
      );
    case "DestructionProposed":
      return entry(
        event,
        { zh: "列入销毁清册", en: "Listed for destruction" },
        {
          opinion: event.reason,
          details: {
            zh: `清册 ${event.listNumber}：${event.entry.archivalCode}「${event.entry.title}」，保管期限 ${retentionPeriodLabels[event.entry.retention].zh}，${event.entry.destroyableFrom} 起期满`,
            en: `List ${event.listNumber}: ${event.entry.archivalCode} "${event.entry.title}", retention ended ${event.entry.destroyableFrom}`,
          },
        },
      );
    case "DestructionApproved":
      return entry(
        event,
        { zh: "鉴定小组审签", en: "Destruction approved" },
        {
          opinion: event.opinion.text,
          details: {
            zh: `监销人：${event.witnesses.map((w) => w.name).join("、")}`,
            en: `Witnesses: ${event.witnesses.map((w) => w.name).join(", ")}`,
          },
        },
      );
    case "DestructionRejected":
      return entry(
        event,
        { zh: "不同意销毁", en: "Destruction rejected" },
        { opinion: event.reason },
      );
    case "DestructionWitnessed":
      return entry(
        event,
        { zh: `监销签字（${event.witness.name}）`, en: `Witnessed (${event.witness.name})` },
        { opinion: event.note },
      );
    case "ItemDestroyed":
      return entry(
        event,
        { zh: "销毁", en: "Destroyed" },
        {
          opinion: event.note,
          details: {
            zh: `清册 ${event.listNumber}，方式：${event.method}`,
            en: `List ${event.listNumber}, method: ${event.method}`,
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

export const history = (events: ReadonlyArray<ArchiveEvent>): ReadonlyArray<HistoryEntry> =>
  events.map(describe);
