import { createSignal } from "solid-js";

const labels = {
  "zh-CN": { title: "办理 · 局办公室工作台", switchTo: "English" },
  en: { title: "Banli · Office console", switchTo: "中文" },
} as const;

type Locale = keyof typeof labels;

/** The console's shell: Chinese by default, English by a switch. */
export const App = () => {
  const [locale, setLocale] = createSignal<Locale>("zh-CN");
  const text = () => labels[locale()];
  return (
    <main lang={locale()}>
      <h1>{text().title}</h1>
      <button type="button" onClick={() => setLocale(locale() === "zh-CN" ? "en" : "zh-CN")}>
        {text().switchTo}
      </button>
    </main>
  );
};
