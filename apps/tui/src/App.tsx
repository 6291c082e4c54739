import { Box, Text, useApp } from "ink";
import { useMemo, useState } from "react";
import { runCommand } from "./commands/run-command.js";
import { CommandLine } from "./components/CommandLine.js";
import { HelpOverlay } from "./components/HelpOverlay.js";
import { StatusBar } from "./components/StatusBar.js";
import { useDataSource } from "./data/DataSourceContext.js";
import { useLocale } from "./i18n/LocaleContext.js";
import { fill } from "./i18n/locale.js";
import { keymap } from "./keymap.js";
import { type Navigation, NavigationProvider } from "./navigation/NavigationContext.js";
import { caseOf, type Route } from "./navigation/route.js";
import { useKeys } from "./navigation/use-keys.js";
import { ActionFormScreen } from "./screens/ActionFormScreen.js";
import { CaseScreen } from "./screens/CaseScreen.js";
import { InboxScreen } from "./screens/InboxScreen.js";
import { StartScreen } from "./screens/StartScreen.js";
import { editText } from "./text/edit-text.js";
import { useTheme } from "./theme/ThemeContext.js";

type Overlay = "help" | "command" | undefined;

/** The console: a stack of screens (Esc/q goes back), the `?` overlay and the `:` line. */
export const App = ({ onQuit }: { onQuit?: () => void }) => {
  const source = useDataSource();
  const theme = useTheme();
  const { t, l } = useLocale();
  const { exit } = useApp();
  const [stack, setStack] = useState<ReadonlyArray<Route>>([{ name: "inbox" }]);
  const [overlay, setOverlay] = useState<Overlay>(undefined);
  const [message, setMessage] = useState<string | undefined>(undefined);
  const [commandText, setCommandText] = useState("");
  const route = stack[stack.length - 1] ?? { name: "inbox" };
  const quit = onQuit ?? exit;

  const push = (next: Route) => {
    setMessage(undefined);
    setStack((s) => [...s, next]);
  };
  const pop = () => setStack((s) => s.slice(0, -1));

  const navigation: Navigation = useMemo(
    () => ({
      openCase: (caseId, asOf) => push({ name: "case", caseId, asOf }),
      openAction: (caseId, action) => push({ name: "action", caseId, action }),
      openStart: () => push({ name: "start" }),
      startCase: (process, action) => push({ name: "startForm", process, action }),
      back: () => (stack.length <= 1 ? quit() : pop()),
      home: () => setStack([{ name: "inbox" }]),
      showHelp: () => setOverlay("help"),
      openCommandLine: () => {
        setCommandText("");
        setOverlay("command");
      },
      notify: setMessage,
    }),
    [stack.length, quit],
  );

  // The overlay takes the keys while it is up; the screen underneath stays drawn but inert.
  useKeys(
    (input, key) => {
      if (keymap.help.matches(input, key) || key.escape) setOverlay(undefined);
    },
    { isActive: overlay === "help" },
  );
  useKeys(
    (input, key) => {
      if (key.escape) setOverlay(undefined);
      else if (key.return) {
        setOverlay(undefined);
        runCommand(commandText, { source, navigation, caseId: caseOf(route), quit }).then(
          (notice) => {
            if (notice === undefined) return;
            setMessage(
              typeof notice === "string" ? t(notice) : fill(t(notice.key), { name: notice.name }),
            );
          },
        );
      } else setCommandText((text) => editText(text, input, key) ?? text);
    },
    { isActive: overlay === "command" },
  );

  const screenActive = overlay === undefined;
  const screen = (() => {
    switch (route.name) {
      case "inbox":
        return <InboxScreen active={screenActive} />;
      case "case":
        return (
          <CaseScreen
            key={`${route.caseId}@${route.asOf ?? ""}`}
            caseId={route.caseId}
            asOf={route.asOf}
            active={screenActive}
          />
        );
      case "start":
        return <StartScreen active={screenActive} />;
      case "action":
        return (
          <ActionFormScreen
            key={`${route.caseId}:${route.action.command}`}
            action={route.action}
            active={screenActive}
            submit={(payload) => source.cases.act({ caseId: route.caseId, payload })}
            onCancel={pop}
            onDone={() => {
              pop();
              setMessage(`${t("done")}${t("colon")}${l(route.action.label)}`);
            }}
          />
        );
      case "startForm":
        return (
          <ActionFormScreen
            key={`start:${route.process}`}
            action={route.action}
            active={screenActive}
            submit={(payload) => source.cases.open({ process: route.process, payload })}
            onCancel={pop}
            onDone={({ caseId }) => {
              setStack([{ name: "inbox" }, { name: "case", caseId }]);
              setMessage(`${t("done")}${t("colon")}${l(route.action.label)}`);
            }}
          />
        );
      default:
        return route satisfies never;
    }
  })();

  return (
    <NavigationProvider navigation={navigation}>
      <Box flexDirection="column" borderStyle="round" borderColor={theme.border} paddingX={1}>
        <Text bold color={theme.accent}>
          {t("appTitle")}
        </Text>
        <Box marginTop={1} flexDirection="column">
          {overlay === "help" ? <HelpOverlay /> : screen}
        </Box>
        {overlay === "command" ? (
          <CommandLine line={commandText} />
        ) : (
          <StatusBar message={message} />
        )}
      </Box>
    </NavigationProvider>
  );
};
