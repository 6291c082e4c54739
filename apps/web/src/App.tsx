import { Router } from "@solidjs/router";
import { type Api, ApiProvider } from "./api/ApiProvider.jsx";
import { LiveProvider } from "./api/LiveProvider.jsx";
import { SessionProvider } from "./auth/SessionProvider.jsx";
import { type I18n, I18nProvider } from "./i18n/I18nProvider.jsx";
import { routes } from "./routes.jsx";
import { AppShell } from "./shell/AppShell.jsx";
import { UserMenu } from "./shell/UserMenu.jsx";

/**
 * The console: its language, its server, who is signed in, its frame and its pages (history
 * routing; the server falls back to index.html). Tests pass a fake client and a fixed language.
 */
export const App = (props: { readonly i18n?: I18n; readonly client?: Api }) => (
  <I18nProvider {...(props.i18n ? { i18n: props.i18n } : {})}>
    <ApiProvider {...(props.client ? { client: props.client } : {})}>
      <SessionProvider>
        <LiveProvider>
          <Router root={(page) => <AppShell user={<UserMenu />}>{page.children}</AppShell>}>
            {routes()}
          </Router>
        </LiveProvider>
      </SessionProvider>
    </ApiProvider>
  </I18nProvider>
);
