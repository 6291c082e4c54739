import type { DraftValue } from "@banli/client";
import { Box, Text } from "ink";
import { TextField } from "../components/TextField.js";
import type { PlacedLeaf } from "../forms/leaves.js";
import { useLocale } from "../i18n/LocaleContext.js";
import { padToWidth } from "../text/width.js";
import { useTheme } from "../theme/ThemeContext.js";

const labelWidth = 26;

/** The label of an entry of a list says which entry it is: 传阅人 1 · 姓名. */
const labelOf = (leaf: PlacedLeaf, l: (label: { zh: string; en: string }) => string) => {
  const index = leaf.path.find((part): part is number => typeof part === "number");
  return index === undefined ? l(leaf.field.label) : `${index + 1}. ${l(leaf.field.label)}`;
};

/** One control: text and dates typed, choices and yes/no cycled with ←/→. */
export const FormFieldRow = ({
  leaf,
  value,
  focused,
  error,
}: {
  leaf: PlacedLeaf;
  value: DraftValue | undefined;
  focused: boolean;
  error: string | undefined;
}) => {
  const theme = useTheme();
  const { t, l } = useLocale();
  const { field } = leaf;
  const label = `${labelOf(leaf, l)}${field.required ? "" : `（${t("optional")}）`}`;
  const text = typeof value === "string" ? value : "";
  const control = (() => {
    if (!leaf.editable) return <Text color={theme.muted}>{t("notEditable")}</Text>;
    switch (field.kind) {
      case "choice":
        return (
          <Text>
            {field.options.map((option) => (
              <Text
                key={option.key}
                {...(option.key === text
                  ? { inverse: true, color: theme.focus }
                  : { color: theme.muted })}
              >
                {` ${l(option.label)} `}
              </Text>
            ))}
            {focused ? <Text color={theme.muted}> {t("choiceHint")}</Text> : null}
          </Text>
        );
      case "boolean":
        return (
          <Text {...(focused ? { color: theme.focus } : {})}>
            {value === true ? `[x] ${t("yes")}` : `[ ] ${t("no")}`}
          </Text>
        );
      default:
        return (
          <TextField
            value={text}
            focused={focused}
            placeholder={
              field.kind === "date"
                ? "YYYY-MM-DD"
                : field.kind === "datetime"
                  ? "YYYY-MM-DDTHH:MM"
                  : ""
            }
          />
        );
    }
  })();
  return (
    <Box flexDirection="column">
      <Box>
        <Text {...(focused ? { color: theme.focus, bold: true } : {})}>
          {focused ? "› " : "  "}
          {padToWidth(label, labelWidth)}
        </Text>
        {control}
      </Box>
      {error === undefined ? null : (
        <Text color={theme.status.danger}>
          {"  "}
          {" ".repeat(labelWidth)}
          {error}
        </Text>
      )}
    </Box>
  );
};
