import type { Label } from "@banli/kernel";
import { hasHan } from "./label.js";
import type { ChoiceOption, ChoiceValue } from "./model.js";

/**
 * The kernel glosses a choice in its description as "value gloss · value gloss", e.g.
 * "letter 来信 · visit 来访" or "督办件 written item · 督办电话记录 phone record". Reading the
 * glosses gives each option a label in both languages without a second table to keep in step.
 */
const glossesOf = (description: string | undefined): ReadonlyMap<string, string> => {
  const glosses = new Map<string, string>();
  for (const segment of (description ?? "").split(/\s*·\s*/)) {
    const match = /^(\S+?)(?:\s+|[：:]\s*)(.+)$/s.exec(segment.trim());
    if (match?.[1] !== undefined && match[2] !== undefined) glosses.set(match[1], match[2].trim());
  }
  return glosses;
};

const optionLabel = (key: string, gloss: string | undefined): Label => {
  if (gloss === undefined) return { zh: key, en: key };
  // A Chinese value glossed in English, or an English value glossed in Chinese.
  if (hasHan(key)) return hasHan(gloss) ? { zh: key, en: key } : { zh: key, en: gloss };
  return hasHan(gloss) ? { zh: gloss, en: key } : { zh: key, en: gloss };
};

export const makeChoiceOptions = (
  values: ReadonlyArray<ChoiceValue>,
  description: string | undefined,
): ReadonlyArray<ChoiceOption> => {
  const glosses = glossesOf(description);
  return values.map((value) => {
    const key = String(value);
    return { key, value, label: optionLabel(key, glosses.get(key)) };
  });
};

/** True when the description only glossed the options: no need to show it again. */
export const onlyGlossesOptions = (
  values: ReadonlyArray<ChoiceValue>,
  description: string | undefined,
): boolean => {
  if (description === undefined) return false;
  const glosses = glossesOf(description);
  return values.every((value) => glosses.has(String(value)));
};
