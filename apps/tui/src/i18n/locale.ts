import type { Label } from "@banli/kernel";

/** Chinese is the office's language; English is a flag (`--lang en`) for visitors and auditors. */
export type Locale = "zh-CN" | "en";

/** A message with its `{name}`-style places filled in. */
export const fill = (template: string, values: Readonly<Record<string, string>>): string =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);

/** Picks the side of a kernel label (every kernel label carries both). */
export const pick = (locale: Locale, label: Label): string =>
  locale === "en" ? label.en : label.zh;
