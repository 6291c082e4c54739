import type { Label } from "@banli/kernel";

/** Chinese is the office's working language; English is a switch for whoever needs it. */
export type Locale = "zh-CN" | "en";
export const defaultLocale: Locale = "zh-CN";

/** Where the chosen language is remembered, so the console opens in it next time. */
export const localeStorageKey = "banli.locale";

/** The one way any text of the kernel or the console is put in the user's language. */
export const pickLabel = (label: Label, locale: Locale): string =>
  locale === "en" ? label.en : label.zh;

/** A storage that may be missing or refuse (private windows, tests): failing, Chinese it is. */
export const readStoredLocale = (storage: Pick<Storage, "getItem"> | undefined): Locale => {
  try {
    return storage?.getItem(localeStorageKey) === "en" ? "en" : defaultLocale;
  } catch {
    return defaultLocale;
  }
};

export const storeLocale = (storage: Pick<Storage, "setItem"> | undefined, locale: Locale) => {
  try {
    storage?.setItem(localeStorageKey, locale);
  } catch {
    // Not remembered this time; the switch still works for this visit.
  }
};
