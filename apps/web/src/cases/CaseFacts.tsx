import { commandSchemasOf, type FormField, makeFormModel } from "@banli/client";
import type { Label } from "@banli/kernel";
import { createMemo, For, Show } from "solid-js";
import type { CaseView } from "../api/types.js";
import { TrafficLight } from "../components/TrafficLight.jsx";
import { useI18n } from "../i18n/I18nProvider.jsx";
import { fill } from "../i18n/messages.js";
import type { ProcessEntry } from "../processes/registry.js";
import { wallTime } from "./format.js";
import { assignmentsOf, deadlinesOf, isRecord, shownValue } from "./state-read.js";
import { caseWords, words } from "./words.js";

const yesNo = { yes: { zh: "是", en: "Yes" }, no: { zh: "否", en: "No" } };

/**
 * The labels of a process's fields, from its command schemas: a state keeps what its commands
 * recorded under the same names (title, sourceOrgan …), so the kernel's own titles name them.
 */
const fieldLabels = (entry: ProcessEntry): ReadonlyMap<string, Label> => {
  const labels = new Map<string, Label>();
  const add = (fields: ReadonlyArray<FormField>) => {
    for (const field of fields) if (!labels.has(field.key)) labels.set(field.key, field.label);
  };
  for (const schema of commandSchemasOf(entry.commands)) add(makeFormModel(schema).fields);
  return labels;
};

/** The fields of the state that read as text and that the kernel names. */
interface Fact {
  readonly key: string;
  readonly label: Label;
  readonly value: string | Label;
}

const shownFacts = (state: unknown, labels: ReadonlyMap<string, Label>): ReadonlyArray<Fact> => {
  if (!isRecord(state)) return [];
  return Object.entries(state).flatMap(([key, value]): Fact[] => {
    const label = labels.get(key);
    if (label === undefined || key === "title" || key === "number") return [];
    if (typeof value === "boolean") return [{ key, label, value: value ? yesNo.yes : yesNo.no }];
    const text = shownValue(value);
    return text === undefined ? [] : [{ key, label, value: text }];
  });
};

/** The case's fields, its deadline with the rule it comes from, and the units' due dates. */
export const CaseFacts = (props: { readonly view: CaseView; readonly entry: ProcessEntry }) => {
  const { t } = useI18n();
  const labels = createMemo(() => fieldLabels(props.entry));
  const facts = createMemo(() => shownFacts(props.view.state, labels()));
  const deadlines = createMemo(() => deadlinesOf(props.view.state));
  const assignments = createMemo(() => assignmentsOf(props.view.state));
  return (
    <div class="case-facts">
      <dl class="facts">
        <dt>{t(words.number)}</dt>
        <dd data-field="number">{props.view.number ?? t(words.noNumber)}</dd>
        <dt>{t(words.process)}</dt>
        <dd>{t(props.view.processLabel)}</dd>
        <dt>{t(words.status)}</dt>
        <dd data-field="status">{t(props.view.statusLabel)}</dd>
        <dt>{t(words.opened)}</dt>
        <dd>{wallTime(props.view.openedAt)}</dd>
        <For each={facts()}>
          {(fact) => (
            <>
              <dt>{t(fact.label)}</dt>
              <dd>{typeof fact.value === "string" ? fact.value : t(fact.value)}</dd>
            </>
          )}
        </For>
      </dl>
      <section class="case-deadline" aria-labelledby="case-deadline-title">
        <h3 id="case-deadline-title">{t(caseWords.deadline)}</h3>
        <Show
          when={props.view.dueOn !== undefined || deadlines().length > 0}
          fallback={<p>{t(caseWords.noDeadline)}</p>}
        >
          <p class="case-deadline__due">
            <Show when={props.view.light}>{(light) => <TrafficLight light={light()} />}</Show>{" "}
            {props.view.dueOn ?? ""}
          </p>
          <ul class="case-deadline__rules">
            <For each={deadlines()}>
              {(deadline) => (
                <li>
                  {deadline.due} — {t(caseWords.basis)}：{deadline.basis}（{deadline.start} 起{" "}
                  {deadline.amount}
                  {deadline.unit}）
                </li>
              )}
            </For>
            <For each={assignments()}>
              {(assignment) => (
                <li>
                  {fill(t(caseWords.unitDue), {
                    unit: assignment.unitName,
                    due: assignment.dueOn,
                  })}
                </li>
              )}
            </For>
          </ul>
        </Show>
      </section>
    </div>
  );
};
