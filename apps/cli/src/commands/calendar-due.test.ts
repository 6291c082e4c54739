import { describe, expect, it } from "vitest";
import { runCli } from "../test/cli.js";

const due = (...args: Array<string>) => runCli(["calendar", "due", ...args]);

describe("banli calendar due", () => {
  it("counts calendar days from the day after the start (民法典 art. 201)", async () => {
    expect(await due("2026-03-02", "10", "日")).toEqual({
      exitCode: 0,
      stdout: "2026-03-12\n",
      stderr: "",
    });
  });

  it("moves a last day on a holiday to the next working day (art. 203)", async () => {
    // 2026-09-30 + 1 日 is 10-01, 国庆节: the period ends on the first working day after it.
    const { stdout } = await due("2026-09-30", "1", "日");
    expect(stdout).toMatch(/^2026-10-(0[89]|1\d)\n$/);
  });

  it("counts months to the same date, or the month's last day (art. 202), 调休 included", async () => {
    // 2026-01-31 + 1 个月 → 2026-02-28: a Saturday, but a 调休 working day after 春节, so it stays.
    expect((await due("2026-01-31", "1", "个月")).stdout).toBe("2026-02-28\n");
    // 2026-02-07 + 1 个月 → 2026-03-07, an ordinary Saturday → Monday 2026-03-09.
    expect((await due("2026-02-07", "1", "个月")).stdout).toBe("2026-03-09\n");
  });

  it("counts working days only, skipping weekends", async () => {
    // Friday 2026-03-06 + 1 工作日 → Monday 2026-03-09.
    expect((await due("2026-03-06", "1", "工作日")).stdout).toBe("2026-03-09\n");
  });

  it("refuses a date outside the holiday data in one line with exit 1", async () => {
    const result = await due("1990-01-01", "5", "工作日");
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr.split("\n")).toHaveLength(2);
    expect(result.stderr).toMatch(/^banli calendar due: .*1990/);
  });

  it("refuses a bad date, amount or unit as a usage error", async () => {
    for (const args of [
      ["2026-02-30", "1", "日"],
      ["2026-03-02", "0", "日"],
      ["2026-03-02", "1.5", "日"],
      ["2026-03-02", "1", "周"],
    ]) {
      const result = await due(...args);
      expect(result.exitCode).toBe(2);
      expect(result.stderr).toMatch(/^banli calendar due: .*\(see banli calendar due --help\)\n$/);
    }
  });
});
