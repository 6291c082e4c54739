import { Box, Text } from "ink";
import { useState } from "react";
import { useDataSource } from "../data/DataSourceContext.js";
import { useQuery } from "../data/use-query.js";
import { useLocale } from "../i18n/LocaleContext.js";
import { keymap } from "../keymap.js";
import { useNavigation } from "../navigation/NavigationContext.js";
import { useGlobalKeys } from "../navigation/use-global-keys.js";
import { useKeys } from "../navigation/use-keys.js";
import { useTheme } from "../theme/ThemeContext.js";

/** The processes this user may start (the server says which), each opening its start form. */
export const StartScreen = ({ active = true }: { active?: boolean }) => {
  const source = useDataSource();
  const navigation = useNavigation();
  const theme = useTheme();
  const { t, l } = useLocale();
  const [selected, setSelected] = useState(0);
  const startable = useQuery(() => source.cases.startable(), [source]);
  const items = startable.state === "ready" ? startable.value : [];
  useGlobalKeys(active);
  useKeys(
    (input, key) => {
      if (keymap.up.matches(input, key)) setSelected(Math.max(0, selected - 1));
      else if (keymap.down.matches(input, key))
        setSelected(Math.min(items.length - 1, selected + 1));
      else if (keymap.open.matches(input, key)) {
        const item = items[selected];
        if (item !== undefined) navigation.startCase(item.process, item.action);
      }
    },
    { isActive: active },
  );
  return (
    <Box flexDirection="column">
      <Text bold color={theme.accent}>
        {t("startCase")}
      </Text>
      {startable.state === "ready" && items.length === 0 ? (
        <Text color={theme.muted}>{t("nothingToStart")}</Text>
      ) : null}
      {items.map((item, index) => (
        <Text
          key={item.process}
          {...(index === selected ? { color: theme.focus, inverse: true } : {})}
        >
          {index === selected ? "› " : "  "}
          {l(item.title)} · {l(item.action.label)}
        </Text>
      ))}
    </Box>
  );
};
