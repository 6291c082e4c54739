import { Schema } from "effect";
import type { Lifecycle } from "../../shared/command-table.js";
import type { LocalDate } from "../../shared/ids.js";
import type { CaseState } from "../../shared/operations/index.js";
import { initialHandling } from "../../shared/operations/index.js";
import type { Label } from "../../shared/process.js";
import type {
  ConsultedUnit,
  Organ,
  ProposalKind,
  ReplyClass,
  Satisfaction,
  UnitRef,
} from "./commands.js";

/**
 * Where a 议提案 stands. Each status names what the case waits for; the step of the chart it is
 * drawn at is `stepOf` in definition.ts.
 */
export const ProposalStatus = Schema.Literal(
  "New", // no case yet
  "Found", // 查阅 recorded: awaiting 鉴别确认
  "Identified", // 鉴别确认 made: awaiting 签收或退回
  "Returned", // 退回 to 市政府/市政协: closed for the bureau
  "SignedFor", // 签收: awaiting 分类、磋商
  "FirstRoundHeld", // awaiting 第二轮磋商
  "SecondRoundHeld", // 报批: awaiting the 议提案办理工作意见
  "PlanDrafted", // 报批: awaiting submission to the 局长办公会
  "PlanSubmitted", // 报批: before the 局长办公会
  "Approved", // 交办: awaiting assignment per the approved plan
  "Assigned", // 承办: with the lead unit, not yet accepted
  "Handling", // 承办 (协调, 催办, 反馈 beside it)
  "Replied", // 反馈: the lead unit's reply awaits upload
  "Uploaded", // 反馈: uploaded, awaiting the proposer's satisfaction
  "Answered", // answered to satisfaction: awaiting 「回头看」 or 办结
  "LookingBack", // 「回头看」 called: awaiting the units' review
  "Closed", // 办结
);
export type ProposalStatus = typeof ProposalStatus.Type;

export const statusLabels: { readonly [K in ProposalStatus]: Label } = {
  New: { zh: "未查阅", en: "Not recorded" },
  Found: { zh: "待鉴别确认", en: "Awaiting identification" },
  Identified: { zh: "待签收或退回", en: "Awaiting sign-for or return" },
  Returned: { zh: "已退回", en: "Returned" },
  SignedFor: { zh: "待分类、磋商", en: "Awaiting classification and consultation" },
  FirstRoundHeld: { zh: "待第二轮磋商", en: "Awaiting the second round" },
  SecondRoundHeld: { zh: "待拟办理工作意见", en: "Awaiting the handling plan" },
  PlanDrafted: { zh: "待提请局长办公会审议", en: "Awaiting submission to the meeting" },
  PlanSubmitted: { zh: "局长办公会审议中", en: "Before the director's meeting" },
  Approved: { zh: "待交办", en: "Awaiting assignment" },
  Assigned: { zh: "待承办", en: "Awaiting acceptance" },
  Handling: { zh: "承办中", en: "Being handled" },
  Replied: { zh: "待上传答复", en: "Reply awaiting upload" },
  Uploaded: { zh: "待征询满意度", en: "Awaiting the proposer's view" },
  Answered: { zh: "已答复", en: "Answered" },
  LookingBack: { zh: "“回头看”中", en: "Look-back under way" },
  Closed: { zh: "已办结", en: "Closed" },
};

export interface ProposalItem {
  readonly proposalNumber: string;
  readonly kind: ProposalKind;
  readonly title: string;
  readonly proposer: string;
  readonly publishedOn: LocalDate;
}

export interface Identification {
  readonly withinDuties: boolean;
  readonly divisions: ReadonlyArray<UnitRef>;
}

export interface HandlingPlan {
  readonly text: string;
  readonly lead: UnitRef;
  readonly coUnits: ReadonlyArray<UnitRef>;
  readonly complex: boolean;
}

/** The statutory limits recorded at 交办 (see TimeLimitsScheduled). */
export interface TimeLimits {
  readonly answer: LocalDate;
  readonly ceiling: LocalDate;
  readonly coOpinion: LocalDate;
}

export interface Reply {
  readonly replyClass: ReplyClass;
  readonly summary: string;
}

export interface ProposalState extends CaseState<ProposalStatus> {
  readonly item: ProposalItem | undefined;
  readonly identification: Identification | undefined;
  readonly category: string | undefined;
  readonly firstRound: ReadonlyArray<ConsultedUnit>;
  readonly secondRound: ReadonlyArray<ConsultedUnit>;
  readonly plan: HandlingPlan | undefined;
  /** The day the plan went to the meeting: its decision cannot be dated earlier. */
  readonly planSubmittedOn: LocalDate | undefined;
  readonly limits: TimeLimits | undefined;
  /** The latest reply; a 不满意 sends the case back for another. */
  readonly reply: Reply | undefined;
  /** How many answers have been uploaded to the organs (a second follows 不满意). */
  readonly answers: number;
  readonly satisfaction: Satisfaction | undefined;
  readonly lookBackOrgan: Organ | undefined;
}

export const initialState: ProposalState = {
  status: "New",
  handling: initialHandling,
  handOff: undefined,
  item: undefined,
  identification: undefined,
  category: undefined,
  firstRound: [],
  secondRound: [],
  plan: undefined,
  planSubmittedOn: undefined,
  limits: undefined,
  reply: undefined,
  answers: 0,
  satisfaction: undefined,
  lookBackOrgan: undefined,
};

export const isTerminal = (state: ProposalState): boolean =>
  state.status === "Returned" || state.status === "Closed";

export const lifecycle: Lifecycle<ProposalState, ProposalStatus> = {
  initial: "New",
  statusOf: (state) => state.status,
  statusLabels,
  isTerminal,
};

/** Statuses at which the case is open and being worked on (for comments, attachments, 传阅). */
export const openStatuses: ReadonlyArray<ProposalStatus> = [
  "Found",
  "Identified",
  "SignedFor",
  "FirstRoundHeld",
  "SecondRoundHeld",
  "PlanDrafted",
  "PlanSubmitted",
  "Approved",
  "Assigned",
  "Handling",
  "Replied",
  "Uploaded",
  "Answered",
  "LookingBack",
];

/** While units handle the case: 协调, 催办, 协办意见, progress, 转办. */
export const handlingStatuses: ReadonlyArray<ProposalStatus> = ["Assigned", "Handling"];
