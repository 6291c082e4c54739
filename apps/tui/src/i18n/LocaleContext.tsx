import type { Label } from "@banli/kernel";
import { createContext, type ReactNode, useContext, useMemo } from "react";
import { type Locale, pick } from "./locale.js";
import { type MessageKey, messages } from "./messages.js";

export interface LocaleTools {
  readonly locale: Locale;
  /** A UI message of this app. */
  readonly t: (key: MessageKey) => string;
  /** A label that came from the kernel or the server. */
  readonly l: (label: Label) => string;
}

const make = (locale: Locale): LocaleTools => ({
  locale,
  t: (key) => pick(locale, messages[key]),
  l: (label) => pick(locale, label),
});

const LocaleContext = createContext<LocaleTools>(make("zh-CN"));

export const LocaleProvider = ({ locale, children }: { locale: Locale; children: ReactNode }) => {
  const tools = useMemo(() => make(locale), [locale]);
  return <LocaleContext.Provider value={tools}>{children}</LocaleContext.Provider>;
};

export const useLocale = (): LocaleTools => useContext(LocaleContext);
