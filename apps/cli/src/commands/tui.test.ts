import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, useTempDir } from "../test/cli.js";
import { findTui } from "./tui.js";

/** A stand-in banli-tui that records its arguments and exits with a chosen code. */
const fakeTui = (dir: string, exitCode: number) => {
  mkdirSync(dir, { recursive: true });
  const program = join(dir, "banli-tui");
  writeFileSync(
    program,
    `#!/bin/sh\nprintf '%s\\n' "$@" > "${join(dir, "args.txt")}"\nexit ${exitCode}\n`,
  );
  chmodSync(program, 0o755);
  return program;
};

describe("banli tui", () => {
  const temp = useTempDir();

  it("runs banli-tui from PATH with the arguments passed through, and exits with its code", async () => {
    const bin = join(temp(), "bin");
    fakeTui(bin, 3);
    const result = await runCli(
      ["tui", "--server", "http://127.0.0.1:9", "--user", "zhuren", "--lang", "en", "--demo"],
      { env: { PATH: bin }, cwd: temp() },
    );
    expect(result).toEqual({ exitCode: 3, stdout: "", stderr: "" });
    expect(readFileSync(join(bin, "args.txt"), "utf8").split("\n")).toEqual([
      "--server",
      "http://127.0.0.1:9",
      "--user",
      "zhuren",
      "--lang",
      "en",
      "--demo",
      "",
    ]);
  });

  it("finds banli-tui in a node_modules/.bin above the working directory", () => {
    const project = temp();
    const program = fakeTui(join(project, "node_modules", ".bin"), 0);
    const deep = join(project, "a", "b");
    mkdirSync(deep, { recursive: true });
    expect(findTui({ PATH: "" }, deep, deep)).toBe(program);
  });

  it("says in one line that the terminal UI is not installed", async () => {
    const nowhere = temp();
    expect(findTui({ PATH: nowhere }, nowhere, nowhere)).toBeUndefined();
    const result = await runCli(["tui"], {
      env: { PATH: nowhere, BANLI_TUI: join(nowhere, "banli-tui") },
      cwd: nowhere,
    });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(/^banli tui: .*banli-tui.*not an executable banli-tui\n$/);
  });

  it("refuses an option banli-tui does not take, as a usage error", async () => {
    const result = await runCli(["tui", "--frob"], { env: { PATH: temp() } });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain("see banli tui --help");
  });
});
