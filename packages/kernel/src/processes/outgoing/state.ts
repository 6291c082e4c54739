import { Schema } from "effect";
import type { ActorRef } from "../../shared/actor.js";
import type { Lifecycle } from "../../shared/command-table.js";
import type { LocalDate, UnitId } from "../../shared/ids.js";
import type { CaseState } from "../../shared/operations/index.js";
import { initialHandling, type PersonRef } from "../../shared/operations/index.js";
import type { Opinion } from "../../shared/opinion.js";
import type { Label } from "../../shared/process.js";
import type { DraftData, IncomingReference } from "./commands.js";

/**
 * Where a 发文 stands. Each status names what the case waits for; the step of the chart it is
 * drawn at is `stepOf` in definition.ts.
 */
export const OutgoingStatus = Schema.Literal(
  "New", // no case yet
  "ToDraft", // 起草: a reply to a 收文, opened by the process manager, awaits the drafting unit
  "Drafted", // 核稿: the 送审稿 awaits the division head
  "Checked", // 审稿: awaits the office reviewer (会签 beside it)
  "Reviewed", // 审稿: awaits the office head's 审签 and 送审
  "AwaitingLeaderSignature", // 送审: with the leader in charge
  "AwaitingPrincipalSignature", // 送审: with the principal leader
  "Signed", // 编号: signed for issue, awaits the 发文字号
  "Numbered", // 印文: awaits printing
  "Printed", // 用印: awaits the seal and the file copy
  "Sealed", // 分发: sealed and filed, awaits distribution
  "Distributed", // 分发: sent to the addressees; closed
  "Revising", // 退回修改: with the drafting unit, to be revised and sent to 核稿 again
);
export type OutgoingStatus = typeof OutgoingStatus.Type;

export const statusLabels: { readonly [K in OutgoingStatus]: Label } = {
  New: { zh: "未起草", en: "Not drafted" },
  ToDraft: { zh: "待起草", en: "Awaiting the draft" },
  Drafted: { zh: "待核稿", en: "Awaiting the division head's check" },
  Checked: { zh: "待审稿", en: "Awaiting the office review" },
  Reviewed: { zh: "待办公室负责人审签", en: "Awaiting the office head" },
  AwaitingLeaderSignature: { zh: "待分管领导审签", en: "Awaiting the leader in charge" },
  AwaitingPrincipalSignature: { zh: "待主要领导审签", en: "Awaiting the principal leader" },
  Signed: { zh: "待编号", en: "Awaiting the document number" },
  Numbered: { zh: "待印文", en: "Awaiting printing" },
  Printed: { zh: "待用印", en: "Awaiting the seal" },
  Sealed: { zh: "待分发", en: "Awaiting distribution" },
  Distributed: { zh: "已分发", en: "Distributed" },
  Revising: { zh: "退回修改", en: "Returned for revision" },
};

export interface DraftingUnit {
  readonly unitId: UnitId;
  readonly unitName: string;
}

export interface OutgoingState extends CaseState<OutgoingStatus> {
  /** The 送审稿 as last drafted or revised. */
  readonly draft: DraftData | undefined;
  readonly draftingUnit: DraftingUnit | undefined;
  /** 拟稿人. */
  readonly drafter: ActorRef | undefined;
  readonly replyTo: IncomingReference | undefined;
  /**
   * The opinions of the current round, in order (签定意见, 审核意见, 审签意见, 签发意见): the
   * 发文稿纸. A revision starts a new round; earlier rounds stay in the log and the timeline.
   */
  readonly opinions: ReadonlyArray<Opinion>;
  /** The leader in charge the office head submitted it to (送审). */
  readonly leader: PersonRef | undefined;
  /** The principal leader it was forwarded to (送审). */
  readonly principal: PersonRef | undefined;
  /** 签发: the last signature, whose signer is the 签发人. */
  readonly signature: Opinion | undefined;
  /** 成文日期: the day of the last signature (GB/T 9704-2012 7.3.5.1). */
  readonly signedOn: LocalDate | undefined;
  /** 发文字号. */
  readonly number: string | undefined;
  readonly copies: number | undefined;
  readonly revisions: number;
}

export const initialState: OutgoingState = {
  status: "New",
  handling: initialHandling,
  handOff: undefined,
  draft: undefined,
  draftingUnit: undefined,
  drafter: undefined,
  replyTo: undefined,
  opinions: [],
  leader: undefined,
  principal: undefined,
  signature: undefined,
  signedOn: undefined,
  number: undefined,
  copies: undefined,
  revisions: 0,
};

export const isTerminal = (state: OutgoingState): boolean => state.status === "Distributed";

export const lifecycle: Lifecycle<OutgoingState, OutgoingStatus> = {
  initial: "New",
  statusOf: (state) => state.status,
  statusLabels,
  isTerminal,
};

/** Statuses at which the case is open and being worked on (for comments, attachments, 传阅). */
export const openStatuses: ReadonlyArray<OutgoingStatus> = [
  "ToDraft",
  "Drafted",
  "Checked",
  "Reviewed",
  "AwaitingLeaderSignature",
  "AwaitingPrincipalSignature",
  "Signed",
  "Numbered",
  "Printed",
  "Sealed",
  "Revising",
];

/**
 * Before the last signature the text may still change; after it, a substantive change goes back
 * to the signer (条例第二十四条: 需作实质性修改的，应当报原签批人复审), so an attachment is
 * replaced only here.
 */
export const unsignedStatuses: ReadonlyArray<OutgoingStatus> = [
  "Drafted",
  "Checked",
  "Reviewed",
  "AwaitingLeaderSignature",
  "AwaitingPrincipalSignature",
  "Revising",
];

/** While the drafting unit holds the draft: 催办, 延期, 转办 of the drafting. */
export const draftingStatuses: ReadonlyArray<OutgoingStatus> = ["Drafted", "Revising"];

/**
 * 条例第二十二条: 重要公文和上行文由机关主要负责人签发. For any other document the leader in
 * charge may be the last signer.
 */
export const needsPrincipal = (draft: DraftData | undefined): boolean =>
  draft !== undefined && (draft.important || draft.direction === "上行文");
