import { describe, expect, it } from "vitest";
import { defineCommand } from "./cli/command.js";
import { run } from "./run.js";
import { runCli } from "./test/cli.js";

describe("banli", () => {
  it("prints usage listing every command for --help and for no command", async () => {
    expect(await runCli(["--help"])).toMatchObject({ exitCode: 0, stderr: "" });
    const { stdout } = await runCli([]);
    expect(stdout).toContain("Usage: banli <command>");
    for (const name of ["export", "import", "audit verify", "audit replay", "calendar due"]) {
      expect(stdout).toContain(`  ${name} `);
    }
  });

  it("prints the version", async () => {
    expect(await runCli(["--version"])).toEqual({ exitCode: 0, stdout: "1.0.0\n", stderr: "" });
  });

  it("refuses an unknown command or option in one line with exit code 2", async () => {
    expect(await runCli(["frobnicate"])).toEqual({
      exitCode: 2,
      stdout: "",
      stderr: "banli: unknown command 'frobnicate' (see banli --help)\n",
    });
    const bad = await runCli(["--nope"]);
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toMatch(/^banli: .*nope.*\n$/);
  });

  it("lists a group's commands for `banli audit` and refuses an unknown one in it", async () => {
    const group = await runCli(["audit"]);
    expect(group.stdout).toContain("audit verify");
    expect(group.stdout).toContain("audit replay");
    const bad = await runCli(["audit", "frob"]);
    expect(bad).toMatchObject({ exitCode: 2, stdout: "" });
    expect(bad.stderr).toBe("banli: unknown command 'audit frob' (see banli audit --help)\n");
  });

  it("gives every command a --help page with its usage and options", async () => {
    for (const argv of [
      ["export"],
      ["import"],
      ["audit", "verify"],
      ["audit", "replay"],
      ["calendar", "due"],
    ]) {
      const help = await runCli([...argv, "--help"]);
      expect(help.exitCode).toBe(0);
      expect(help.stdout).toContain(`Usage: banli ${argv.join(" ")}`);
      expect(help.stdout).toContain("-h, --help");
    }
    expect((await runCli(["export", "-h"])).stdout).toContain("--db <file>");
  });

  it("refuses unknown options, missing and extra arguments of a command in one line", async () => {
    const unknown = await runCli(["calendar", "due", "--frob"]);
    expect(unknown.exitCode).toBe(2);
    expect(unknown.stderr).toMatch(
      /^banli calendar due: .*frob.*\(see banli calendar due --help\)\n$/,
    );
    const missing = await runCli(["audit", "verify"]);
    expect(missing).toMatchObject({ exitCode: 2, stdout: "" });
    expect(missing.stderr).toBe(
      "banli audit verify: missing <file> (see banli audit verify --help)\n",
    );
    const extra = await runCli(["audit", "verify", "a", "b"]);
    expect(extra.stderr).toBe(
      "banli audit verify: unexpected argument 'b' (see banli audit verify --help)\n",
    );
  });

  it("dispatches to a registered command with typed arguments, and turns a throw into one line", async () => {
    const seen: Array<unknown> = [];
    const hello = defineCommand({
      path: ["projections", "rebuild"],
      summary: "test",
      positionals: [{ name: "what", help: "", optional: true }],
      options: {
        fast: { type: "boolean", help: "" },
        name: { type: "string", value: "n", help: "" },
      },
      run: async ({ args }) => {
        seen.push(args.positionals, args.flag("fast"), args.string("name"));
        if (args.string("name") === "boom") throw new Error("it broke\nbadly");
        return 0;
      },
    });
    const io = { stdout: () => undefined, env: {}, cwd: "/", stderrIsTTY: false, version: "1" };
    let stderr = "";
    const code = await run(
      ["projections", "rebuild", "x", "--fast", "--name", "y"],
      { ...io, stderr: () => undefined },
      [hello],
    );
    expect(code).toBe(0);
    expect(seen).toEqual([["x"], true, "y"]);
    const failed = await run(
      ["projections", "rebuild", "--name", "boom"],
      {
        ...io,
        stderr: (s) => {
          stderr += s;
        },
      },
      [hello],
    );
    expect(failed).toBe(1);
    expect(stderr).toBe("banli projections rebuild: it broke badly\n");
  });
});
