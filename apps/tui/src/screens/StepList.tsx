import { Box, Text } from "ink";
import type { StepView } from "../data/data-source.js";
import { useLocale } from "../i18n/LocaleContext.js";
import { useTheme } from "../theme/ThemeContext.js";

/** The process's boxes in chart order, the case's current one marked (▶) and lit. */
export const StepList = ({ steps }: { steps: ReadonlyArray<StepView> }) => {
  const theme = useTheme();
  const { l } = useLocale();
  return (
    <Box flexDirection="column">
      {steps.map((step) => {
        const mark = step.current ? "▶" : step.kind === "loop" ? "↻" : "·";
        const indent = step.kind === "loop" ? "    " : "  ";
        return (
          <Text
            key={step.id}
            {...(step.current ? { color: theme.focus, bold: true } : { color: theme.muted })}
          >
            {indent}
            {mark} {l(step.label)}
          </Text>
        );
      })}
    </Box>
  );
};
