import { A, useNavigate } from "@solidjs/router";
import { createSignal, For, Show } from "solid-js";
import { useActingFor } from "../api/ActingFor.jsx";
import { useSession } from "../auth/SessionProvider.jsx";
import { useI18n } from "../i18n/I18nProvider.jsx";
import { ui } from "../i18n/messages.js";
import { ActingForSelect } from "./ActingForSelect.jsx";

/** Who is signed in (name, unit, roles) and the way out; or the way in. */
export const UserMenu = () => {
  const { t } = useI18n();
  const session = useSession();
  const acting = useActingFor();
  const navigate = useNavigate();
  const [leaving, setLeaving] = createSignal(false);
  const logout = async () => {
    setLeaving(true);
    // Whoever signs in next starts in their own name.
    acting.choose(undefined);
    try {
      await session.logout();
    } finally {
      setLeaving(false);
      navigate("/login");
    }
  };
  return (
    <Show
      when={session.me()}
      fallback={
        <Show when={session.status() === "signedOut"}>
          <A href="/login" class="app-user__login">
            {t(ui.login)}
          </A>
        </Show>
      }
    >
      {(me) => (
        <div class="app-user__who" data-user={me().userId}>
          <span class="app-user__name">{me().name}</span>
          <Show when={me().unitName}>{(unit) => <span class="app-user__unit">{unit()}</span>}</Show>
          <span class="app-user__roles">
            <For each={me().roleLabels}>{(role) => <span class="role-badge">{t(role)}</span>}</For>
          </span>
          <ActingForSelect />
          <button type="button" class="app-user__logout" disabled={leaving()} onClick={logout}>
            {t(ui.logout)}
          </button>
        </div>
      )}
    </Show>
  );
};
