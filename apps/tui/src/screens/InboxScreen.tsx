import { Box, Text, useStdout } from "ink";
import { useState } from "react";
import { Table } from "../components/Table.js";
import { TextField } from "../components/TextField.js";
import { useDataSource, useDataVersion } from "../data/DataSourceContext.js";
import { type Box as BoxName, boxes } from "../data/data-source.js";
import { useQuery } from "../data/use-query.js";
import { useLocale } from "../i18n/LocaleContext.js";
import type { MessageKey } from "../i18n/messages.js";
import { keymap } from "../keymap.js";
import { useNavigation } from "../navigation/NavigationContext.js";
import { useGlobalKeys } from "../navigation/use-global-keys.js";
import { useKeys } from "../navigation/use-keys.js";
import { editText } from "../text/edit-text.js";
import { useTheme } from "../theme/ThemeContext.js";
import { inboxColumns, matchesFilter } from "./inbox-columns.js";

const boxTitles: Record<BoxName, MessageKey> = {
  todo: "boxTodo",
  done: "boxDone",
  toRead: "boxToRead",
  started: "boxStarted",
};

/** Keys that mean something on an empty filter; any other character starts filtering. */
const reserved = new Set(["j", "k", "h", "l", "n", "q", "?", ":", "/"]);

type Mode =
  | { readonly kind: "boxes" }
  | { readonly kind: "searching"; readonly text: string }
  | {
      readonly kind: "results";
      readonly text: string;
    };

/** 待办 / 已办 / 待阅 / 我发起的, with counts; `/` searches across all cases. */
export const InboxScreen = ({ active = true }: { active?: boolean }) => {
  const source = useDataSource();
  const version = useDataVersion();
  const navigation = useNavigation();
  const locale = useLocale();
  const { t, l } = locale;
  const theme = useTheme();
  const { stdout } = useStdout();
  const [box, setBox] = useState<BoxName>("todo");
  const [selected, setSelected] = useState(0);
  const [filter, setFilter] = useState("");
  const [mode, setMode] = useState<Mode>({ kind: "boxes" });

  const counts = useQuery(() => source.inbox.counts(), [source, version]);
  const searchText = mode.kind === "results" ? mode.text : undefined;
  const rows = useQuery(
    () =>
      searchText === undefined
        ? source.inbox.list({ box })
        : source.search.query({ text: searchText }),
    [source, version, box, searchText],
  );
  const shown =
    rows.state === "ready" ? rows.value.filter((row) => matchesFilter(row, filter, l)) : [];
  const current = Math.min(selected, Math.max(0, shown.length - 1));

  const capturing = filter !== "" || mode.kind === "searching";
  useGlobalKeys(active && !capturing);

  const moveBox = (step: number) => {
    const index = (boxes.indexOf(box) + step + boxes.length) % boxes.length;
    setBox(boxes[index] ?? "todo");
    setSelected(0);
    setFilter("");
    setMode({ kind: "boxes" });
  };

  useKeys(
    (input, key) => {
      if (keymap.up.matches(input, key) && (filter === "" || key.upArrow))
        setSelected(Math.max(0, current - 1));
      else if (keymap.down.matches(input, key) && (filter === "" || key.downArrow))
        setSelected(Math.min(shown.length - 1, current + 1));
      else if (keymap.prevBox.matches(input, key) && (filter === "" || !/^[hl]$/.test(input)))
        moveBox(-1);
      else if (keymap.nextBox.matches(input, key) && (filter === "" || !/^[hl]$/.test(input)))
        moveBox(1);
      else if (keymap.open.matches(input, key)) {
        const row = shown[current];
        if (row !== undefined) navigation.openCase(row.caseId);
      } else if (key.escape && filter !== "") setFilter("");
      else if (key.escape && mode.kind === "results") setMode({ kind: "boxes" });
      else if (key.backspace || key.delete) setFilter(filter.slice(0, -1));
      else if (filter === "" && keymap.search.matches(input, key))
        setMode({ kind: "searching", text: "" });
      else if (filter === "" && keymap.start.matches(input, key)) navigation.openStart();
      else if (input !== "" && !key.ctrl && !key.meta && (filter !== "" || !reserved.has(input))) {
        setFilter(filter + input);
        setSelected(0);
      }
    },
    { isActive: active && mode.kind !== "searching" },
  );
  useKeys(
    (input, key) => {
      if (mode.kind !== "searching") return;
      if (key.escape) setMode({ kind: "boxes" });
      else if (key.return) {
        setMode({ kind: "results", text: mode.text });
        setSelected(0);
      } else
        setMode((m) =>
          m.kind === "searching"
            ? { kind: "searching", text: editText(m.text, input, key) ?? m.text }
            : m,
        );
    },
    { isActive: active && mode.kind === "searching" },
  );

  return (
    <Box flexDirection="column">
      <Box>
        {boxes.map((name) => {
          const isCurrent = name === box && mode.kind === "boxes";
          const count = counts.state === "ready" ? counts.value[name] : "…";
          return (
            <Text
              key={name}
              {...(isCurrent ? { color: theme.focus, bold: true } : { color: theme.muted })}
            >
              {isCurrent ? "[" : " "}
              {t(boxTitles[name])} {count}
              {isCurrent ? "]" : " "}
              {"  "}
            </Text>
          );
        })}
        {mode.kind === "results" ? (
          <Text color={theme.focus} bold>
            [{t("searchResults")}
            {t("colon")}
            {mode.text}]
          </Text>
        ) : null}
      </Box>
      {mode.kind === "searching" ? (
        <Box>
          <Text color={theme.accent}>
            / {t("search")}
            {t("colon")}
          </Text>
          <TextField value={mode.text} focused={active} />
        </Box>
      ) : null}
      {filter === "" ? null : (
        <Text color={theme.accent}>
          {t("filter")}
          {t("colon")}
          {filter}
        </Text>
      )}
      <Box marginTop={1}>
        {rows.state === "loading" ? (
          <Text color={theme.muted}>{t("loading")}</Text>
        ) : rows.state === "failed" ? (
          <Text color={theme.status.danger}>{rows.error}</Text>
        ) : shown.length === 0 ? (
          <Text color={theme.muted}>{t("empty")}</Text>
        ) : (
          <Table
            columns={inboxColumns(locale, theme, stdout.columns || 120)}
            rows={shown}
            selected={current}
            rowKey={(row) => row.caseId}
          />
        )}
      </Box>
    </Box>
  );
};
