import { Box, Text } from "ink";
import { useDataSource, useDataVersion } from "../data/DataSourceContext.js";
import { useLocale } from "../i18n/LocaleContext.js";
import { fill } from "../i18n/locale.js";
import { useTheme } from "../theme/ThemeContext.js";

/** Who is signed in (and for whom they act), the last message, and how to get help. */
export const StatusBar = ({ message }: { message: string | undefined }) => {
  const theme = useTheme();
  const { t } = useLocale();
  const { me, acting } = useDataSource();
  // Redrawn with every change the source reports: the act-for choice is one.
  useDataVersion();
  const principal = acting.current();
  return (
    <Box justifyContent="space-between" columnGap={2}>
      <Text color={theme.accent}>{message ?? ""}</Text>
      <Text color={theme.muted}>
        {t("user")}
        {t("colon")}
        {me.name}（{me.unit}）
        {principal === undefined ? "" : ` · ${fill(t("actingFor"), { name: principal.name })}`} ·{" "}
        {t("helpFooter")}
      </Text>
    </Box>
  );
};
