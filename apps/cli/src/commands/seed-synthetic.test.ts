import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, useTempDir } from "../test/cli.js";

describe("banli seed --synthetic", () => {
  const temp = useTempDir();

  it("refuses a count that is not a whole number up to a million, and creates nothing", async () => {
    const dir = temp();
    const db = join(dir, "banli.sqlite");
    for (const bad of ["many", "2.5", "1e3x", "1000001"]) {
      const result = await runCli(["seed", "--demo", "--synthetic", bad, "--db", db]);
      expect(result.exitCode).toBe(2);
      expect(result.stderr).toContain(
        `--synthetic takes a whole number up to 1000000, not '${bad}'`,
      );
    }
    expect(existsSync(db)).toBe(false);
  });

  it("adds the generated cases on top of the demo bureau, and nothing the second time", async () => {
    const dir = temp();
    const db = join(dir, "banli.sqlite");
    const events = async () => {
      const exported = await runCli(["export", "--db", db], { cwd: dir });
      expect(exported.exitCode).toBe(0);
      return exported.stdout.trim().split("\n").length;
    };
    const first = await runCli(["seed", "--demo", "--synthetic", "3", "--db", db], { cwd: dir });
    expect(first.exitCode).toBe(0);
    expect(first.stderr).toContain("synthetic cases in place: 3");
    const demoOnly = join(dir, "demo.sqlite");
    await runCli(["seed", "--demo", "--db", demoOnly], { cwd: dir });
    const demoEvents = (await runCli(["export", "--db", demoOnly], { cwd: dir })).stdout
      .trim()
      .split("\n").length;
    const afterFirst = await events();
    expect(afterFirst).toBeGreaterThan(demoEvents);
    const again = await runCli(["seed", "--demo", "--synthetic", "3", "--db", db], { cwd: dir });
    expect(again.exitCode).toBe(0);
    expect(await events()).toBe(afterFirst);
  });
});
