import type { ReactNode } from "react";
import { DataSourceProvider } from "./data/DataSourceContext.js";
import type { DataSource } from "./data/data-source.js";
import { LocaleProvider } from "./i18n/LocaleContext.js";
import type { Locale } from "./i18n/locale.js";
import { KeyBusProvider } from "./navigation/use-keys.js";
import { ThemeProvider } from "./theme/ThemeContext.js";
import { defaultTheme, type Theme } from "./theme/theme.js";

/** Theme, locale, data source, and the one key subscription every screen listens through. */
export const Providers = ({
  source,
  locale = "zh-CN",
  theme = defaultTheme,
  children,
}: {
  /** Absent until someone has signed in: the login screen reads no data. */
  source?: DataSource | undefined;
  locale?: Locale;
  theme?: Theme;
  children: ReactNode;
}) => (
  <ThemeProvider theme={theme}>
    <LocaleProvider locale={locale}>
      <KeyBusProvider>
        {source === undefined ? (
          children
        ) : (
          <DataSourceProvider source={source}>{children}</DataSourceProvider>
        )}
      </KeyBusProvider>
    </LocaleProvider>
  </ThemeProvider>
);
