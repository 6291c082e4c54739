import { createSignal, createUniqueId, For } from "solid-js";
import { FlowDiagram } from "../../components/FlowDiagram.jsx";
import { useI18n } from "../../i18n/I18nProvider.jsx";
import type { ProcessEntry } from "../../processes/registry.js";

const highlightLabel = { zh: "高亮步骤", en: "Highlighted step" };

/** One process's chart, with a chooser for the step to highlight (as a case at that step would). */
export const ProcessCard = (props: { readonly entry: ProcessEntry }) => {
  const { t } = useI18n();
  const id = createUniqueId();
  const steps = () => props.entry.definition.steps;
  // A step in the middle of the main path shows the highlight among its neighbours.
  const main = steps().filter((step) => step.kind === "main");
  const [current, setCurrent] = createSignal(main[Math.floor(main.length / 2)]?.id ?? "");
  return (
    <article class="process-card" aria-labelledby={`${id}-title`} data-process={props.entry.name}>
      <h2 id={`${id}-title`}>{t(props.entry.definition.title)}</h2>
      <label class="process-card__chooser">
        {t(highlightLabel)}
        <select value={current()} onChange={(event) => setCurrent(event.currentTarget.value)}>
          <For each={steps()}>
            {(step) => (
              <option value={step.id} selected={step.id === current()}>
                {t(step.label)}
              </option>
            )}
          </For>
        </select>
      </label>
      <FlowDiagram definition={props.entry.definition} current={current()} />
    </article>
  );
};
