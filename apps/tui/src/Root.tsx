import type { Label } from "@banli/kernel";
import { Box, Text, useApp } from "ink";
import { useState } from "react";
import { App } from "./App.js";
import { DataSourceProvider } from "./data/DataSourceContext.js";
import type { DataSource } from "./data/data-source.js";
import { useLocale } from "./i18n/LocaleContext.js";
import { type Credentials, LoginScreen } from "./screens/LoginScreen.js";
import { useTheme } from "./theme/ThemeContext.js";

export type SignIn = (
  credentials: Credentials,
  /** The data source calls it when the server no longer knows the session. */
  onSignedOut: () => void,
) => Promise<
  | { readonly ok: true; readonly source: DataSource }
  | { readonly ok: false; readonly reason: Label }
>;

/** The login screen until the server accepts someone, then the console on their session. */
export const Root = ({
  where,
  username,
  signIn,
  note,
  onQuit,
}: {
  where: { readonly kind: "server" | "file"; readonly value: string };
  username?: string | undefined;
  /** `demo`: say who the demo users are. */
  note?: "demo";
  signIn: SignIn;
  onQuit?: () => void;
}) => {
  const theme = useTheme();
  const { t } = useLocale();
  const { exit } = useApp();
  const quit = onQuit ?? exit;
  const [source, setSource] = useState<DataSource | undefined>(undefined);
  const [ended, setEnded] = useState(false);
  if (source !== undefined) {
    return (
      <DataSourceProvider source={source}>
        <App onQuit={quit} />
      </DataSourceProvider>
    );
  }
  return (
    <Box flexDirection="column" borderStyle="round" borderColor={theme.border} paddingX={1}>
      <Text bold color={theme.accent}>
        {t("appTitle")}
      </Text>
      <Box marginTop={1}>
        <LoginScreen
          where={where}
          demo={note === "demo"}
          initial={{ username }}
          notice={ended ? t("sessionEnded") : undefined}
          onQuit={quit}
          login={async (credentials) => {
            const answer = await signIn(credentials, () => {
              // Back to the login screen, user name kept; the server's 30-minute idle limit
              // (or a logout elsewhere) ended the session.
              setSource(undefined);
              setEnded(true);
            });
            if (!answer.ok) return answer.reason;
            setEnded(false);
            setSource(answer.source);
            return undefined;
          }}
        />
      </Box>
    </Box>
  );
};
