import { describe, expect, it } from "vitest";
import { run } from "./run.js";

describe("banli", () => {
  it("prints usage for --help and for no command", () => {
    expect(run(["--help"], "1.0.0")).toMatchObject({ exitCode: 0, stderr: "" });
    expect(run([], "1.0.0").stdout).toContain("Usage: banli <command>");
  });

  it("prints the version", () => {
    expect(run(["--version"], "1.0.0")).toEqual({ exitCode: 0, stdout: "1.0.0\n", stderr: "" });
  });

  it("refuses an unknown command or option in one line with exit code 2", () => {
    expect(run(["frobnicate"], "1.0.0")).toEqual({
      exitCode: 2,
      stdout: "",
      stderr: "banli: unknown command 'frobnicate' (see banli --help)\n",
    });
    const bad = run(["--nope"], "1.0.0");
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toMatch(/^banli: .*nope.*\n$/);
  });
});
