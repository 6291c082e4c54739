import type { AvailableAction } from "@banli/kernel";
import type { DataSource, DirectoryEntry } from "../data/data-source.js";
import type { MessageKey } from "../i18n/messages.js";
import type { Navigation } from "../navigation/NavigationContext.js";
import { parseCommand } from "./parse-command.js";

/** An action named as the user would: its command tag, or its label in either language. */
const findAction = (actions: ReadonlyArray<AvailableAction>, name: string) =>
  actions.find((a) => a.command === name || a.label.zh === name || a.label.en === name);

/** What the status bar says after a command: a message, with a person's name if it names one. */
export type Notice = MessageKey | { readonly key: MessageKey; readonly name: string };

/** A principal named as the user would: the user name (`fenguan`) or the person's name. */
const findPrincipal = (principals: ReadonlyArray<DirectoryEntry>, who: string) =>
  principals.find((p) => p.id === who || p.name === who);

/** Carries out a `:` command; answers with what the status bar should say, if anything. */
export const runCommand = async (
  line: string,
  context: {
    readonly source: DataSource;
    readonly navigation: Navigation;
    readonly caseId: string | undefined;
    readonly quit: () => void;
  },
): Promise<Notice | undefined> => {
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
    case "for": {
      if (command.who === undefined) {
        await source.acting.actFor(undefined);
        navigation.home();
        return "actingAsSelf";
      }
      const principal = findPrincipal(await source.acting.principals(), command.who);
      if (principal === undefined || !(await source.acting.actFor(principal))) {
        return "noDelegation";
      }
      // Their 工作台: what was open may not be theirs to see.
      navigation.home();
      return { key: "nowActingFor", name: principal.name };
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
