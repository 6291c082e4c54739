import type { FlowDefinition } from "@banli/kernel";
import { type Locale, pickLabel } from "../i18n/locale.js";

/**
 * The diagram told in words, for its `<title>`/`<desc>` and each step's accessible name: what a
 * sighted user reads off the boxes and arrows, a screen-reader user hears.
 */
export const flowText = (
  definition: FlowDefinition<string, string>,
  current: string | undefined,
  locale: Locale,
) => {
  const say = (label: { zh: string; en: string }) => pickLabel(label, locale);
  const zh = locale === "zh-CN";
  const nameOf = new Map(definition.steps.map((step) => [step.id, say(step.label)]));
  const name = (id: string) => nameOf.get(id) ?? id;
  const main = definition.steps.filter((s) => s.kind !== "loop").map((s) => say(s.label));
  const others = definition.transitions
    .filter((tr) => tr.kind !== "main")
    .map((tr) =>
      zh
        ? `${name(tr.from)}可${say(tr.label)}至${name(tr.to)}`
        : `from ${name(tr.from)}, ${say(tr.label)} to ${name(tr.to)}`,
    );
  const currentName = current === undefined ? undefined : name(current);
  const parts = [
    zh ? `步骤：${main.join(" → ")}。` : `Steps: ${main.join(" → ")}.`,
    others.length > 0 ? (zh ? `另外：${others.join("；")}。` : `Also: ${others.join("; ")}.`) : "",
    currentName === undefined
      ? ""
      : zh
        ? `当前步骤：${currentName}。`
        : `Current step: ${currentName}.`,
  ];
  const stepNames = new Map(
    definition.steps.map((step) => {
      const label = say(step.label);
      const kind =
        step.kind === "loop"
          ? zh
            ? `（可重复，${name(step.beside ?? "")}时）`
            : ` (repeatable, during ${name(step.beside ?? "")})`
          : step.kind === "end"
            ? zh
              ? "（结束）"
              : " (end)"
            : "";
      const here = step.id === current ? (zh ? "，当前步骤" : ", current step") : "";
      return [step.id, `${label}${kind}${here}`];
    }),
  );
  return {
    title: zh ? `${say(definition.title)}流程图` : `${say(definition.title)} flow`,
    description: parts.filter((part) => part !== "").join(" "),
    stepNames,
  };
};
