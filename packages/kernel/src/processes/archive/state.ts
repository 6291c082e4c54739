import { Schema } from "effect";
import type { Lifecycle } from "../../shared/command-table.js";
import type { LocalDate, UnitId, UserId } from "../../shared/ids.js";
import type { ArchiveCategory, RetentionPeriod } from "../../shared/numbering.js";
import { type CaseState, initialHandling, type PersonRef } from "../../shared/operations/index.js";
import type { Opinion } from "../../shared/opinion.js";
import type { Label } from "../../shared/process.js";
import type { Location, MeetingMinutes, SchemeVersion, WsKind } from "./commands.js";

/**
 * Where an archival item (件) stands. Each status names what the case waits for; the step of the
 * chart it is drawn at is `stepOf` in definition.ts. An item in the repository (Stored) stays
 * open for lending and, at the end of its retention, destruction; 永久 items stay there forever.
 */
export const ArchiveStatus = Schema.Literal(
  "New", // no case yet
  "Collected", // 整理: 文书档案 collected, awaiting the archivist's 「三合一」 organising
  "WithDivision", // 整理: 专业/会计档案 with the owning division, to be organised and handed over
  "HandedOver", // 移交: handed over by the division, awaiting the archivist's acceptance
  "Organised", // 归档: organised, awaiting the 档号
  "Filed", // 档案入库: 档号 given, awaiting its place in the repository
  "Stored", // 在库: in the repository (借阅 and 销毁 start here)
  "LoanRequested", // 借阅: awaiting the opinion of the office head or the owning division
  "LoanApproved", // 借阅: awaiting the archivist to hand it out
  "OnLoan", // 借阅: lent, to be returned
  "DestructionProposed", // 销毁: on the 销毁清册, awaiting the appraisal group's review
  "DestructionApproved", // 销毁: approved, awaiting the 监销人's signatures and destruction
  "Destroyed", // 已销毁: closed; the record and the 销毁清册 entry remain forever
  "Excluded", // 不归档: outside the filing scope of the 「三合一」; closed
);
export type ArchiveStatus = typeof ArchiveStatus.Type;

export const statusLabels: { readonly [K in ArchiveStatus]: Label } = {
  New: { zh: "未收集", en: "Not collected" },
  Collected: { zh: "待整理", en: "Awaiting organising" },
  WithDivision: { zh: "处室整理中", en: "Being organised by the division" },
  HandedOver: { zh: "待接收", en: "Awaiting acceptance of the hand-over" },
  Organised: { zh: "待归档", en: "Awaiting filing" },
  Filed: { zh: "待入库", en: "Awaiting shelving" },
  Stored: { zh: "在库", en: "In the repository" },
  LoanRequested: { zh: "借阅待审批", en: "Loan awaiting approval" },
  LoanApproved: { zh: "待出借", en: "Loan awaiting hand-out" },
  OnLoan: { zh: "借出", en: "On loan" },
  DestructionProposed: { zh: "待鉴定小组审签", en: "Destruction awaiting appraisal" },
  DestructionApproved: { zh: "待监销", en: "Destruction awaiting witnesses" },
  Destroyed: { zh: "已销毁", en: "Destroyed" },
  Excluded: { zh: "不归档", en: "Not to be filed" },
};

/** What was collected (收集). */
export interface ArchiveItem {
  readonly category: ArchiveCategory;
  readonly kind: WsKind | undefined;
  readonly title: string;
  readonly responsible: string;
  /** 年度: the year the material was formed (会计档案: the accounting year) — the 档号's 年度. */
  readonly year: number;
  readonly documentNumber: string | undefined;
}

/** How it was organised (整理): by the archivist (文书) or by the division (专业/会计). */
export interface Organisation {
  readonly scheme: SchemeVersion | undefined;
  readonly classCode: string;
  readonly retention: RetentionPeriod;
  readonly orgCode: string;
  readonly pages: number;
  readonly indexTerms: ReadonlyArray<string>;
  readonly meeting: MeetingMinutes | undefined;
}

/** Whose opinion a loan needs first (借阅): the rule of the seed's 「借阅」 box. */
export type LoanApproval =
  | { readonly kind: "office-director" }
  | { readonly kind: "division"; readonly unitId: UnitId; readonly unitName: string }
  | { readonly kind: "none" };

export interface Loan {
  readonly borrower: PersonRef & { readonly unitId: UnitId };
  readonly purpose: string;
  readonly approval: LoanApproval;
  readonly opinion: Opinion | undefined;
  readonly dueOn: LocalDate | undefined;
  readonly pendingRenewal:
    | { readonly currentDueOn: LocalDate; readonly newDueOn: LocalDate; readonly reason: string }
    | undefined;
}

export interface Destruction {
  readonly listNumber: string;
  readonly witnesses: ReadonlyArray<PersonRef>;
  readonly signed: ReadonlyArray<UserId>;
}

export interface ArchiveState extends CaseState<ArchiveStatus> {
  readonly item: ArchiveItem | undefined;
  readonly organisation: Organisation | undefined;
  /** 专业/会计档案: the division that organised and handed it over owns it (借阅 needs its approval). */
  readonly owner: { readonly unitId: UnitId; readonly unitName: string } | undefined;
  readonly archivalCode: string | undefined;
  readonly location: Location | undefined;
  readonly loan: Loan | undefined;
  readonly destruction: Destruction | undefined;
}

export const initialState: ArchiveState = {
  status: "New",
  handling: initialHandling,
  handOff: undefined,
  item: undefined,
  organisation: undefined,
  owner: undefined,
  archivalCode: undefined,
  location: undefined,
  loan: undefined,
  destruction: undefined,
};

export const isTerminal = (state: ArchiveState): boolean =>
  state.status === "Destroyed" || state.status === "Excluded";

export const lifecycle: Lifecycle<ArchiveState, ArchiveStatus> = {
  initial: "New",
  statusOf: (state) => state.status,
  statusLabels,
  isTerminal,
};

/** Statuses at which the case is open (for comments, attachments, 传阅). */
export const openStatuses: ReadonlyArray<ArchiveStatus> = [
  "Collected",
  "WithDivision",
  "HandedOver",
  "Organised",
  "Filed",
  "Stored",
  "LoanRequested",
  "LoanApproved",
  "OnLoan",
  "DestructionProposed",
  "DestructionApproved",
];

/** While the owning division organises 专业/会计档案: 催办 (催交), 转办, 延期, 协办, progress. */
export const divisionStatuses: ReadonlyArray<ArchiveStatus> = ["WithDivision"];

/** The loan statuses: 借阅 → 出借 → 归还 (and again). */
export const loanStatuses: ReadonlyArray<ArchiveStatus> = [
  "LoanRequested",
  "LoanApproved",
  "OnLoan",
];
