import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { createInterface } from "node:readline";

/**
 * The `banli` command as a child process: the web console may not import the CLI (apps never
 * import apps, spec/architecture.md), so the benchmark drives it as a user would.
 */
export interface Banli {
  readonly cli: string;
  readonly log: (line: string) => void;
}

/** Runs a `banli` command to its end; its stderr (progress) is passed through; fails loudly. */
export const runBanli = async (banli: Banli, args: ReadonlyArray<string>): Promise<void> => {
  const child = spawn(process.execPath, [banli.cli, ...args], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  child.stderr?.on("data", (chunk: Buffer) => process.stderr.write(chunk));
  const [code] = (await once(child, "exit")) as [number | null];
  if (code !== 0) throw new Error(`banli ${args.join(" ")} exited with ${code}`);
};

export interface Served {
  readonly url: string;
  /** From spawning to the server answering /health (includes catching its read models up). */
  readonly startedInMs: number;
  readonly stop: () => Promise<void>;
}

/** Starts `banli serve` on a free port and waits until it answers; `stop` ends it (SIGTERM). */
export const serveBanli = async (
  banli: Banli,
  args: ReadonlyArray<string>,
  timeoutMs = 600_000,
): Promise<Served> => {
  const started = performance.now();
  const child: ChildProcess = spawn(
    process.execPath,
    [banli.cli, "serve", "--host", "127.0.0.1", "--port", "0", ...args],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  child.stderr?.on("data", (chunk: Buffer) => banli.log(`serve: ${chunk.toString().trim()}`));
  const stop = async () => {
    if (child.exitCode !== null) return;
    child.kill("SIGTERM");
    await once(child, "exit");
  };
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("banli serve did not start")), timeoutMs);
      child.once("exit", (code) => reject(new Error(`banli serve exited with ${code}`)));
      // The first line is the banner: "Banli 办理 is running at http://127.0.0.1:PORT/ (…)".
      createInterface({ input: child.stdout ?? process.stdin }).on("line", (line) => {
        const match = /running at (http:\/\/[^\s/]+)\//.exec(line);
        if (match?.[1] !== undefined) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      });
    });
    for (;;) {
      const health = await fetch(`${url}/health`).catch(() => undefined);
      if (health?.ok === true) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return { url, startedInMs: performance.now() - started, stop };
  } catch (error) {
    await stop();
    throw error;
  }
};
