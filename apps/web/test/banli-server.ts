import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const cli = fileURLToPath(new URL("../../cli/dist/main.js", import.meta.url));
const web = fileURLToPath(new URL("../dist", import.meta.url));
const shiftedClock = fileURLToPath(new URL("./shifted-clock.mjs", import.meta.url));

export interface RunningBanli {
  /** e.g. `http://127.0.0.1:40123/` */
  readonly url: string;
  readonly stop: () => Promise<void>;
}

/**
 * A real `banli serve --demo` on an ephemeral port with a fresh data directory, serving the
 * built console: what an office gets from the README's start command, minus the install.
 * `clock` (an ISO instant) starts the server's clock there (see shifted-clock.mjs).
 */
export const startBanli = async (
  options: { readonly clock?: string } = {},
): Promise<RunningBanli> => {
  const data = mkdtempSync(join(tmpdir(), "banli-e2e-"));
  const clock = options.clock === undefined ? [] : ["--import", shiftedClock];
  const child: ChildProcess = spawn(
    process.execPath,
    [
      ...clock,
      cli,
      "serve",
      "--demo",
      "--port",
      "0",
      "--db",
      join(data, "banli.sqlite"),
      "--web",
      web,
    ],
    {
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, BANLI_PORT: undefined, BANLI_E2E_CLOCK: options.clock },
    },
  );
  // However the test run ends (a failed hook, an interrupted run), the server ends with it.
  const orphanGuard = () => child.kill("SIGTERM");
  process.once("exit", orphanGuard);
  let output = "";
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/[^\s/]+\/)/.exec(output);
      if (match?.[1] !== undefined) resolve(match[1]);
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => reject(new Error(`banli serve exited (${code}):\n${output}`)));
  });
  return {
    url,
    stop: async () => {
      process.off("exit", orphanGuard);
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        await exited;
      }
      rmSync(data, { recursive: true, force: true });
    },
  };
};
