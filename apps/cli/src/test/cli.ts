import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach } from "vitest";
import type { Io } from "../cli/command.js";
import { run } from "../run.js";

export interface CliResult {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `banli` in-process with collected output, in `cwd`, with a clean environment. */
export const runCli = async (
  argv: ReadonlyArray<string>,
  options: { readonly cwd?: string; readonly env?: Io["env"]; readonly tty?: boolean } = {},
): Promise<CliResult> => {
  let stdout = "";
  let stderr = "";
  const exitCode = await run(argv, {
    stdout: (chunk) => {
      stdout += chunk;
    },
    stderr: (chunk) => {
      stderr += chunk;
    },
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
    stderrIsTTY: options.tty ?? false,
    version: "1.0.0",
  });
  return { exitCode, stdout, stderr };
};

/** A temporary directory removed after the test. */
export const useTempDir = (): (() => string) => {
  const dirs: Array<string> = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = mkdtempSync(join(tmpdir(), "banli-cli-"));
    dirs.push(dir);
    return dir;
  };
};
