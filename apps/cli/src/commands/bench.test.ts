import { existsSync, readFileSync } from "node:fs";
import { connect } from "node:net";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, useTempDir } from "../test/cli.js";

const tempDir = useTempDir();

/** Runs `banli bench <what> --quick` into a temp dir; returns the output and the JSON written. */
const bench = async (what: string, ...extra: Array<string>) => {
  const dir = tempDir();
  const result = await runCli(["bench", what, "--quick", ...extra], { cwd: dir });
  const file = join(dir, "bench-results", `${what}.json`);
  const json = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as unknown) : undefined;
  return { ...result, json, dir };
};

/** A figure the benchmark measured: a positive finite number (not a timing assertion). */
const figure = expect.any(Number);
const isFigure = (value: unknown) =>
  typeof value === "number" && Number.isFinite(value) && value > 0;

const pgReachable = () =>
  new Promise<boolean>((resolve) => {
    const socket = connect({ host: "127.0.0.1", port: 5432 });
    socket.setTimeout(2000);
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => {
      socket.destroy();
      resolve(false);
    });
  });

// Each run writes and fsyncs real databases: generous timeouts for a loaded 2-core machine.
describe("banli bench", { timeout: 120_000 }, () => {
  it("store: writes the ratios of each load shape to bench-results/store.json", async () => {
    const run = await bench("store");
    expect(run.stderr).not.toContain("Error");
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain("50 concurrent");
    expect(run.json).toMatchObject({
      bench: "store",
      quick: true,
      oneAtATime: { ratio: figure, target: ">= 0.8x" },
      concurrent50: { ratio: figure, p99Ms: figure, target: ">= 3x, p99 <= 10 ms" },
      burst: { ratio: figure, p99Ms: figure },
      reference: { operations: 40 },
    });
    const json = run.json as { concurrent50: { ratio: number }; oneAtATime: { ratio: number } };
    expect(isFigure(json.concurrent50.ratio) && isFigure(json.oneAtATime.ratio)).toBe(true);
  });

  it("replay: the ratio to the raw floor and the file size, over the same kernel log", async () => {
    const run = await bench("replay", "--events", "1500");
    expect(run.exitCode).toBe(0);
    expect(run.json).toMatchObject({
      bench: "replay",
      events: 1500,
      ratio: figure,
      target: ">= 0.5x",
      sqliteBytesPerMillionEvents: figure,
      // Both replays rebuilt the same cases from the same events.
      reference: { operations: 1500 },
      store: { operations: 1500 },
    });
    expect(isFigure((run.json as { ratio: number }).ratio)).toBe(true);
  });

  it("verify: events per second, the ratio to the floor and the export's size", async () => {
    const run = await bench("verify", "--events", "1200", "--out", "v/out.json");
    expect(run.exitCode).toBe(0);
    const json = JSON.parse(readFileSync(join(run.dir, "v", "out.json"), "utf8")) as unknown;
    expect(json).toMatchObject({
      bench: "verify",
      events: 1200,
      ratio: figure,
      eventsPerSecond: figure,
      eventsPerCpuSecond: figure,
      exportBytesPerMillionEvents: figure,
      sqliteBytesPerMillionEvents: figure,
    });
    expect(run.stdout).toContain(join(run.dir, "v", "out.json"));
  });

  it("pg: the ratio to the raw CTE and the tables' size", async (context) => {
    if (!(await pgReachable())) {
      // In CI the server must be there: failing beats silently skipping the benchmark.
      if (process.env.CI === "true") throw new Error("PostgreSQL is not reachable on :5432");
      context.skip();
    }
    const run = await bench("pg", "--pg", "postgres://postgres@127.0.0.1:5432/test");
    expect(run.stderr).not.toContain("Error");
    expect(run.exitCode).toBe(0);
    expect(run.json).toMatchObject({
      bench: "pg",
      ratio: figure,
      target: ">= 0.8x",
      tableBytesPerMillionEvents: figure,
      sizes: { commands: 160, connections: 16, rounds: 1 },
    });
  });

  it("refuses a size that is not a positive whole number, and writes nothing", async () => {
    const run = await bench("replay", "--events", "0");
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain("--events must be a whole number of at least 1");
    expect(run.json).toBeUndefined();
    expect((await bench("store", "--rounds", "two")).exitCode).toBe(2);
  });

  it("lists its benchmarks under banli bench, each with its own help", async () => {
    const group = await runCli(["bench"]);
    for (const what of ["store", "replay", "verify", "pg"]) {
      expect(group.stdout + group.stderr).toContain(`bench ${what}`);
      const help = await runCli(["bench", what, "--help"]);
      expect(help.exitCode).toBe(0);
      expect(help.stdout).toContain("--quick");
      expect(help.stdout).toContain("--out");
    }
  });
});
