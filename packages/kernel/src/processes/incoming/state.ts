import { Schema } from "effect";
import type { Lifecycle } from "../../shared/command-table.js";
import type { Classification, DocumentKind, SecrecyYears, Urgency } from "../../shared/document.js";
import type { CaseId, LocalDate, UserId } from "../../shared/ids.js";
import type { CaseState } from "../../shared/operations/index.js";
import { initialHandling, type PersonRef } from "../../shared/operations/index.js";
import type { Opinion } from "../../shared/opinion.js";
import type { Label } from "../../shared/process.js";
import type { DispatchKind, LeaderRoute } from "./commands.js";

/**
 * Where an incoming document (收文) stands. Each status names what the case waits for; the box
 * of the chart it is drawn at is `stepOf` in definition.ts.
 */
export const IncomingStatus = Schema.Literal(
  "New", // no case yet
  "Registered", // 收文登记 done: awaiting the director's 呈报意见
  "AwaitingApproval", // 分管领导审批: with the leader in charge
  "AwaitingReading", // 主要领导阅批: with the principal leader
  "Instructed", // 阅办处理: awaiting dispatch as the instruction says
  "Reading", // 阅件: with the readers; filed once all have read
  "Assigned", // 办件: with the lead unit, not yet accepted
  "Handling", // 办理回复: being handled
  "Replied", // replied: awaiting 存档备查
  "Filed", // 存档备查: closed, handed to the archive
);
export type IncomingStatus = typeof IncomingStatus.Type;

export const statusLabels: { readonly [K in IncomingStatus]: Label } = {
  New: { zh: "未登记", en: "Not registered" },
  Registered: { zh: "待呈报", en: "Awaiting submission opinion" },
  AwaitingApproval: { zh: "待分管领导审批", en: "Awaiting approval (leader in charge)" },
  AwaitingReading: { zh: "待主要领导阅批", en: "Awaiting reading (principal leader)" },
  Instructed: { zh: "待阅办处理", en: "Awaiting dispatch" },
  Reading: { zh: "传阅中", en: "Being read" },
  Assigned: { zh: "待承办", en: "Awaiting acceptance" },
  Handling: { zh: "办理中", en: "Being handled" },
  Replied: { zh: "待存档", en: "Awaiting filing" },
  Filed: { zh: "已存档备查", en: "Filed" },
};

/** The document as registered: the sender's marks are kept beside our own number. */
export interface IncomingDocument {
  readonly number: string;
  readonly senderOrgan: string;
  readonly senderNumber: string | undefined;
  readonly title: string;
  readonly documentKind: DocumentKind;
  readonly urgency: Urgency | undefined;
  readonly classification: Classification | undefined;
  readonly secrecyYears: SecrecyYears | undefined;
  readonly receivedOn: LocalDate;
  /** The sender's time limit: the bound no later date may pass. */
  readonly timeLimit: LocalDate | undefined;
}

export interface ReplyDocument {
  readonly outgoingCaseId: CaseId;
  readonly title: string;
}

export interface IncomingState extends CaseState<IncomingStatus> {
  readonly document: IncomingDocument | undefined;
  readonly submissionOpinion: Opinion | undefined;
  readonly route: LeaderRoute | undefined;
  /** The leader the document is with (or was last with). */
  readonly submittedTo: PersonRef | undefined;
  /** The leader who passed it on, restored if the pass is taken back (撤回). */
  readonly passedBy: PersonRef | undefined;
  readonly instruction: Opinion | undefined;
  /** The time limit in force: the sender's, or the leader's when the instruction sets one. */
  readonly timeLimit: LocalDate | undefined;
  /** The last 阅办处理: its kind and the readers it sent the document to. */
  readonly dispatch:
    | { readonly kind: DispatchKind; readonly readers: ReadonlyArray<UserId> }
    | undefined;
  /** 发文 cases started to reply (the link a process manager follows). */
  readonly replyDocuments: ReadonlyArray<ReplyDocument>;
  readonly replySummary: string | undefined;
}

export const initialState: IncomingState = {
  status: "New",
  handling: initialHandling,
  handOff: undefined,
  document: undefined,
  submissionOpinion: undefined,
  route: undefined,
  submittedTo: undefined,
  passedBy: undefined,
  instruction: undefined,
  timeLimit: undefined,
  dispatch: undefined,
  replyDocuments: [],
  replySummary: undefined,
};

export const isTerminal = (state: IncomingState): boolean => state.status === "Filed";

export const lifecycle: Lifecycle<IncomingState, IncomingStatus> = {
  initial: "New",
  statusOf: (state) => state.status,
  statusLabels,
  isTerminal,
};

/** The status a route leads to: the box of the chart the document then waits at. */
export const statusOfRoute = (route: LeaderRoute): IncomingStatus => {
  switch (route) {
    case "分管领导审批":
      return "AwaitingApproval";
    case "主要领导阅批":
      return "AwaitingReading";
  }
};

/** Statuses at which the case is open and being worked on (for comments, attachments, 传阅). */
export const openStatuses: ReadonlyArray<IncomingStatus> = [
  "Registered",
  "AwaitingApproval",
  "AwaitingReading",
  "Instructed",
  "Reading",
  "Assigned",
  "Handling",
  "Replied",
];

/** With a leader: 审批 or 阅批, or passed between them. */
export const leaderStatuses: ReadonlyArray<IncomingStatus> = [
  "AwaitingApproval",
  "AwaitingReading",
];

/** While units handle a 办件: 催办, 协办意见, progress, 转办. */
export const handlingStatuses: ReadonlyArray<IncomingStatus> = ["Assigned", "Handling"];
