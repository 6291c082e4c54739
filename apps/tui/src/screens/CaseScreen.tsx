import type { HistoryEntry } from "@banli/kernel";
import { Box, Text } from "ink";
import { type ReactNode, useState } from "react";
import { DeadlineLight } from "../components/DeadlineLight.js";
import { useDataSource, useDataVersion } from "../data/DataSourceContext.js";
import { useQuery } from "../data/use-query.js";
import { useLocale } from "../i18n/LocaleContext.js";
import { fill } from "../i18n/locale.js";
import { keymap } from "../keymap.js";
import { useNavigation } from "../navigation/NavigationContext.js";
import { useGlobalKeys } from "../navigation/use-global-keys.js";
import { useKeys } from "../navigation/use-keys.js";
import { displayWidth, padToWidth } from "../text/width.js";
import { useTheme } from "../theme/ThemeContext.js";
import { StepList } from "./StepList.js";

/** Only the latest lines fit a 40-row terminal; the full record is the 处理单 on the web. */
const historyLines = 8;

const Section = ({ title, children }: { title: string; children: ReactNode }) => {
  const theme = useTheme();
  return (
    <Box flexDirection="column" marginBottom={1}>
      <Text bold color={theme.accent}>
        {title}
      </Text>
      {children}
    </Box>
  );
};

const EntryLine = ({ entry, withOpinion }: { entry: HistoryEntry; withOpinion: boolean }) => {
  const theme = useTheme();
  const { t, l } = useLocale();
  return (
    <Text wrap="truncate-end">
      <Text color={theme.muted}>{entry.at.slice(0, 16).replace("T", " ")} </Text>
      {entry.actor}
      {entry.onBehalfOf === undefined ? "" : fill(t("forPrincipal"), { name: entry.onBehalfOf })}{" "}
      {l(entry.label)}
      {withOpinion && entry.opinion !== undefined ? `${t("colon")}${entry.opinion}` : ""}
    </Text>
  );
};

/** One case: fields, steps, deadline, opinions, history, and what this user may do now. */
export const CaseScreen = ({
  caseId,
  asOf,
  active = true,
}: {
  caseId: string;
  asOf?: string | undefined;
  active?: boolean;
}) => {
  const source = useDataSource();
  const version = useDataVersion();
  const navigation = useNavigation();
  const { t, l } = useLocale();
  const theme = useTheme();
  const [selected, setSelected] = useState(0);
  const detail = useQuery(
    () => source.cases.get({ caseId, asOf }),
    [source, version, caseId, asOf],
  );
  const actions = detail.state === "ready" ? (detail.value?.actions ?? []) : [];
  const current = Math.min(selected, Math.max(0, actions.length - 1));

  useGlobalKeys(active);
  useKeys(
    (input, key) => {
      if (keymap.actionUp.matches(input, key)) setSelected(Math.max(0, current - 1));
      else if (keymap.actionDown.matches(input, key))
        setSelected(Math.min(actions.length - 1, current + 1));
      else if (keymap.act.matches(input, key)) {
        const action = actions[current];
        if (action !== undefined) navigation.openAction(caseId, action);
      }
    },
    { isActive: active },
  );

  if (detail.state === "loading") return <Text color={theme.muted}>{t("loading")}</Text>;
  if (detail.state === "failed") return <Text color={theme.status.danger}>{detail.error}</Text>;
  const value = detail.value;
  if (value === undefined) return <Text color={theme.status.danger}>{t("notFound")}</Text>;
  const labelWidth = Math.max(8, ...value.fields.map((f) => displayWidth(l(f.label))));

  return (
    <Box flexDirection="column">
      <Text bold>
        {value.number} {value.title}
        <Text color={theme.muted}>
          {"  "}
          {l(value.processTitle)} · {l(value.status)}
        </Text>
      </Text>
      {value.asOf === undefined ? null : (
        <Text color={theme.status.warn}>
          {t("replayBanner")} {value.asOf}
        </Text>
      )}
      <Box marginTop={1}>
        <Box flexDirection="column" width={44} marginRight={2}>
          <Section title={t("fields")}>
            {value.fields.map((field) => (
              <Text key={field.label.en} wrap="truncate-end">
                <Text color={theme.muted}>{padToWidth(l(field.label), labelWidth)}</Text>
                {"  "}
                {l(field.value)}
              </Text>
            ))}
          </Section>
          <Section title={t("deadline")}>
            <DeadlineLight deadline={value.due} />
          </Section>
          <Section title={t("steps")}>
            <StepList steps={value.steps} />
          </Section>
        </Box>
        <Box flexDirection="column" flexGrow={1}>
          <Section title={t("opinions")}>
            {value.opinions.length === 0 ? (
              <Text color={theme.muted}>{t("empty")}</Text>
            ) : (
              value.opinions.map((entry) => (
                <EntryLine
                  key={`${entry.at}-${entry.actor}-${l(entry.label)}`}
                  entry={entry}
                  withOpinion
                />
              ))
            )}
          </Section>
          <Section title={t("history")}>
            {value.history.slice(-historyLines).map((entry) => (
              <EntryLine
                key={`${entry.at}-${entry.actor}-${l(entry.label)}`}
                entry={entry}
                withOpinion={false}
              />
            ))}
          </Section>
          {value.asOf === undefined ? (
            <Section title={t("actions")}>
              {actions.length === 0 ? (
                <Text color={theme.muted}>{t("noActions")}</Text>
              ) : (
                actions.map((action, index) => (
                  <Text
                    key={action.command}
                    {...(index === current ? { color: theme.focus, inverse: true } : {})}
                  >
                    {index === current ? "› " : "  "}
                    {l(action.label)}
                  </Text>
                ))
              )}
            </Section>
          ) : null}
        </Box>
      </Box>
    </Box>
  );
};
