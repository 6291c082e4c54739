import { parseArgs } from "node:util";

export interface CliResult {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

const usage = `banli — 办理, the office-workflow system of the 局办公室

Usage: banli <command> [options]

Options:
  -h, --help      show this help
  -v, --version   print the version
`;

/** Parses argv and runs one command; returns what to print so it can be tested without a process. */
export const run = (argv: ReadonlyArray<string>, version: string): CliResult => {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    return { exitCode: 2, stdout: "", stderr: `banli: ${(error as Error).message}\n` };
  }
  if (parsed.values.version) return { exitCode: 0, stdout: `${version}\n`, stderr: "" };
  if (parsed.values.help || parsed.positionals.length === 0) {
    return { exitCode: 0, stdout: usage, stderr: "" };
  }
  const [command] = parsed.positionals;
  return {
    exitCode: 2,
    stdout: "",
    stderr: `banli: unknown command '${command}' (see banli --help)\n`,
  };
};

const parse = (argv: ReadonlyArray<string>) =>
  parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      help: { type: "boolean", short: "h" },
      version: { type: "boolean", short: "v" },
    },
  });
