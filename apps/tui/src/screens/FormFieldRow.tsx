import type { DraftValue } from "@banli/client";
import { Box, Text } from "ink";
import { TextField } from "../components/TextField.js";
import type { DirectoryEntry } from "../data/data-source.js";
import type { PlacedLeaf } from "../forms/leaves.js";
import { useLocale } from "../i18n/LocaleContext.js";
import { padToWidth } from "../text/width.js";
import { useTheme } from "../theme/ThemeContext.js";

const labelWidth = 26;

/** The label of an entry of a list says which entry it is: 2. 姓名. */
const labelOf = (leaf: PlacedLeaf, l: (label: { zh: string; en: string }) => string) =>
  leaf.entry === undefined
    ? l(leaf.field.label)
    : `${leaf.entry.index + 1}. ${l(leaf.field.label)}`;

/**
 * One line of a form: text and dates typed (dates also stepped with ←/→), choices and yes/no
 * cycled, units and people picked from the directory, and a list's own line with its count.
 */
export const FormFieldRow = ({
  leaf,
  value,
  focused,
  error,
  choices,
}: {
  leaf: PlacedLeaf;
  value: DraftValue | undefined;
  focused: boolean;
  error: string | undefined;
  /** For a unit or person: the directory's entries, to show the name of the id typed. */
  choices?: ReadonlyArray<DirectoryEntry> | undefined;
}) => {
  const theme = useTheme();
  const { t, l } = useLocale();
  const { field } = leaf;
  const label = `${labelOf(leaf, l)}${field.required ? "" : `（${t("optional")}）`}`;
  const text = typeof value === "string" ? value : "";
  const hint = (key: "choiceHint" | "pickHint" | "dateHint") =>
    focused ? <Text color={theme.muted}> {t(key)}</Text> : null;
  const control = (() => {
    if (leaf.kind === "list") {
      return (
        <Text color={theme.muted}>
          {leaf.count} {t("entries")}
        </Text>
      );
    }
    const scalar = leaf.field;
    switch (scalar.kind) {
      case "choice":
        return (
          <Text>
            {scalar.options.map((option) => (
              <Text
                key={option.key}
                {...(option.key === text
                  ? { inverse: true, color: theme.focus }
                  : { color: theme.muted })}
              >
                {` ${l(option.label)} `}
              </Text>
            ))}
            {hint("choiceHint")}
          </Text>
        );
      case "boolean":
        return (
          <Text {...(focused ? { color: theme.focus } : {})}>
            {value === true ? `[x] ${t("yes")}` : `[ ] ${t("no")}`}
          </Text>
        );
      case "date":
        return (
          <Text>
            <TextField value={text} focused={focused} placeholder="YYYY-MM-DD" />
            {hint("dateHint")}
          </Text>
        );
      default: {
        const named = choices?.find((entry) => entry.id === text);
        return (
          <Text>
            <TextField
              value={text}
              focused={focused}
              placeholder={scalar.kind === "datetime" ? "YYYY-MM-DDTHH:MM" : ""}
            />
            {named === undefined ? null : (
              <Text color={theme.accent}>
                {" "}
                {named.name}
                {named.detail === undefined ? "" : `（${named.detail}）`}
              </Text>
            )}
            {choices === undefined ? null : hint("pickHint")}
          </Text>
        );
      }
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
