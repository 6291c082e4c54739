import { Schema } from "effect";
import type { Lifecycle } from "../../shared/command-table.js";
import type { ScheduledDeadline } from "../../shared/deadline.js";
import type { LocalDate } from "../../shared/ids.js";
import { type CaseState, initialHandling, type PersonRef } from "../../shared/operations/index.js";
import type { Opinion } from "../../shared/opinion.js";
import type { Label } from "../../shared/process.js";
import type { Importance, PetitionChannel, Petitioner } from "./commands.js";

/** Where a 信访件 stands; each status names what the case waits for. */
export const PetitionStatus = Schema.Literal(
  "New", // no case yet
  "Registered", // 拟办: registered and numbered, awaiting the office's proposal
  "Proposed", // 报批或交办: awaiting the director's review (and the 重要/一般 decision)
  "ToSubmit", // 重要: awaiting 报批 to a leader
  "Submitted", // 领导批示: with the leader
  "ToAssign", // 交办: after the director's review (一般) or the instruction (重要)
  "Assigned", // 承办: with the lead unit, not yet accepted
  "Handling", // 承办 (催办 / 反馈 beside it)
  "Reported", // 反馈: the unit's result is with the office, awaiting answer / 统一回复
  "Concluded", // 办结
);
export type PetitionStatus = typeof PetitionStatus.Type;

export const statusLabels: { readonly [K in PetitionStatus]: Label } = {
  New: { zh: "未登记", en: "Not registered" },
  Registered: { zh: "待拟办", en: "Awaiting proposal" },
  Proposed: { zh: "待主任审核", en: "Awaiting director's review" },
  ToSubmit: { zh: "待报批", en: "Awaiting submission" },
  Submitted: { zh: "待领导批示", en: "Awaiting instruction" },
  ToAssign: { zh: "待交办", en: "Awaiting assignment" },
  Assigned: { zh: "待承办", en: "Awaiting acceptance" },
  Handling: { zh: "承办中", en: "Being handled" },
  Reported: { zh: "待答复", en: "Awaiting reply" },
  Concluded: { zh: "已办结", en: "Concluded" },
};

export interface PetitionItem {
  readonly number: string;
  readonly channel: PetitionChannel;
  readonly subject: string;
  readonly receivedOn: LocalDate;
  /** Personal data: the server strips it for anyone not handling the case. */
  readonly petitioner: Petitioner;
}

export interface PetitionState extends CaseState<PetitionStatus> {
  readonly item: PetitionItem | undefined;
  readonly proposal: Opinion | undefined;
  readonly importance: Importance | undefined;
  readonly submittedTo: PersonRef | undefined;
  readonly instruction: Opinion | undefined;
  /** 60 日 from acceptance, as scheduled on the calendar data of the day. */
  readonly deadline: ScheduledDeadline | undefined;
  /** The case's due date: the deadline's, or the approved extension's. */
  readonly dueOn: LocalDate | undefined;
  readonly result: string | undefined;
}

export const initialState: PetitionState = {
  status: "New",
  handling: initialHandling,
  handOff: undefined,
  item: undefined,
  proposal: undefined,
  importance: undefined,
  submittedTo: undefined,
  instruction: undefined,
  deadline: undefined,
  dueOn: undefined,
  result: undefined,
};

export const isTerminal = (state: PetitionState): boolean => state.status === "Concluded";

export const lifecycle: Lifecycle<PetitionState, PetitionStatus> = {
  initial: "New",
  statusOf: (state) => state.status,
  statusLabels,
  isTerminal,
};

export const openStatuses: ReadonlyArray<PetitionStatus> = [
  "Registered",
  "Proposed",
  "ToSubmit",
  "Submitted",
  "ToAssign",
  "Assigned",
  "Handling",
  "Reported",
];

export const handlingStatuses: ReadonlyArray<PetitionStatus> = ["Assigned", "Handling"];

/** A mayor's-mailbox item is answered by the office on everyone's behalf (统一回复). */
export const isMailbox = (state: PetitionState): boolean =>
  state.item?.channel === "mayors-mailbox";
