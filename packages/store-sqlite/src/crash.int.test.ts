import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { exportLines, generateSigningKeys, verifyLines } from "@banli/event-store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSqliteEventStore } from "./sqlite-store.js";

const here = dirname(fileURLToPath(import.meta.url));
const packageDir = join(here, "..");
const kills = Number(process.env.BANLI_CRASH_KILLS ?? 25);

/** Runs the writer until a random moment, kills it with SIGKILL, returns the acknowledged ids. */
const runAndKill = (filename: string, afterMs: number) =>
  new Promise<Map<string, number>>((resolve, reject) => {
    const entry = pathToFileURL(join(packageDir, "dist", "index.js")).href;
    const writer = join(here, "test", "crash-writer.mjs");
    const child = spawn(process.execPath, [writer, entry, filename, "8"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    const acknowledged = new Map<string, number>();
    let buffer = "";
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.stdout.on("data", (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split("\n");
      buffer = lines.pop() ?? "";
      for (const line of lines) {
        if (line === "ready") {
          setTimeout(() => child.kill("SIGKILL"), afterMs);
          continue;
        }
        const [commandId, position] = line.split(" ");
        if (commandId !== undefined) acknowledged.set(commandId, Number(position));
      }
    });
    child.on("error", reject);
    child.on("exit", (_code, signal) => {
      if (signal === "SIGKILL") resolve(acknowledged);
      else reject(new Error(`writer exited on its own: ${stderr}`));
    });
  });

describe("SQLite crash safety", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "banli-crash-"));
    // The child runs the built code; build this package and the event store first. Type errors
    // elsewhere (say, a kernel not built yet) do not stop tsc from emitting, so what counts is
    // that the entry files exist.
    for (const pkg of [join(packageDir, "..", "event-store"), packageDir]) {
      spawnSync("npx", ["tsc", "-p", "tsconfig.build.json"], { cwd: pkg, stdio: "pipe" });
      expect(existsSync(join(pkg, "dist", "index.js")), `build of ${pkg} failed`).toBe(true);
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(`keeps every acknowledged append through ${kills} SIGKILLs, and the chain verifies`, async () => {
    const filename = join(dir, "events.db");
    const keys = generateSigningKeys();
    let total = 0;
    for (let round = 0; round < kills; round++) {
      const acknowledged = await runAndKill(filename, 100 + Math.floor(Math.random() * 500));
      total += acknowledged.size;
      const store = openSqliteEventStore({ filename });
      try {
        for (const [commandId, position] of acknowledged) {
          const found = await store.findCommand(commandId);
          expect(found?.lastPosition, `acknowledged ${commandId} lost in round ${round}`).toBe(
            position,
          );
        }
        const lines: Array<string> = [];
        for await (const line of exportLines(store, { privateKey: keys.privateKey })) {
          lines.push(line);
        }
        const report = await verifyLines(lines, keys.publicKey);
        expect(report.ok, JSON.stringify(report)).toBe(true);
      } finally {
        await store.close();
      }
    }
    console.info(`crash test: ${kills} kills, ${total} acknowledged appends checked`);
    expect(total).toBeGreaterThan(kills);
  }, 600_000);
});
