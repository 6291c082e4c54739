import type { BanliClient } from "@banli/client";
import type { Label } from "@banli/kernel";
import type { CaseDetail, CaseRow, DeadlineView, StepView } from "../data/data-source.js";
import { fieldFactsOf, isProcessName, moduleOf } from "./catalog.js";

/** The server's row and case view, as its procedures type them. */
export type ServerRow = Awaited<ReturnType<BanliClient["inbox"]["list"]["query"]>>["rows"][number];
export type ServerCase = Awaited<ReturnType<BanliClient["cases"]["get"]["query"]>>;
/** The case replayed from its events up to an instant (`cases.asOf`). */
export type ServerPast = Awaited<ReturnType<BanliClient["cases"]["asOf"]["query"]>>;

const same = (text: string): Label => ({ zh: text, en: text });

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The light is the server's (the kernel's working-day calendar); a closed case has none. */
const deadlineOf = (row: ServerRow): DeadlineView | undefined =>
  row.dueOn === undefined || row.light === undefined
    ? undefined
    : { due: row.dueOn, light: row.light };

export const toRow = (row: ServerRow): CaseRow => ({
  caseId: row.caseId,
  // An unknown process (a newer server) still lists; it only has no chart or forms here.
  process: isProcessName(row.process) ? row.process : ("supervision" as const),
  processTitle: row.processLabel,
  number: row.number ?? "—",
  title: row.title ?? "—",
  status: row.statusLabel,
  due: deadlineOf(row),
});

/** Fields a row shows already (number, title) or that a terminal cannot show in a line. */
const skippedKeys = new Set(["status", "_tag", "number", "title", "subject"]);
const maxFields = 8;

/**
 * The case's own data, labelled by its commands' schemas: the registered item's plain values
 * (a choice by its option's label), then urgency and classification from the row.
 */
const fieldsOf = (view: ServerCase, state: unknown = view.state): CaseDetail["fields"] => {
  const facts = fieldFactsOf(view.process);
  const item = isRecord(state) && isRecord(state.item) ? state.item : isRecord(state) ? state : {};
  const fields: Array<{ label: Label; value: Label }> = [];
  for (const [key, value] of Object.entries(item)) {
    if (skippedKeys.has(key)) continue;
    if (typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean")
      continue;
    if (value === view.title || value === view.number) continue;
    const fact = facts.get(key);
    const option = fact?.options?.find((o) => o.key === String(value));
    fields.push({ label: fact?.label ?? same(key), value: option?.label ?? same(String(value)) });
  }
  const opened = view.history[0];
  const extra = [
    view.urgency === undefined
      ? undefined
      : { label: { zh: "紧急程度", en: "Urgency" }, value: same(view.urgency) },
    view.classification === undefined
      ? undefined
      : { label: { zh: "密级", en: "Classification" }, value: same(view.classification) },
    {
      label: { zh: "登记", en: "Opened" },
      value: same(`${view.openedAt.slice(0, 16).replace("T", " ")} ${opened?.actor ?? ""}`.trim()),
    },
  ].filter((field) => field !== undefined);
  return [...fields.slice(0, maxFields - extra.length), ...extra];
};

/** The process's chart in order, the box the case's status is drawn at marked current. */
const stepsOf = (process: string, status: string | undefined): ReadonlyArray<StepView> => {
  const definition = moduleOf(process)?.definition;
  if (definition === undefined) return [];
  const current =
    status === undefined
      ? undefined
      : (definition.stepOfStatus as Readonly<Record<string, string | undefined>>)[status];
  return definition.steps.map((step) => ({
    id: step.id,
    label: step.label,
    kind: step.kind,
    current: step.id === current,
  }));
};

const bureauDate = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The instant a `:replay --at` means: a bureau date (YYYY-MM-DD) is the end of that day in the
 * bureau's time (UTC+8), so everything recorded on it is included; anything else is an instant.
 */
export const replayInstant = (asOf: string): string =>
  bureauDate.test(asOf) ? `${asOf}T23:59:59.999+08:00` : asOf;

export const toDetail = (
  view: ServerCase,
  actions: CaseDetail["actions"],
  asOf: string | undefined,
  past?: ServerPast,
): CaseDetail => {
  if (asOf === undefined) {
    return {
      ...toRow(view),
      fields: fieldsOf(view),
      steps: stepsOf(view.process, view.status),
      opinions: view.history.filter((entry) => entry.opinion !== undefined),
      history: view.history,
      actions,
    };
  }
  // The past, read-only: the server replays the case's events up to the instant, so status,
  // current step and fields are the case's own state then, not today's.
  const history = past?.history ?? [];
  return {
    ...toRow(view),
    status: past?.statusLabel ?? { zh: "尚未登记", en: "Not yet registered" },
    due: undefined,
    fields: history.length === 0 ? [] : fieldsOf(view, past?.state),
    steps: stepsOf(view.process, past?.status),
    opinions: history.filter((entry) => entry.opinion !== undefined),
    history,
    actions: [],
    asOf,
  };
};
