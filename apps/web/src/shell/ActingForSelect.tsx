import { For, Show } from "solid-js";
import { useActingFor } from "../api/ActingFor.jsx";
import { useI18n } from "../i18n/I18nProvider.jsx";
import { fill } from "../i18n/messages.js";
import { dw } from "../i18n/messages-delegation.js";
import "./acting.css";

/**
 * 代理: for a deputy who holds delegations, the choice of whose name the console acts in. Only
 * shown to those who have a choice; focusing it reads the grants again, so a revoked or
 * expired delegation is gone from the list before it is chosen.
 */
export const ActingForSelect = () => {
  const { t } = useI18n();
  const acting = useActingFor();
  return (
    <Show when={acting.principals().length > 0 || acting.principal() !== undefined}>
      <span class="app-user__acting" classList={{ "is-acting": acting.principal() !== undefined }}>
        {/* A label of its own (not wrapping the select), so the control's name is just 代理. */}
        <label for="acting-for">{t(dw.actingLabel)}</label>
        <select
          id="acting-for"
          onFocus={() => acting.refresh()}
          onChange={(event) => acting.choose(event.currentTarget.value || undefined)}
        >
          <option value="" selected={acting.principal() === undefined}>
            {t(dw.actingSelf)}
          </option>
          <For each={acting.principals()}>
            {(p) => (
              <option value={p.userId} selected={acting.principal()?.userId === p.userId}>
                {fill(t(dw.actingFor), { name: p.name })}
              </option>
            )}
          </For>
        </select>
      </span>
    </Show>
  );
};
