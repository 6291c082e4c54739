import { render } from "@solidjs/testing-library";
import type { JSX } from "solid-js";
import { createI18n, I18nProvider } from "./i18n/I18nProvider.jsx";
import type { Locale } from "./i18n/locale.js";

type Rendered = ReturnType<typeof render> & { readonly setLocale: (locale: Locale) => void };

/** Renders inside the console's language context (Chinese unless asked otherwise). */
export const renderWithI18n = (ui: () => JSX.Element, locale: Locale = "zh-CN"): Rendered => {
  let setLocale: (locale: Locale) => void = () => {};
  const result = render(() => {
    const i18n = createI18n(undefined);
    i18n.setLocale(locale);
    setLocale = i18n.setLocale;
    return <I18nProvider i18n={i18n}>{ui()}</I18nProvider>;
  });
  return { ...result, setLocale: (next: Locale) => setLocale(next) };
};
