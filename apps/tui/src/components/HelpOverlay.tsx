import { Box, Text } from "ink";
import { commandHelp } from "../commands/parse-command.js";
import { useLocale } from "../i18n/LocaleContext.js";
import { type Binding, keymap, type Scope, scopeTitles } from "../keymap.js";
import { padToWidth } from "../text/width.js";
import { useTheme } from "../theme/ThemeContext.js";

const bindings: ReadonlyArray<Binding> = Object.values(keymap);

const ScopeKeys = ({ scope }: { scope: Scope }) => {
  const theme = useTheme();
  const { t, l } = useLocale();
  return (
    <Box flexDirection="column" marginTop={1}>
      <Text bold>{t(scopeTitles[scope])}</Text>
      {bindings
        .filter((b) => b.scope === scope)
        .map((b) => (
          <Text key={`${b.keys}-${b.does.en}`}>
            {"  "}
            <Text color={theme.focus}>{padToWidth(b.keys, 16)}</Text>
            {l(b.does)}
          </Text>
        ))}
    </Box>
  );
};

/**
 * Every key, from the same table the screens match keys with; in two columns so the whole list
 * fits a 40-row terminal.
 */
export const HelpOverlay = () => {
  const theme = useTheme();
  const { t, l } = useLocale();
  return (
    <Box flexDirection="column" borderStyle="round" borderColor={theme.focus} paddingX={1}>
      <Text bold color={theme.accent}>
        {t("help")}
      </Text>
      <Box>
        <Box flexDirection="column" width="50%">
          <ScopeKeys scope="global" />
          <ScopeKeys scope="inbox" />
          <ScopeKeys scope="case" />
        </Box>
        <Box flexDirection="column" width="50%">
          <ScopeKeys scope="form" />
          <Box flexDirection="column" marginTop={1}>
            <Text bold>{t("commandPrompt")}</Text>
            {commandHelp.map((c) => (
              <Text key={c.usage}>
                {"  "}
                <Text color={theme.focus}>{padToWidth(c.usage, 22)}</Text>
                {l(c.does)}
              </Text>
            ))}
          </Box>
        </Box>
      </Box>
      <Box marginTop={1}>
        <Text color={theme.muted}>{t("helpClose")}</Text>
      </Box>
    </Box>
  );
};
