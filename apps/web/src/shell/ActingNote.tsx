import { Show } from "solid-js";
import { useActingFor } from "../api/ActingFor.jsx";
import { useI18n } from "../i18n/I18nProvider.jsx";
import { fill } from "../i18n/messages.js";
import { dw } from "../i18n/messages-delegation.js";
import "./acting.css";

/** Says plainly, on the pages that act, that the user is acting in someone else's name. */
export const ActingNote = () => {
  const { t } = useI18n();
  const acting = useActingFor();
  return (
    <Show when={acting.principal()}>
      {(principal) => (
        <p class="acting-note" role="note">
          {fill(t(dw.actingNote), { name: principal().name })}
        </p>
      )}
    </Show>
  );
};
