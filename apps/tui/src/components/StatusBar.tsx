import { Box, Text } from "ink";
import { useDataSource } from "../data/DataSourceContext.js";
import { useLocale } from "../i18n/LocaleContext.js";
import { useTheme } from "../theme/ThemeContext.js";

/** Who is signed in, the last message, and how to get help. */
export const StatusBar = ({ message }: { message: string | undefined }) => {
  const theme = useTheme();
  const { t } = useLocale();
  const { me } = useDataSource();
  return (
    <Box justifyContent="space-between">
      <Text color={theme.accent}>{message ?? ""}</Text>
      <Text color={theme.muted}>
        {t("user")}
        {t("colon")}
        {me.name}（{me.unit}） · {t("helpFooter")}
      </Text>
    </Box>
  );
};
