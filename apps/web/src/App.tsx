import { Router } from "@solidjs/router";
import { type I18n, I18nProvider } from "./i18n/I18nProvider.jsx";
import { routes } from "./routes.jsx";
import { AppShell } from "./shell/AppShell.jsx";

/** The console: its language, its frame and its pages (history routing; the server falls back to index.html). */
export const App = (props: { readonly i18n?: I18n }) => (
  <I18nProvider {...(props.i18n ? { i18n: props.i18n } : {})}>
    <Router root={(page) => <AppShell>{page.children}</AppShell>}>{routes()}</Router>
  </I18nProvider>
);
