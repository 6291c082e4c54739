import type { Label } from "@banli/kernel";
import type { CaseView, HistoryLine } from "../../api/types.js";
import { wallTime } from "../../cases/format.js";
import { bo } from "../../i18n/messages-back-office.js";

/**
 * What a printed 处理单 / 发文稿纸 carries, read from `cases.get`: the case's heading fields,
 * for 公文制发 the draft's particulars, and one line per recorded step with its opinion, its
 * signer (and on whose behalf) and its time. Nothing is derived that the server did not send.
 */

/** 公文制发 prints on the 发文稿纸; every other process on its 处理单. */
export const formTitle = (view: CaseView): Label =>
  view.process === "outgoing"
    ? bo.draftingForm
    : { zh: `${view.processLabel.zh}处理单`, en: `${view.processLabel.en} handling form` };

export interface FormField {
  readonly label: Label;
  readonly value: string;
}

export const headingFields = (view: CaseView): ReadonlyArray<FormField> => [
  { label: bo.caseNumber, value: view.number ?? "" },
  { label: bo.caseTitle, value: view.title ?? "" },
  { label: bo.openedAt, value: wallTime(view.openedAt) },
  { label: bo.dueOn, value: view.dueOn ?? "" },
];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const text = (value: unknown): string => (typeof value === "string" ? value : "");
const list = (value: unknown): string =>
  Array.isArray(value) ? value.filter((v) => typeof v === "string").join("、") : "";

/**
 * The 发文稿纸's particulars (GB/T 9704 versions' 文种, 主送, 抄送, 拟稿单位, 拟稿人), as the
 * 公文制发 state holds them; nothing for any other process.
 */
export const draftFields = (view: CaseView): ReadonlyArray<FormField> => {
  const state: unknown = view.state;
  if (view.process !== "outgoing" || !isRecord(state) || !isRecord(state.draft)) return [];
  const draft = state.draft;
  const unit = isRecord(state.draftingUnit) ? text(state.draftingUnit.unitName) : "";
  const drafter = isRecord(state.drafter) ? text(state.drafter.name) : "";
  return [
    { label: bo.docKind, value: text(draft.kind) },
    { label: bo.direction, value: text(draft.direction) },
    { label: bo.mainTo, value: list(draft.mainTo) },
    { label: bo.copyTo, value: list(draft.copyTo) },
    { label: bo.draftingUnit, value: unit },
    { label: bo.drafter, value: drafter },
  ].filter((field) => field.value !== "");
};

export interface FormLine {
  readonly step: Label;
  readonly opinion: string | undefined;
  readonly details: Label | undefined;
  readonly signer: string;
  readonly onBehalfOf: string | undefined;
  readonly at: string;
}

/** Every recorded step, in the order it happened (the log's order). */
export const formLines = (history: ReadonlyArray<HistoryLine>): ReadonlyArray<FormLine> =>
  history.map((entry) => ({
    step: entry.label,
    opinion: entry.opinion,
    details: entry.details,
    signer: entry.actor,
    onBehalfOf: entry.onBehalfOf,
    at: wallTime(entry.at),
  }));
