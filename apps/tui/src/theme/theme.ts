import type { TrafficLight } from "@banli/kernel";

/**
 * Colours by meaning, never by hue at the call site: a screen asks for `status.danger`, and a
 * future light-background or monochrome theme changes one object, not every screen.
 */
export interface Theme {
  readonly text: string;
  readonly muted: string;
  readonly accent: string;
  readonly focus: string;
  readonly border: string;
  readonly status: { readonly ok: string; readonly warn: string; readonly danger: string };
}

export const defaultTheme: Theme = {
  text: "white",
  muted: "gray",
  accent: "cyan",
  focus: "blueBright",
  border: "gray",
  status: { ok: "green", warn: "yellow", danger: "red" },
};

/** The kernel decides the light; the theme only says how each light looks. */
export const lightColour = (theme: Theme, light: TrafficLight): string =>
  ({ green: theme.status.ok, yellow: theme.status.warn, red: theme.status.danger })[light];
