import { createContext, type ReactNode, useContext } from "react";
import { defaultTheme, type Theme } from "./theme.js";

const ThemeContext = createContext<Theme>(defaultTheme);

export const ThemeProvider = ({ theme, children }: { theme: Theme; children: ReactNode }) => (
  <ThemeContext.Provider value={theme}>{children}</ThemeContext.Provider>
);

export const useTheme = (): Theme => useContext(ThemeContext);
