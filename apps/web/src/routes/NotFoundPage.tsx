import { A } from "@solidjs/router";
import { useI18n } from "../i18n/I18nProvider.jsx";
import { ui } from "../i18n/messages.js";

export const NotFoundPage = () => {
  const { t } = useI18n();
  return (
    <section class="page">
      <h1>{t(ui.notFound)}</h1>
      <A href="/">{t(ui.backHome)}</A>
    </section>
  );
};
