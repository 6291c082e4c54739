import { Router } from "@solidjs/router";
import type { JSX } from "solid-js";
import { ActingForProvider } from "./api/ActingFor.jsx";
import { type Api, ApiProvider } from "./api/ApiProvider.jsx";
import { LiveProvider } from "./api/LiveProvider.jsx";
import { SessionProvider, useSession } from "./auth/SessionProvider.jsx";
import { DirectoryProvider } from "./components/form/directory-context.jsx";
import { type I18n, I18nProvider } from "./i18n/I18nProvider.jsx";
import { routes } from "./routes.jsx";
import { AppShell } from "./shell/AppShell.jsx";
import { UserMenu } from "./shell/UserMenu.jsx";

/** The frame with the signed-in user's menu and the navigation their roles call for. */
const Frame = (props: { readonly children?: JSX.Element }) => {
  const session = useSession();
  return (
    <AppShell user={<UserMenu />} roles={session.me()?.roles}>
      {props.children}
    </AppShell>
  );
};

/**
 * The console: its language, its server, who is signed in (and whom they act for, 代理), its
 * frame and its pages (history routing; the server falls back to index.html). Tests pass a fake
 * client and a fixed language.
 */
export const App = (props: { readonly i18n?: I18n; readonly client?: Api }) => (
  <I18nProvider {...(props.i18n ? { i18n: props.i18n } : {})}>
    <ApiProvider {...(props.client ? { client: props.client } : {})}>
      <SessionProvider>
        <ActingForProvider>
          <LiveProvider>
            <DirectoryProvider>
              <Router root={(page) => <Frame>{page.children}</Frame>}>{routes()}</Router>
            </DirectoryProvider>
          </LiveProvider>
        </ActingForProvider>
      </SessionProvider>
    </ApiProvider>
  </I18nProvider>
);
