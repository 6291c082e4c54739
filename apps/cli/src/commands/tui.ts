import { spawn } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { delimiter, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { CliError, defineCommand } from "../cli/command.js";

/**
 * `banli tui` runs the terminal UI, which is its own program (`banli-tui`, apps/tui) because
 * apps never import apps. As git does with `git-<name>`, the command finds the program and
 * runs it with the terminal handed over (stdio inherited), passing the arguments through.
 */
export const tuiProgram = "banli-tui";

const isExecutable = (file: string): boolean => {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** Each folder and its parents, nearest first. */
const upwards = (start: string): ReadonlyArray<string> => {
  const dirs: Array<string> = [];
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    dirs.push(dir);
    if (dirname(dir) === dir) return dirs;
  }
};

/**
 * Where `banli-tui` is: `$BANLI_TUI` if set; else on PATH (a global install); else in a
 * `node_modules/.bin` above the working directory or above this CLI (a project install).
 */
export const findTui = (
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
  self: string = dirname(fileURLToPath(import.meta.url)),
): string | undefined => {
  const explicit = env.BANLI_TUI;
  if (explicit !== undefined && explicit !== "") {
    return isExecutable(explicit) ? resolve(cwd, explicit) : undefined;
  }
  const onPath = (env.PATH ?? "")
    .split(delimiter)
    .filter((dir) => dir !== "")
    .map((dir) => join(dir, tuiProgram));
  const inProjects = [...upwards(cwd), ...upwards(self)].map((dir) =>
    join(dir, "node_modules", ".bin", tuiProgram),
  );
  return [...onPath, ...inProjects].find(isExecutable);
};

/** The options of `banli-tui`, declared here so `banli tui --help` lists them too. */
const passed = ["server", "db", "user", "lang"] as const;
const flags = ["demo", "en"] as const;

export const tui = defineCommand({
  path: ["tui"],
  summary: "open the terminal UI (runs banli-tui, which must be installed)",
  description: `Signs in to a Banli server (default http://127.0.0.1:8080) or, with --db, opens a
local SQLite file directly when no server runs. Chinese by default; --lang en for English.
The terminal UI is the separate program banli-tui (package @banli/tui): it is looked for in
$BANLI_TUI, on PATH, then in node_modules/.bin above the working directory.

Example: banli tui --server http://127.0.0.1:8080 --user bangongshi`,
  positionals: [],
  options: {
    server: { type: "string", value: "url", help: "the server to sign in to" },
    db: { type: "string", value: "file", help: "open a local SQLite file instead of a server" },
    demo: { type: "boolean", help: "give an empty file the demo bureau (alone: a throwaway file)" },
    user: { type: "string", value: "name", help: "fill in the user name" },
    lang: { type: "string", value: "zh|en", help: "language (default zh)" },
    en: { type: "boolean", help: "short for --lang en" },
  },
  run: async ({ args, io }) => {
    const program = findTui(io.env, io.cwd);
    if (program === undefined) {
      throw new CliError(
        io.env.BANLI_TUI
          ? `${io.env.BANLI_TUI} (from BANLI_TUI) is not an executable banli-tui`
          : "the terminal UI is not installed: banli-tui was not found on PATH or in node_modules/.bin (install @banli/tui, or set BANLI_TUI)",
      );
    }
    const argv = [
      ...passed.flatMap((name) => {
        const value = args.string(name);
        return value === undefined ? [] : [`--${name}`, value];
      }),
      ...flags.filter((name) => args.flag(name)).map((name) => `--${name}`),
    ];
    // The terminal is the UI's now: its keys, its screen, its exit code.
    const child = spawn(program, argv, { stdio: "inherit", env: io.env, cwd: io.cwd });
    return new Promise<number>((done, failed) => {
      child.once("error", (error) =>
        failed(new CliError(`could not start ${program}: ${error.message}`)),
      );
      child.once("exit", (code, signal) => {
        // A program ended by a signal exits, by shell convention, with 128 + its number.
        const signals: Readonly<Record<string, number>> = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 };
        done(code ?? 128 + (signal === null ? 0 : (signals[signal] ?? 0)));
      });
    });
  },
});
