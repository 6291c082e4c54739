import type { Resource } from "solid-js";
import { createEffect, type JSX, Match, Switch } from "solid-js";
import { errorLabel } from "../../api/errors.js";
import { useSession } from "../../auth/SessionProvider.jsx";
import { useI18n } from "../../i18n/I18nProvider.jsx";
import { bo } from "../../i18n/messages-back-office.js";

/**
 * What a back-office page shows while its data comes: a busy note, the server's refusal in words
 * with a retry, or the page drawn from the data. A lapsed session sends the user to log in.
 */
export const Loaded = <T,>(props: {
  readonly resource: Resource<T>;
  readonly retry: () => void;
  readonly children: (value: T) => JSX.Element;
}) => {
  const { t } = useI18n();
  const session = useSession();
  // A session that lapsed (idle timeout, logout elsewhere) sends the user to log in.
  createEffect(() => {
    if (props.resource.state === "errored") session.noticeError(props.resource.error);
  });
  return (
    <Switch>
      <Match when={props.resource.state === "errored"}>
        <p class="page-note" role="alert">
          {t(bo.loadFailed)}
          {t(errorLabel(props.resource.error))}{" "}
          <button type="button" onClick={() => props.retry()}>
            {t(bo.retry)}
          </button>
        </p>
      </Match>
      <Match when={props.resource.state === "ready" || props.resource.state === "refreshing"}>
        {props.children(props.resource() as T)}
      </Match>
      <Match when={true}>
        <p class="page-note" aria-busy="true">
          {t(bo.loading)}
        </p>
      </Match>
    </Switch>
  );
};
