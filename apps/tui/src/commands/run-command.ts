import type { AvailableAction } from "@banli/kernel";
import type { DataSource } from "../data/data-source.js";
import type { MessageKey } from "../i18n/messages.js";
import type { Navigation } from "../navigation/NavigationContext.js";
import { parseCommand } from "./parse-command.js";

/** An action named as the user would: its command tag, or its label in either language. */
const findAction = (actions: ReadonlyArray<AvailableAction>, name: string) =>
  actions.find((a) => a.command === name || a.label.zh === name || a.label.en === name);

/** Carries out a `:` command; answers with a message key when it cannot. */
export const runCommand = async (
  line: string,
  context: {
    readonly source: DataSource;
    readonly navigation: Navigation;
    readonly caseId: string | undefined;
    readonly quit: () => void;
  },
): Promise<MessageKey | undefined> => {
  const command = parseCommand(line);
  const { source, navigation, caseId } = context;
  switch (command.kind) {
    case "quit":
      context.quit();
      return undefined;
    case "invalid":
      return command.reason;
    case "open": {
      const rows = await source.search.query({ text: command.number });
      const row = rows.find((r) => r.number === command.number || r.caseId === command.number);
      if (row === undefined) return "notFound";
      navigation.openCase(row.caseId);
      return undefined;
    }
    case "replay":
      if (caseId === undefined) return "noCaseOpen";
      navigation.openCase(caseId, command.at);
      return undefined;
    case "act": {
      if (caseId === undefined) return "noCaseOpen";
      const detail = await source.cases.get({ caseId });
      const action = findAction(detail?.actions ?? [], command.action);
      if (action === undefined) return "noSuchAction";
      navigation.openAction(caseId, action);
      return undefined;
    }
    default:
      return command satisfies never;
  }
};
