import { trafficLightLabels } from "@banli/kernel";
import { Text } from "ink";
import type { DeadlineView } from "../data/data-source.js";
import { useLocale } from "../i18n/LocaleContext.js";
import { useTheme } from "../theme/ThemeContext.js";
import { lightColour } from "../theme/theme.js";

/** The light in colour and in words: colour alone says nothing on a monochrome terminal. */
export const deadlineText = (
  deadline: DeadlineView,
  l: (label: { zh: string; en: string }) => string,
) => `● ${l(trafficLightLabels[deadline.light])} ${deadline.due}`;

export const DeadlineLight = ({ deadline }: { deadline: DeadlineView | undefined }) => {
  const theme = useTheme();
  const { t, l } = useLocale();
  if (deadline === undefined) return <Text color={theme.muted}>{t("noDeadline")}</Text>;
  return (
    <Text color={lightColour(theme, deadline.light)}>
      {deadlineText(deadline, l)}
      {deadline.basis === undefined ? "" : `（${deadline.basis}）`}
    </Text>
  );
};
