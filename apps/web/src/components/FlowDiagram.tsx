import type { FlowDefinition } from "@banli/kernel";
import { createMemo, createUniqueId, For, Show } from "solid-js";
import { useI18n } from "../i18n/I18nProvider.jsx";
import { makeFlowLayout, type NodeLayout } from "./flow-layout.js";
import { flowText } from "./flow-text.js";

/** What the line styles mean (also told in the description, for screen readers). */
const legend = [
  { kind: "main", label: { zh: "主流程", en: "Main path" } },
  { kind: "branch", label: { zh: "分支", en: "Branch" } },
  { kind: "back", label: { zh: "退回", en: "Back" } },
  { kind: "loop", label: { zh: "可重复步骤", en: "Repeatable step" } },
] as const;

export interface FlowDiagramProps {
  readonly definition: FlowDefinition<string, string>;
  /** The step the case is at (the kernel's `stepOf`), highlighted and marked `aria-current`. */
  readonly current?: string | undefined;
}

/**
 * A process's chart as the kernel defines it, drawn as SVG. The size comes from the definition
 * (a fixed viewBox), so nothing moves when it appears; a screen reader gets the steps as a list,
 * the current one marked, and the arrows told in words.
 */
export const FlowDiagram = (props: FlowDiagramProps) => {
  const { t, locale } = useI18n();
  const id = createUniqueId();
  const layout = createMemo(() => makeFlowLayout(props.definition));
  const text = createMemo(() => flowText(props.definition, props.current, locale()));
  const isCurrent = (node: NodeLayout) => node.id === props.current;

  return (
    <figure class="flow-diagram">
      {/* biome-ignore lint/a11y/useSemanticElements: an SVG cannot hold a <fieldset>; the role names the drawing */}
      <svg
        role="group"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
        viewBox={`0 0 ${layout().width} ${layout().height}`}
        width={layout().width}
        height={layout().height}
        style={{ "max-width": "100%", height: "auto" }}
      >
        <title id={`${id}-title`}>{text().title}</title>
        <desc id={`${id}-desc`}>{text().description}</desc>
        <defs>
          <For each={["main", "branch", "back"] as const}>
            {(kind) => (
              <marker
                id={`${id}-arrow-${kind}`}
                class={`flow-arrowhead flow-arrowhead--${kind}`}
                viewBox="0 0 10 10"
                refX="9"
                refY="5"
                markerWidth="7"
                markerHeight="7"
                orient="auto-start-reverse"
              >
                <path d="M0,0 L10,5 L0,10 z" />
              </marker>
            )}
          </For>
        </defs>
        {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: the arrows are not focusable; <desc> tells them in words */}
        <g aria-hidden="true">
          <For each={layout().edges}>
            {(edge) => (
              <g class={`flow-edge flow-edge--${edge.kind}`}>
                <path d={edge.path} fill="none" marker-end={`url(#${id}-arrow-${edge.kind})`}>
                  <title>{edge.labels.map(t).join(" / ")}</title>
                </path>
                <Show when={edge.labelAt}>
                  {(at) => (
                    <text class="flow-edge-label" x={at().x} y={at().y}>
                      {edge.labels.map(t).join(" / ")}
                    </text>
                  )}
                </Show>
              </g>
            )}
          </For>
        </g>
        {/* biome-ignore lint/a11y/useSemanticElements: SVG has no <ul>; the role makes the boxes a list of steps */}
        {/* biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: an SVG <g> is not interactive */}
        <g role="list">
          <For each={layout().nodes}>
            {(node) => (
              // biome-ignore lint/a11y/useSemanticElements: SVG has no <li>; each box is a step of the list
              // biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: an SVG <g> is not interactive
              <g
                role="listitem"
                class={`flow-step flow-step--${node.step.kind}`}
                classList={{ "flow-step--current": isCurrent(node) }}
                aria-current={isCurrent(node) ? "step" : undefined}
                aria-label={text().stepNames.get(node.id)}
              >
                <rect
                  x={node.x}
                  y={node.y}
                  width={node.width}
                  height={node.height}
                  rx={node.step.kind === "end" ? node.height / 2 : 6}
                />
                <Show when={isCurrent(node)}>
                  {/* Not by colour alone: a marker shape points at the current step. */}
                  <path
                    class="flow-current-marker"
                    d={`M${node.x + 9},${node.y + node.height / 2 - 6} l8,6 l-8,6 z`}
                  />
                </Show>
                <text x={node.x + node.width / 2} y={node.y + node.height / 2 + 5}>
                  {t(node.step.label)}
                </text>
                <Show when={node.step.description}>
                  {(description) => <title>{t(description())}</title>}
                </Show>
              </g>
            )}
          </For>
        </g>
      </svg>
      <figcaption class="flow-legend">
        <For each={legend}>
          {(entry) => (
            <span class={`flow-legend__item flow-legend__item--${entry.kind}`}>
              {t(entry.label)}
            </span>
          )}
        </For>
      </figcaption>
    </figure>
  );
};
