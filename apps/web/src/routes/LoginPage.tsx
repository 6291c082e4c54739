import type { Label } from "@banli/kernel";
import { Navigate, useNavigate, useSearchParams } from "@solidjs/router";
import { createSignal, Show } from "solid-js";
import { errorLabel } from "../api/errors.js";
import { useSession } from "../auth/SessionProvider.jsx";
import { useI18n } from "../i18n/I18nProvider.jsx";
import { ui } from "../i18n/messages.js";

/** Only a path of this console is followed after login (never another site: open redirects). */
export const safeNext = (next: unknown): string =>
  typeof next === "string" && next.startsWith("/") && !next.startsWith("//") ? next : "/";

/** User name and password; the server's refusal shown in words; back to where the user was. */
export const LoginPage = () => {
  const { t } = useI18n();
  const session = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [username, setUsername] = createSignal("");
  const [password, setPassword] = createSignal("");
  const [busy, setBusy] = createSignal(false);
  const [refusal, setRefusal] = createSignal<Label>();

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setBusy(true);
    setRefusal(undefined);
    try {
      await session.login(username().trim(), password());
      navigate(safeNext(params.next), { replace: true });
    } catch (error) {
      setRefusal(errorLabel(error));
      setPassword("");
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="page login-page" aria-labelledby="login-title">
      <Show when={session.status() === "signedIn" && !busy()}>
        <Navigate href={safeNext(params.next)} />
      </Show>
      <h1 id="login-title">{t(ui.loginTitle)}</h1>
      <form class="login-form" onSubmit={submit}>
        <label for="login-username">{t(ui.username)}</label>
        <input
          id="login-username"
          name="username"
          autocomplete="username"
          required
          value={username()}
          onInput={(e) => setUsername(e.currentTarget.value)}
        />
        <label for="login-password">{t(ui.password)}</label>
        <input
          id="login-password"
          name="password"
          type="password"
          autocomplete="current-password"
          required
          value={password()}
          onInput={(e) => setPassword(e.currentTarget.value)}
        />
        {/* Always present, so a refusal appears without moving the form. */}
        <p class="login-form__refusal" role="alert">
          {refusal() === undefined ? "" : t(refusal() as Label)}
        </p>
        <button type="submit" disabled={busy()}>
          {busy() ? t(ui.signingIn) : t(ui.login)}
        </button>
      </form>
    </section>
  );
};
