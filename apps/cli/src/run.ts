import { parseArgs } from "node:util";
import { type Args, CliError, type Command, type Io, UsageError } from "./cli/command.js";
import { commandHelp, mainHelp } from "./cli/help.js";
import { commands as registry } from "./commands/index.js";

export type { Io } from "./cli/command.js";

/** The longest registered path that `argv` starts with, so `audit verify` wins over `audit`. */
const findCommand = (commands: ReadonlyArray<Command>, words: ReadonlyArray<string>) => {
  let best: Command | undefined;
  for (const command of commands) {
    const matches = command.path.every((word, i) => words[i] === word);
    if (matches && command.path.length > (best?.path.length ?? 0)) best = command;
  }
  return best;
};

/** Commands under a group word (`banli audit` lists `audit verify` and `audit replay`). */
const groupOf = (commands: ReadonlyArray<Command>, word: string | undefined) =>
  commands.filter((c) => c.path.length > 1 && c.path[0] === word);

const argsOf = (command: Command, argv: ReadonlyArray<string>): Args & { help: boolean } => {
  const options = Object.fromEntries(
    Object.entries(command.options).map(([name, spec]) => [
      name,
      spec.short === undefined ? { type: spec.type } : { type: spec.type, short: spec.short },
    ]),
  );
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: { ...options, help: { type: "boolean", short: "h" } },
    });
  } catch (error) {
    // parseArgs' messages name the option and suggest `--`; the first line is what matters.
    throw new UsageError(String((error as Error).message).split("\n")[0] ?? "bad arguments");
  }
  const values: Record<string, string | boolean | Array<string | boolean> | undefined> =
    parsed.values;
  const help = values.help === true;
  const positionals = parsed.positionals;
  if (!help) {
    const required = command.positionals.filter((p) => p.optional !== true).length;
    if (positionals.length < required) {
      const missing = command.positionals[positionals.length];
      throw new UsageError(`missing <${missing?.name ?? "argument"}>`);
    }
    if (positionals.length > command.positionals.length) {
      throw new UsageError(`unexpected argument '${positionals[command.positionals.length]}'`);
    }
  }
  return {
    help,
    positionals,
    string: (name) => {
      const value = values[name];
      return typeof value === "string" ? value : undefined;
    },
    flag: (name) => values[name] === true,
  };
};

/** One line, whatever the error: multi-line driver messages would bury the cause. */
const oneLine = (error: unknown): string => {
  const message =
    error instanceof Error || (typeof error === "object" && error !== null && "message" in error)
      ? String((error as { message: unknown }).message)
      : String(error);
  return message.replace(/\s*\n\s*/g, " ").trim();
};

/**
 * Parses argv and runs one command, writing through `io`; resolves with the exit code
 * (0 ok, 1 failure, 2 usage). Testable without a process: tests pass an `io` that collects.
 */
export const run = async (
  argv: ReadonlyArray<string>,
  io: Io,
  commands: ReadonlyArray<Command> = registry,
): Promise<number> => {
  // Command words come first (`banli audit verify <file> --flag`), as in git and npm.
  const command = findCommand(commands, argv);
  if (command === undefined) return runTopLevel(argv, io, commands);
  const name = command.path.join(" ");
  try {
    const args = argsOf(command, argv.slice(command.path.length));
    if (args.help) {
      await io.stdout(commandHelp(command));
      return 0;
    }
    return await command.run({ args, io });
  } catch (error) {
    const hint = error instanceof UsageError ? ` (see banli ${name} --help)` : "";
    io.stderr(`banli ${name}: ${oneLine(error)}${hint}\n`);
    return error instanceof CliError ? error.exitCode : 1;
  }
};

const runTopLevel = async (
  argv: ReadonlyArray<string>,
  io: Io,
  commands: ReadonlyArray<Command>,
) => {
  const first = argv[0];
  if (first === "--version" || first === "-v") {
    await io.stdout(`${io.version}\n`);
    return 0;
  }
  if (first === undefined || first === "--help" || first === "-h" || first === "help") {
    await io.stdout(mainHelp(commands));
    return 0;
  }
  const group = groupOf(commands, first);
  if (group.length > 0) {
    const wantsHelp = argv.length === 1 || argv.includes("--help") || argv.includes("-h");
    if (wantsHelp) {
      await io.stdout(mainHelp(group));
      return 0;
    }
    io.stderr(
      `banli: unknown command '${argv.slice(0, 2).join(" ")}' (see banli ${first} --help)\n`,
    );
    return 2;
  }
  const what = first.startsWith("-") ? `unknown option '${first}'` : `unknown command '${first}'`;
  io.stderr(`banli: ${what} (see banli --help)\n`);
  return 2;
};
