import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { seedSqlite } from "../test/cases.js";
import { runCli, useTempDir } from "../test/cli.js";

const tempDir = useTempDir();

/** An export of the seeded cases at `log.jsonl`; replay then runs with no database around. */
const exported = async () => {
  const dir = tempDir();
  const env = { BANLI_DATA_DIR: join(dir, "data") };
  await runCli(["keys", "public"], { cwd: dir, env });
  await seedSqlite(join(dir, "data", "banli.sqlite"));
  expect((await runCli(["export", "--out", "log.jsonl"], { cwd: dir, env })).exitCode).toBe(0);
  // From here on, only the file: another directory without a data directory or database.
  const auditor = tempDir();
  writeFileSync(join(auditor, "log.jsonl"), readFileSync(join(dir, "log.jsonl")));
  writeFileSync(
    join(auditor, "office.pub.pem"),
    readFileSync(join(dir, "data", "keys", "checkpoint-ed25519.pub.pem")),
  );
  const cli = (...argv: Array<string>) => runCli(argv, { cwd: auditor, env: {} });
  return Object.assign(cli, { dir: auditor });
};

describe("banli audit replay", () => {
  it("rebuilds the timeline and where the case stands, by number, from the file alone", async () => {
    const cli = await exported();
    const result = await cli("audit", "replay", "log.jsonl", "--case", "督〔2026〕7号");
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toContain("was not verified");
    expect(result.stdout).toMatchSnapshot();
  });

  it("replays as of a time: a date means the end of that day", async () => {
    const cli = await exported();
    const first = await cli(
      "audit",
      "replay",
      "log.jsonl",
      "--case",
      "case-1",
      "--at",
      "2026-03-02",
    );
    expect(first.stdout).toContain("as of 2026-03-02T23:59:59.999+08:00 (1 of 2 events)");
    expect(first.stdout.split("\n").filter((l) => l.startsWith("2026-"))).toHaveLength(1);
    const both = await cli(
      "audit",
      "replay",
      "log.jsonl",
      "--case",
      "case-1",
      "--at",
      "2026-03-03T10:00",
    );
    expect(both.stdout).toContain("(2 of 2 events)");
    const before = await cli(
      "audit",
      "replay",
      "log.jsonl",
      "--case",
      "case-1",
      "--at",
      "2026-03-03T09:59:59+08:00",
    );
    expect(before.stdout).toContain("(1 of 2 events)");
    expect(before.stdout).not.toEqual(both.stdout);
    const none = await cli(
      "audit",
      "replay",
      "log.jsonl",
      "--case",
      "case-1",
      "--at",
      "2026-03-01",
    );
    expect(none.stdout).toContain("(0 of 2 events)");
  });

  it("verifies the file first with --public-key and refuses a tampered one", async () => {
    const cli = await exported();
    const ok = await cli(
      "audit",
      "replay",
      "log.jsonl",
      "--case",
      "case-2",
      "--public-key",
      "office.pub.pem",
    );
    expect(ok).toMatchObject({ exitCode: 0, stderr: "" });
    expect(ok.stdout).toContain("supervision-case-2");
    // case-1's second event is cut out: the replay alone would show an earlier state, unflagged.
    const lines = readFileSync(join(cli.dir, "log.jsonl"), "utf8").split("\n");
    writeFileSync(join(cli.dir, "cut.jsonl"), lines.filter((_, i) => i !== 1).join("\n"));
    const unverified = await cli("audit", "replay", "cut.jsonl", "--case", "case-1");
    expect(unverified.stdout).toContain("(1 of 1 events)");
    const refused = await cli(
      "audit",
      "replay",
      "cut.jsonl",
      "--case",
      "case-1",
      "--public-key",
      "office.pub.pem",
    );
    expect(refused).toMatchObject({ exitCode: 1, stdout: "" });
    expect(refused.stderr).toBe(
      "banli audit replay: cut.jsonl does not verify: line 2 (removed): event 2 is missing\n",
    );
  });

  it("refuses a missing --case, an unknown case, a bad --at, and a file that is not an export", async () => {
    const cli = await exported();
    expect((await cli("audit", "replay", "log.jsonl")).stderr).toBe(
      "banli audit replay: --case <id|number> is required (see banli audit replay --help)\n",
    );
    expect((await cli("audit", "replay", "log.jsonl", "--case", "nope")).stderr).toBe(
      "banli audit replay: no case nope in the log\n",
    );
    const badAt = await cli(
      "audit",
      "replay",
      "log.jsonl",
      "--case",
      "case-1",
      "--at",
      "yesterday",
    );
    expect(badAt.exitCode).toBe(2);
    expect(badAt.stderr).toMatch(/^banli audit replay: --at 'yesterday' is not a time/);
  });
});
