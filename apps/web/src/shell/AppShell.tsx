import { A } from "@solidjs/router";
import { For, type JSX, Show } from "solid-js";
import { useI18n } from "../i18n/I18nProvider.jsx";
import { ui } from "../i18n/messages.js";
import { LanguageSwitch } from "./LanguageSwitch.jsx";
import { sectionsFor } from "./nav.js";

export interface AppShellProps {
  /** Who is signed in, their roles and unit; filled in once the server's session exists. */
  readonly user?: JSX.Element;
  /** The signed-in user's roles, which choose the navigation's sections (none while unknown). */
  readonly roles?: ReadonlyArray<string> | undefined;
  readonly children?: JSX.Element;
}

/** The frame of every page: skip link, header (name, navigation, user, language), content. */
export const AppShell = (props: AppShellProps) => {
  const { t } = useI18n();
  return (
    <div class="app-shell">
      <a class="skip-link" href="#main">
        {t(ui.skipToContent)}
      </a>
      <header class="app-header">
        <A href="/" class="app-brand" end>
          {t(ui.appTitle)}
        </A>
        <nav aria-label={t(ui.mainNav)}>
          <ul class="app-nav">
            <For each={sectionsFor(props.roles)}>
              {(section) => (
                <li>
                  <A href={section.href} end={section.end === true} activeClass="is-active">
                    {t(section.label)}
                  </A>
                </li>
              )}
            </For>
          </ul>
        </nav>
        <div class="app-user">
          <Show
            when={props.user}
            fallback={<span class="app-user__none">{t(ui.notSignedIn)}</span>}
          >
            {props.user}
          </Show>
        </div>
        <LanguageSwitch />
      </header>
      <main id="main" class="app-main" tabIndex={-1}>
        {props.children}
      </main>
      <footer class="app-footer">
        <A href="/gallery">{t(ui.gallery)}</A>
      </footer>
    </div>
  );
};
