import { Schema } from "effect";
import type { Lifecycle } from "../../shared/command-table.js";
import type { LocalDate } from "../../shared/ids.js";
import type { CaseState } from "../../shared/operations/index.js";
import { initialHandling, type PersonRef } from "../../shared/operations/index.js";
import type { Opinion } from "../../shared/opinion.js";
import type { Label } from "../../shared/process.js";

/**
 * Where a 督办件 stands. Each status names what the case waits for; the step of the chart it is
 * drawn at is `stepOf` in definition.ts.
 */
export const SupervisionStatus = Schema.Literal(
  "New", // no case yet
  "Registered", // 拟办: registered and numbered, awaiting the director's 拟办意见
  "Proposed", // 报批: awaiting submission to a leader
  "Submitted", // 领导批示: with the leader
  "Instructed", // 登记: awaiting the office's record of the instruction
  "Recorded", // 交办: awaiting assignment
  "Assigned", // 承办: with the lead unit, not yet accepted
  "Handling", // 承办 (协调, 催办或督办 beside it)
  "Reported", // 反馈 made: awaiting 存查并归档
  "Filed", // 存查并归档: closed, handed to the archive
);
export type SupervisionStatus = typeof SupervisionStatus.Type;

export const statusLabels: { readonly [K in SupervisionStatus]: Label } = {
  New: { zh: "未登记", en: "Not registered" },
  Registered: { zh: "待拟办", en: "Awaiting proposed handling" },
  Proposed: { zh: "待报批", en: "Awaiting submission" },
  Submitted: { zh: "待领导批示", en: "Awaiting instruction" },
  Instructed: { zh: "待登记批示", en: "Awaiting record of instruction" },
  Recorded: { zh: "待交办", en: "Awaiting assignment" },
  Assigned: { zh: "待承办", en: "Awaiting acceptance" },
  Handling: { zh: "承办中", en: "Being handled" },
  Reported: { zh: "待存查归档", en: "Awaiting filing" },
  Filed: { zh: "已存查归档", en: "Filed" },
};

export interface SupervisionItem {
  readonly number: string;
  readonly superiorNumber: string | undefined;
  readonly kind: string;
  readonly sourceOrgan: string;
  readonly title: string;
  readonly content: string;
  readonly receivedOn: LocalDate;
}

export interface SupervisionState extends CaseState<SupervisionStatus> {
  readonly item: SupervisionItem | undefined;
  readonly proposal: Opinion | undefined;
  readonly submittedTo: PersonRef | undefined;
  readonly instruction: Opinion | undefined;
  /** The time limit: the superior's, or the leader's instruction's when it sets one. */
  readonly timeLimit: LocalDate | undefined;
  readonly feedbackSummary: string | undefined;
}

export const initialState: SupervisionState = {
  status: "New",
  handling: initialHandling,
  handOff: undefined,
  item: undefined,
  proposal: undefined,
  submittedTo: undefined,
  instruction: undefined,
  timeLimit: undefined,
  feedbackSummary: undefined,
};

export const isTerminal = (state: SupervisionState): boolean => state.status === "Filed";

export const lifecycle: Lifecycle<SupervisionState, SupervisionStatus> = {
  initial: "New",
  statusOf: (state) => state.status,
  statusLabels,
  isTerminal,
};

/** Statuses at which the case is open and being worked on (for comments, attachments, 传阅). */
export const openStatuses: ReadonlyArray<SupervisionStatus> = [
  "Registered",
  "Proposed",
  "Submitted",
  "Instructed",
  "Recorded",
  "Assigned",
  "Handling",
  "Reported",
];

/** While units handle the case: 协调, 催办或督办, 协办意见, progress, 转办. */
export const handlingStatuses: ReadonlyArray<SupervisionStatus> = ["Assigned", "Handling"];
