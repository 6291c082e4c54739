import { Schema } from "effect";
import type { ActorRef } from "../../shared/actor.js";
import type { Lifecycle } from "../../shared/command-table.js";
import type { ScheduledDeadline } from "../../shared/deadline.js";
import type { LocalDate, UnitId } from "../../shared/ids.js";
import type { CaseState } from "../../shared/operations/index.js";
import { initialHandling } from "../../shared/operations/index.js";
import type { Opinion } from "../../shared/opinion.js";
import type { Label } from "../../shared/process.js";

/**
 * Where a piece of 政务信息 stands. Each status names what the item waits for; the box of the
 * chart it is drawn at is `stepOf` in definition.ts.
 */
export const PublicationStatus = Schema.Literal(
  "New", // no item yet
  "Draft", // 上载至系统: taken back (撤回) by the clerk before the 处长 acted; being edited
  "DivisionReview", // 处长审核: with the head of the drafting division
  "OfficerReview", // 信息员审核: with the office's information officer
  "DirectorReview", // 局办公室主任审核: with the office director
  "Approved", // 政务信息上载: approved, awaiting submission to the information centre
  "WithCentre", // 政务信息上载: with the information centre, awaiting publication
  "Rejected", // 驳回至录入员: returned to the data-entry clerk with the reason
  "Published", // published in the column of the portal: closed
  "Cancelled", // 撤销: withdrawn by the clerk before publication: closed
);
export type PublicationStatus = typeof PublicationStatus.Type;

export const statusLabels: { readonly [K in PublicationStatus]: Label } = {
  New: { zh: "未上载", en: "Not entered" },
  Draft: { zh: "待录入员修改提交", en: "Awaiting the clerk's submission" },
  DivisionReview: { zh: "待处长审核", en: "Awaiting the division head's review" },
  OfficerReview: { zh: "待信息员审核", en: "Awaiting the information officer's review" },
  DirectorReview: { zh: "待局办公室主任审核", en: "Awaiting the office director's review" },
  Approved: { zh: "待提交信息中心", en: "Awaiting submission to the information centre" },
  WithCentre: { zh: "信息中心上载中", en: "With the information centre" },
  Rejected: { zh: "已驳回至录入员", en: "Rejected to the data-entry clerk" },
  Published: { zh: "已上载发布", en: "Published" },
  Cancelled: { zh: "已撤销", en: "Cancelled" },
};

/** The two columns of the portal this chart serves (「工作动态，公告通知栏目」). */
export const Column = Schema.Literal("工作动态", "公告通知").annotations({
  title: "栏目 / Column",
  description: "工作动态 work news · 公告通知 announcements",
});
export type Column = typeof Column.Type;

export interface DraftingUnit {
  readonly unitId: UnitId;
  readonly unitName: string;
}

/** The information as it stands now (after the last revision). */
export interface PublicationItem {
  readonly column: Column;
  readonly title: string;
  readonly body: string;
  readonly draftingUnit: DraftingUnit;
  readonly formedOn: LocalDate;
  readonly mustDisclose: boolean;
}

/** The last 驳回: what the clerk has to fix. */
export interface Rejection {
  readonly from: PublicationStatus;
  readonly by: ActorRef;
  readonly reason: string;
  readonly grounds: ReadonlyArray<string>;
}

/** The review opinions of the current round, one per reviewing step of the chart. */
export interface Reviews {
  readonly divisionHead: Opinion | undefined;
  readonly informationOfficer: Opinion | undefined;
  readonly officeDirector: Opinion | undefined;
}

export const noReviews: Reviews = {
  divisionHead: undefined,
  informationOfficer: undefined,
  officeDirector: undefined,
};

export interface Publication {
  readonly publishedOn: LocalDate;
  readonly url: string;
}

export interface PublicationState extends CaseState<PublicationStatus> {
  readonly item: PublicationItem | undefined;
  readonly enteredBy: ActorRef | undefined;
  /** 20 工作日 from the day the information was formed, when it must be made public. */
  readonly deadline: ScheduledDeadline | undefined;
  /** The review opinions of the current round (处长, 信息员, 主任), cleared by a 驳回. */
  readonly reviews: Reviews;
  /** How many times it went through 「驳回至录入员」 (the rounds of the loop). */
  readonly rejections: number;
  readonly lastRejection: Rejection | undefined;
  /** How many times it was submitted to 「处长审核」 (the first upload included). */
  readonly submissions: number;
  readonly sentToCentreOn: LocalDate | undefined;
  readonly publication: Publication | undefined;
}

export const initialState: PublicationState = {
  status: "New",
  handling: initialHandling,
  handOff: undefined,
  item: undefined,
  enteredBy: undefined,
  deadline: undefined,
  reviews: noReviews,
  rejections: 0,
  lastRejection: undefined,
  submissions: 0,
  sentToCentreOn: undefined,
  publication: undefined,
};

export const isTerminal = (state: PublicationState): boolean =>
  state.status === "Published" || state.status === "Cancelled";

export const lifecycle: Lifecycle<PublicationState, PublicationStatus> = {
  initial: "New",
  statusOf: (state) => state.status,
  statusLabels,
  isTerminal,
};

/** Statuses at which the item is open (for comments and 传阅). */
export const openStatuses: ReadonlyArray<PublicationStatus> = [
  "Draft",
  "DivisionReview",
  "OfficerReview",
  "DirectorReview",
  "Approved",
  "WithCentre",
  "Rejected",
];

/** With the data-entry clerk, who edits it and (re)submits it to 「处长审核」. */
export const editingStatuses: ReadonlyArray<PublicationStatus> = ["Draft", "Rejected"];

/** The three reviews of the chart, and after them the director holding the approved item. */
export const reviewStatuses: ReadonlyArray<PublicationStatus> = [
  "DivisionReview",
  "OfficerReview",
  "DirectorReview",
];

/** Before it goes to the information centre, the clerk may still cancel (撤销) the item. */
export const cancellableStatuses: ReadonlyArray<PublicationStatus> = [
  ...editingStatuses,
  ...reviewStatuses,
  "Approved",
];
