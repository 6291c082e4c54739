import type { Label, Role } from "@banli/kernel";
import type { JSX } from "solid-js";
import { Show } from "solid-js";
import { RequireLogin } from "../../auth/RequireLogin.jsx";
import { useSession } from "../../auth/SessionProvider.jsx";
import { useI18n } from "../../i18n/I18nProvider.jsx";

/**
 * A page for some roles only. This is for the user's sake (no forms that would be refused): the
 * server refuses the same calls to anyone else (admin.* is administrator-only), so the rule
 * itself stays there.
 */
export const RequireRole = (props: {
  readonly roles: ReadonlyArray<Role>;
  readonly title: Label;
  readonly refusal: Label;
  readonly children: JSX.Element;
}) => {
  const { t } = useI18n();
  const session = useSession();
  const allowed = () => session.me()?.roles.some((role) => props.roles.includes(role)) === true;
  return (
    <RequireLogin>
      <Show
        when={allowed()}
        fallback={
          <section class="page">
            <h1>{t(props.title)}</h1>
            <p class="page-note" role="alert">
              {t(props.refusal)}
            </p>
          </section>
        }
      >
        {props.children}
      </Show>
    </RequireLogin>
  );
};
