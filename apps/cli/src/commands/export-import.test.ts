import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { seedSqlite } from "../test/cases.js";
import { runCli, useTempDir } from "../test/cli.js";

const tempDir = useTempDir();

/** A data directory with a seeded default database, and the CLI run inside it. */
const setup = async () => {
  const dir = tempDir();
  const env = { BANLI_DATA_DIR: join(dir, "data") };
  const cli = (...argv: Array<string>) => runCli(argv, { cwd: dir, env });
  // `keys public` makes the data directory and its key pair; the seed then fills the default db.
  expect((await cli("keys", "public")).exitCode).toBe(0);
  await seedSqlite(join(dir, "data", "banli.sqlite"));
  return { dir, cli };
};

describe("banli export / import / audit verify", () => {
  it("round-trips: export → verify → import into an empty store → export gives the same bytes", async () => {
    const { dir, cli } = await setup();
    const exported = await cli("export", "--out", "log.jsonl");
    expect(exported).toMatchObject({ exitCode: 0, stderr: "" });
    expect(exported.stdout).toMatch(
      /^exported 3 events of the whole log from SQLite .* to log\.jsonl, signed by key [0-9a-f]{16}\n$/,
    );
    const file = readFileSync(join(dir, "log.jsonl"), "utf8");
    expect(file.trimEnd().split("\n")).toHaveLength(4);
    expect(file.trimEnd().split("\n").at(-1)).toContain('"kind":"checkpoint"');

    const verified = await cli("audit", "verify", "log.jsonl");
    expect(verified.exitCode).toBe(0);
    expect(verified.stdout).toMatch(
      /^OK log\.jsonl: 3 events \(all\), head position 3, hash [0-9a-f]{64}\n$/,
    );

    const imported = await cli("import", "log.jsonl", "--db", "copy.sqlite");
    expect(imported).toMatchObject({ exitCode: 0, stderr: "" });
    expect(imported.stdout).toMatch(
      /^imported 3 events from log\.jsonl into SQLite .*copy\.sqlite\n$/,
    );
    expect((await cli("export", "--db", "copy.sqlite", "--out", "again.jsonl")).exitCode).toBe(0);
    expect(readFileSync(join(dir, "again.jsonl"))).toEqual(readFileSync(join(dir, "log.jsonl")));

    // The same bytes on stdout when no --out is given.
    expect((await cli("export", "--db", "copy.sqlite")).stdout).toBe(file);
  });

  it("refuses to import into a store that is not empty", async () => {
    const { cli } = await setup();
    await cli("export", "--out", "log.jsonl");
    const again = await cli("import", "log.jsonl");
    expect(again.exitCode).toBe(1);
    expect(again.stderr).toBe("banli import: the store is not empty\n");
  });

  it("finds the first changed, removed or reordered event and a cut tail; import refuses them", async () => {
    const { dir, cli } = await setup();
    await cli("export", "--out", "log.jsonl");
    const lines = readFileSync(join(dir, "log.jsonl"), "utf8").trimEnd().split("\n");
    const write = (name: string, content: Array<string>, end = "\n") =>
      writeFileSync(join(dir, name), content.join("\n") + end);
    const changed = [...lines];
    changed[2] = (changed[2] ?? "")
      .replace("营商环境", "营商环竟")
      .replace("拟请张局长阅示", "拟请王局长阅示");
    write("changed.jsonl", changed);
    write(
      "removed.jsonl",
      lines.filter((_, i) => i !== 1),
    );
    write("swapped.jsonl", [lines[0] ?? "", lines[2] ?? "", lines[1] ?? "", ...lines.slice(3)]);
    write("cut.jsonl", lines.slice(0, 3));
    write("no-newline.jsonl", lines, "");
    write("cut-events.jsonl", [lines[0] ?? "", lines[1] ?? "", lines[3] ?? ""]);

    const expectations: Array<[string, RegExp]> = [
      ["changed.jsonl", /line 3 \(changed, position 3\)/],
      ["removed.jsonl", /line 2 \(removed, position 2\)/],
      ["swapped.jsonl", /line 2 \((removed|reordered)/],
      ["cut.jsonl", /line 4 \(truncated\): the final signed checkpoint is missing/],
      ["no-newline.jsonl", /\(truncated\)/],
      ["cut-events.jsonl", /line 3 \(truncated, position 3\): events after 2 were cut/],
    ];
    for (const [name, pattern] of expectations) {
      const result = await cli("audit", "verify", name);
      expect(result.exitCode, name).toBe(1);
      expect(result.stdout, name).toBe("");
      expect(result.stderr, name).toMatch(
        new RegExp(`^banli audit verify: FAILED ${name.replace(".", "\\.")} .*\\n$`),
      );
      expect(result.stderr, name).toMatch(pattern);
      const imported = await cli("import", name, "--db", `${name}.sqlite`);
      expect(imported.exitCode, name).toBe(1);
      expect(imported.stderr, name).toMatch(/^banli import: the file does not verify: .*\n$/);
    }
  });

  it("refuses a file signed by another key, and accepts it with that key's --public-key", async () => {
    const { dir, cli } = await setup();
    await cli("export", "--out", "log.jsonl");
    const other = tempDir();
    const otherKey = await runCli(["keys", "public"], {
      cwd: other,
      env: { BANLI_DATA_DIR: other },
    });
    writeFileSync(join(dir, "other.pub.pem"), otherKey.stdout);
    const wrong = await cli("audit", "verify", "log.jsonl", "--public-key", "other.pub.pem");
    expect(wrong.exitCode).toBe(1);
    expect(wrong.stderr).toMatch(/bad-checkpoint/);
    // Exporting with the other office's private key (--key) makes a file its public key verifies.
    const signed = await cli(
      "export",
      "--key",
      join(other, "keys", "checkpoint-ed25519.pem"),
      "--out",
      "other.jsonl",
    );
    expect(signed.exitCode).toBe(0);
    expect(
      (await cli("audit", "verify", "other.jsonl", "--public-key", "other.pub.pem")).exitCode,
    ).toBe(0);
  });

  it("exports one case by case id, stream id or number, verifiable on its own", async () => {
    const { dir, cli } = await setup();
    for (const selector of ["case-1", "supervision-case-1", "督〔2026〕7号"]) {
      const result = await cli("export", "--case", selector, "--out", "case.jsonl");
      expect(result.stdout).toContain("exported 2 events of supervision-case-1");
      const lines = readFileSync(join(dir, "case.jsonl"), "utf8").trimEnd().split("\n");
      expect(lines).toHaveLength(3);
      expect((await cli("audit", "verify", "case.jsonl")).stdout).toMatch(
        /^OK case\.jsonl: 2 events \(stream:supervision-case-1\)/,
      );
    }
    const missing = await cli("export", "--case", "督〔2026〕99号");
    expect(missing).toMatchObject({ exitCode: 1, stdout: "" });
    expect(missing.stderr).toBe("banli export: no case 督〔2026〕99号 in the log\n");
    // Only a whole-log export can be imported.
    await cli("export", "--case", "case-1", "--out", "case.jsonl");
    const partial = await cli("import", "case.jsonl", "--db", "partial.sqlite");
    expect(partial.stderr).toMatch(/^banli import: only a whole-log export can be imported/);
  });

  it("says clearly when there is no database, no key, or no file", async () => {
    const dir = tempDir();
    const cli = (...argv: Array<string>) =>
      runCli(argv, { cwd: dir, env: { BANLI_DATA_DIR: "data" } });
    const noDb = await cli("export");
    expect(noDb.exitCode).toBe(1);
    expect(noDb.stderr).toMatch(
      /^banli export: no database at .*data\/banli\.sqlite \(pass --db <file> or --pg <url>\)\n$/,
    );
    const noKey = await cli("audit", "verify", "missing.jsonl");
    expect(noKey.stderr).toMatch(/^banli audit verify: cannot read .*missing\.jsonl: ENOENT\n$/);
    writeFileSync(join(dir, "empty.jsonl"), "");
    const noPublicKey = await cli("audit", "verify", "empty.jsonl");
    expect(noPublicKey.stderr).toMatch(
      /^banli audit verify: no public key at .*checkpoint-ed25519\.pub\.pem: pass --public-key <file>\n$/,
    );
    writeFileSync(
      join(dir, "junk.sqlite"),
      "this is not a database, it is a text file of some length".repeat(20),
    );
    const junk = await cli("export", "--db", "junk.sqlite");
    expect(junk.exitCode).toBe(1);
    expect(junk.stderr).toMatch(/^banli export: [^\n]*not a database[^\n]*\n$/);
    const both = await cli("export", "--db", "a", "--pg", "postgres://x");
    expect(both).toMatchObject({ exitCode: 2 });
    expect(both.stderr).toBe(
      "banli export: give --db or --pg, not both (see banli export --help)\n",
    );
  });

  it("draws progress on stderr only on a terminal or with --progress", async () => {
    const { cli, dir } = await setup();
    expect((await cli("export", "--out", "log.jsonl")).stderr).toBe("");
    const forced = await cli("audit", "verify", "log.jsonl", "--progress");
    expect(forced.stderr).toMatch(/^verifying: \d+%\n$/);
    const tty = await runCli(["audit", "verify", "log.jsonl"], {
      cwd: dir,
      env: { BANLI_DATA_DIR: join(dir, "data") },
      tty: true,
    });
    const clear = "\r\u001b[K";
    expect(tty.stderr.startsWith(`${clear}verifying: `)).toBe(true);
    expect(tty.stderr.endsWith(`%${clear}`)).toBe(true);
    expect(tty.stdout).toMatch(/^OK /);
  });
});
