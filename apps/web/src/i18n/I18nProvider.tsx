import type { Label } from "@banli/kernel";
import {
  type Accessor,
  createContext,
  createEffect,
  createSignal,
  type JSX,
  useContext,
} from "solid-js";
import { type Locale, pickLabel, readStoredLocale, storeLocale } from "./locale.js";

export interface I18n {
  readonly locale: Accessor<Locale>;
  readonly setLocale: (locale: Locale) => void;
  /** A `{ zh, en }` label in the current language. */
  readonly t: (label: Label) => string;
}

const browserStorage = (): Storage | undefined =>
  typeof localStorage === "undefined" ? undefined : localStorage;

/** The language state: read once from storage, written back and mirrored on `<html lang>`. */
export const createI18n = (storage: Storage | undefined = browserStorage()): I18n => {
  const [locale, setLocaleSignal] = createSignal<Locale>(readStoredLocale(storage));
  createEffect(() => {
    // Screen readers and fonts follow the document's language.
    if (typeof document !== "undefined") document.documentElement.lang = locale();
  });
  return {
    locale,
    setLocale: (next) => {
      storeLocale(storage, next);
      setLocaleSignal(next);
    },
    t: (label) => pickLabel(label, locale()),
  };
};

const I18nContext = createContext<I18n>();

export const I18nProvider = (props: { readonly i18n?: I18n; readonly children: JSX.Element }) => {
  const i18n = props.i18n ?? createI18n();
  return <I18nContext.Provider value={i18n}>{props.children}</I18nContext.Provider>;
};

export const useI18n = (): I18n => {
  const i18n = useContext(I18nContext);
  if (i18n === undefined) throw new Error("useI18n outside <I18nProvider>");
  return i18n;
};
