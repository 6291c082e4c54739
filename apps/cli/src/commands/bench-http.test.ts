import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, useTempDir } from "../test/cli.js";

const tempDir = useTempDir();

// Only the shape and the bookkeeping are checked, never timings: speed is what the JSON is for.
describe("banli bench http", () => {
  it("measures all five workloads in a quick run and writes the ratios to --out", async () => {
    const dir = tempDir();
    const result = await runCli(
      [
        "bench",
        "http",
        "--duration",
        "0.5",
        "--rounds",
        "1",
        "--warmup",
        "0",
        "--connections",
        "4",
        "--out",
        "out/http.json",
      ],
      { cwd: dir },
    );
    expect(result.stderr).toContain("round 1/1 command");
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/command vs raw append: [\d.]+×/);
    const json = JSON.parse(readFileSync(join(dir, "out", "http.json"), "utf8"));
    expect(json).toMatchObject({
      benchmark: "http",
      settings: {
        connections: 4,
        duration: 0.5,
        rounds: 1,
        warmup: 0,
        adapter: "lean",
        queryCache: true,
      },
      targets: { commandVsRawAppend: { goal: 1 }, inboxListVsHello: { goal: 0.8 } },
    });
    for (const name of ["hello", "trpcHealth", "inboxList", "rawAppend", "command"]) {
      const workload = json.workloads[name];
      expect(workload.runs).toHaveLength(1);
      expect(workload.median.requests).toBeGreaterThan(0);
      expect(workload.median.non2xx).toBe(0);
      expect(workload.median.errors).toBe(0);
    }
    const { command, rawAppend, inboxList, hello } = json.workloads;
    expect(json.ratios.commandVsRawAppend).toBeCloseTo(
      command.median.requestsPerSecond / rawAppend.median.requestsPerSecond,
      1,
    );
    expect(json.ratios.inboxListVsHello).toBeCloseTo(
      inboxList.median.requestsPerSecond / hello.median.requestsPerSecond,
      1,
    );
    expect(json.targets.commandVsRawAppend.met).toBe(json.ratios.commandVsRawAppend >= 1);
  }, 60_000);

  it("refuses a bad setting before starting anything", async () => {
    const result = await runCli(["bench", "http", "--connections", "many"], { cwd: tempDir() });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain("--connections");
  });

  it("explains itself with --help", async () => {
    const result = await runCli(["bench", "http", "--help"]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain("raw SQLite append");
    expect(result.stdout).toContain("--duration");
  });
});
