import type { Command, OptionSpec } from "./command.js";

const helpOption: OptionSpec = { type: "boolean", short: "h", help: "show this help" };

const pad = (text: string, width: number) => text + " ".repeat(Math.max(1, width - text.length));

const optionLabel = (name: string, spec: OptionSpec) =>
  `${spec.short === undefined ? "    " : `-${spec.short}, `}--${name}${spec.value === undefined ? "" : ` <${spec.value}>`}`;

export const usageLine = (command: Command): string => {
  const positionals = command.positionals
    .map((p) => (p.optional === true ? `[${p.name}]` : `<${p.name}>`))
    .join(" ");
  return ["banli", ...command.path, positionals, "[options]"].filter((s) => s !== "").join(" ");
};

/** The `--help` page of one command. */
export const commandHelp = (command: Command): string => {
  const lines = [`${command.summary}`, "", `Usage: ${usageLine(command)}`];
  if (command.description !== undefined) lines.push("", command.description.trimEnd());
  if (command.positionals.length > 0) {
    lines.push("", "Arguments:");
    for (const p of command.positionals) lines.push(`  ${pad(p.name, 24)}${p.help}`);
  }
  lines.push("", "Options:");
  const options: Record<string, OptionSpec> = { ...command.options, help: helpOption };
  for (const [name, spec] of Object.entries(options)) {
    lines.push(`  ${pad(optionLabel(name, spec), 28)}${spec.help}`);
  }
  return `${lines.join("\n")}\n`;
};

/** The top-level page: every registered command with its summary. */
export const mainHelp = (commands: ReadonlyArray<Command>): string => {
  const names = commands.map((c) => c.path.join(" "));
  const width = Math.max(...names.map((n) => n.length), 10) + 4;
  return [
    "banli — 办理, the office-workflow system of the 局办公室",
    "",
    "Usage: banli <command> [options]",
    "",
    "Commands:",
    ...commands.map((c, i) => `  ${pad(names[i] ?? "", width)}${c.summary}`),
    "",
    "Options:",
    "  -h, --help      show this help (also after any command)",
    "  -v, --version   print the version",
    "",
    "Stores: commands that touch a store take --db <file> (SQLite) or --pg <url> (PostgreSQL);",
    "the default is banli.sqlite in the data directory ($BANLI_DATA_DIR, else ./.banli-data).",
    "",
  ].join("\n");
};
