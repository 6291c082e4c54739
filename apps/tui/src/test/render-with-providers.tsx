import { stripVTControlCharacters } from "node:util";
import { render } from "ink-testing-library";
import type { ReactElement } from "react";
import { vi } from "vitest";
import type { DataSource } from "../data/data-source.js";
import type { Locale } from "../i18n/locale.js";
import {
  type Navigation,
  NavigationProvider,
  noNavigation,
} from "../navigation/NavigationContext.js";
import { Providers } from "../Providers.js";
import type { Theme } from "../theme/theme.js";
import { makeSeededDemo } from "./fake-office/seed.js";

export const keys = {
  up: "\u001B[A",
  down: "\u001B[B",
  right: "\u001B[C",
  left: "\u001B[D",
  enter: "\r",
  escape: "\u001B",
  tab: "\t",
  backspace: "\u007F",
} as const;

/** Between keys, as a person types; the key bus keeps them in order whatever the pause. */
const pause = 50;

export interface RenderOptions {
  readonly locale?: Locale;
  readonly theme?: Theme;
  /** Default: the seeded demo office. `null`: nobody signed in yet (the login screen). */
  readonly source?: DataSource | null;
  /** Screens rendered alone get spies; the App brings its own navigation. */
  readonly navigation?: Partial<Navigation>;
}

/**
 * The one way tests render: the same providers as `main.tsx` (theme, locale, a data source —
 * by default the seeded demo office on the real kernel), plus helpers to type and to wait.
 */
export const renderWithProviders = (ui: ReactElement, options: RenderOptions = {}) => {
  const source = options.source === null ? undefined : (options.source ?? makeSeededDemo());
  const navigation: Navigation = { ...noNavigation, ...options.navigation };
  const result = render(
    <Providers
      source={source}
      {...(options.locale ? { locale: options.locale } : {})}
      {...(options.theme ? { theme: options.theme } : {})}
    >
      <NavigationProvider navigation={navigation}>{ui}</NavigationProvider>
    </Providers>,
  );
  // Colour is forced on in tests (vitest.config.ts) so it can be checked; text checks ignore it.
  const rawFrame = () => result.lastFrame() ?? "";
  const frame = () => stripVTControlCharacters(rawFrame());
  return {
    stdin: result.stdin,
    unmount: result.unmount,
    rerender: result.rerender,
    source,
    frame,
    rawFrame,
    /** Waits until the screen shows `text` (data arrives asynchronously, as from a server). */
    waitFor: (text: string | RegExp) =>
      vi.waitFor(
        () => {
          const now = frame();
          if (typeof text === "string" ? !now.includes(text) : !text.test(now))
            throw new Error(`screen does not show ${String(text)}:\n${now}`);
        },
        { timeout: 6000, interval: 20 },
      ),
    /** Waits until the screen no longer shows `text`. */
    waitForGone: (text: string) =>
      vi.waitFor(
        () => {
          if (frame().includes(text)) throw new Error(`screen still shows ${text}:\n${frame()}`);
        },
        { timeout: 6000, interval: 20 },
      ),
    /** Types keys one at a time, then lets the screen settle. */
    press: async (...inputs: ReadonlyArray<string>) => {
      for (const input of inputs) {
        await new Promise((resolve) => setTimeout(resolve, pause));
        result.stdin.write(input);
      }
      await new Promise((resolve) => setTimeout(resolve, pause));
    },
  };
};
