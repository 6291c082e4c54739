/**
 * The shape of one `banli` command. Each command lives in its own file under `commands/` and is
 * listed once in `commands/index.ts`; the dispatcher, the help pages and the option parsing are
 * all derived from this description, so adding `serve` or `bench` touches no shared code.
 */

/** Where a command writes and what it may read of its surroundings (a process or a test). */
export interface Io {
  /** Data and results. Awaited, so a large export honours the stream's backpressure. */
  readonly stdout: (chunk: string) => void | Promise<void>;
  /** Messages, warnings and progress. */
  readonly stderr: (chunk: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** Progress is drawn only on a terminal (or when a command is given `--progress`). */
  readonly stderrIsTTY: boolean;
  readonly version: string;
}

export interface OptionSpec {
  readonly type: "string" | "boolean";
  readonly short?: string;
  /** Shown in help as `--name <value>`. */
  readonly value?: string;
  readonly help: string;
}

export interface PositionalSpec {
  readonly name: string;
  readonly help: string;
  readonly optional?: boolean;
}

/** Parsed arguments with typed accessors (parseArgs' own value type is a loose union). */
export interface Args {
  readonly positionals: ReadonlyArray<string>;
  readonly string: (name: string) => string | undefined;
  readonly flag: (name: string) => boolean;
}

export interface CommandContext {
  readonly args: Args;
  readonly io: Io;
}

export interface Command {
  /** Words after `banli`, e.g. `["audit", "verify"]`. */
  readonly path: ReadonlyArray<string>;
  readonly summary: string;
  /** Longer text for `--help`: what it does, defaults, examples. */
  readonly description?: string;
  readonly positionals: ReadonlyArray<PositionalSpec>;
  readonly options: Readonly<Record<string, OptionSpec>>;
  /** Resolves with the exit code; throws `CliError` (or any error) for a one-line failure. */
  readonly run: (context: CommandContext) => Promise<number>;
}

/** A failure the user can act on: printed as one line, exit code 1 (2 for usage mistakes). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = "CliError";
  }
}

/** The user called a command the wrong way; the message points at its `--help`. */
export class UsageError extends CliError {
  constructor(message: string) {
    super(message, 2);
    this.name = "UsageError";
  }
}

export const defineCommand = (command: Command): Command => command;
