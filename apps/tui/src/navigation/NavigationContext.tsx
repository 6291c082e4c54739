import type { AvailableAction, ProcessName } from "@banli/kernel";
import { createContext, type ReactNode, useContext } from "react";

/** Where a screen can send the user; the App owns the route stack behind it. */
export interface Navigation {
  readonly openCase: (caseId: string, asOf?: string) => void;
  readonly openAction: (caseId: string, action: AvailableAction) => void;
  readonly openStart: () => void;
  readonly startCase: (process: ProcessName, action: AvailableAction) => void;
  readonly back: () => void;
  /** Back to the inbox, the rest of the stack closed. */
  readonly home: () => void;
  readonly showHelp: () => void;
  readonly openCommandLine: () => void;
  /** A one-line message in the status bar (done, refused, unknown command …). */
  readonly notify: (message: string) => void;
}

const ignore = () => {};
export const noNavigation: Navigation = {
  openCase: ignore,
  openAction: ignore,
  openStart: ignore,
  startCase: ignore,
  back: ignore,
  home: ignore,
  showHelp: ignore,
  openCommandLine: ignore,
  notify: ignore,
};

const NavigationContext = createContext<Navigation>(noNavigation);

export const NavigationProvider = ({
  navigation,
  children,
}: {
  navigation: Navigation;
  children: ReactNode;
}) => <NavigationContext.Provider value={navigation}>{children}</NavigationContext.Provider>;

export const useNavigation = (): Navigation => useContext(NavigationContext);
