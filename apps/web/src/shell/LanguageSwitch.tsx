import { useI18n } from "../i18n/I18nProvider.jsx";
import { ui } from "../i18n/messages.js";

/** Names the other language in that language, so whoever needs it can read the button. */
export const LanguageSwitch = () => {
  const { locale, setLocale, t } = useI18n();
  const other = () => (locale() === "zh-CN" ? "en" : "zh-CN");
  return (
    <button
      type="button"
      class="language-switch"
      lang={other()}
      title={t(ui.switchLanguageHint)}
      onClick={() => setLocale(other())}
    >
      {t(ui.switchLanguage)}
    </button>
  );
};
