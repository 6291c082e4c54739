import type { Label } from "@banli/kernel";
import type { JSX } from "solid-js";
import { useI18n } from "../i18n/I18nProvider.jsx";
import { ui } from "../i18n/messages.js";

/** A section whose data comes from the server's API, not ready yet: its heading and a note. */
export const PlaceholderPage = (props: {
  readonly title: Label;
  readonly children?: JSX.Element;
}) => {
  const { t } = useI18n();
  return (
    <section class="page">
      <h1>{t(props.title)}</h1>
      <p class="page-note">{t(ui.comingWithServer)}</p>
      {props.children}
    </section>
  );
};
