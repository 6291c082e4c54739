import { Navigate, useLocation } from "@solidjs/router";
import { type JSX, Match, Switch } from "solid-js";
import { useSession } from "./SessionProvider.jsx";

/** The login page's address that comes back to `path` afterwards. */
export const loginHref = (path: string): string =>
  path === "/" || path === "" ? "/login" : `/login?next=${encodeURIComponent(path)}`;

/**
 * A page only for signed-in users: while the session is asked for, an empty frame of the page's
 * size (no jump when it arrives); signed out, the login page, which brings the user back here.
 */
export const RequireLogin = (props: { readonly children: JSX.Element }) => {
  const session = useSession();
  const location = useLocation();
  return (
    <Switch>
      <Match when={session.status() === "loading"}>
        <div class="page page--loading" aria-busy="true" />
      </Match>
      <Match when={session.status() === "signedOut"}>
        <Navigate href={loginHref(`${location.pathname}${location.search}`)} />
      </Match>
      <Match when={session.status() === "signedIn"}>{props.children}</Match>
    </Switch>
  );
};

/** `RequireLogin` as a route component wrapper: `component={signedIn(MyPage)}`. */
export const signedIn =
  <P extends object>(Page: (props: P) => JSX.Element) =>
  (props: P) => (
    <RequireLogin>
      <Page {...props} />
    </RequireLogin>
  );
