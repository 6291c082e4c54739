import type { Label } from "@banli/kernel";

/**
 * The kernel writes titles and messages as "中文 / English" (spec: zh/en annotations). Split on
 * the first slash that has a space after it, so a Chinese part ending in 「）/」 splits too while
 * a media type inside the text (`type/subtype`) does not.
 */
export const splitBilingual = (text: string): Label => {
  const match = /^(.*?)\s*\/\s+(.+)$/s.exec(text);
  if (match === null) return { zh: text.trim(), en: text.trim() };
  return { zh: (match[1] ?? "").trim(), en: (match[2] ?? "").trim() };
};

/**
 * Whether a text was written for people: the kernel's own annotations always carry Chinese,
 * while effect's built-in titles ("nonEmptyString", "int") are names for programmers.
 */
export const hasHan = (text: string): boolean => /\p{Script=Han}/u.test(text);
