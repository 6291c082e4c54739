import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createBanliClient } from "@banli/client";
import { afterAll, describe, expect, it } from "vitest";
import { readConfig } from "./config.js";
import { startServer } from "./start.js";

const dir = mkdtempSync(join(tmpdir(), "banli-server-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const config = readConfig(["--db", join(dir, "banli.db"), "--port", "0", "--demo"], {});

const login = async (url: string, username: string) => {
  const client = createBanliClient({ url, cookieJar: true });
  await client.auth.login.mutate({ username, password: "demo12345" });
  return client;
};

describe("the server on SQLite", () => {
  it("starts with the demo bureau, prints where to log in, and keeps everything across a restart", async () => {
    const first = await startServer(config, { version: "int" });
    expect(first.banner).toContain(`Banli 办理 is running at ${first.url}/`);
    expect(first.banner).toContain("bangongshi");
    expect(first.banner).toContain("demo12345");
    expect(await (await fetch(`${first.url}/health`)).json()).toEqual({
      status: "ok",
      version: "int",
    });
    const auditor = await login(first.url, "shenji");
    const before = await auditor.cases.list.query({});
    expect(before.total).toBeGreaterThanOrEqual(4);
    const director = await login(first.url, "zhuren");
    const todo = (await director.inbox.list.query({ box: "todo" })).rows.find(
      (r) => r.process === "supervision" && r.status === "Registered",
    );
    if (todo === undefined) throw new Error("the director has work in the demo");
    await director.cases.act.mutate({
      caseId: todo.caseId,
      command: { _tag: "ProposeHandling", opinion: "拟请张副局长阅示。" },
    });
    await first.close();

    // Same files: the log, the read model's checkpoint and the password hashes all persist,
    // and seeding twice adds nothing.
    const second = await startServer(config, { version: "int" });
    const again = await login(second.url, "shenji");
    expect((await again.cases.list.query({})).total).toBe(before.total);
    expect((await again.cases.get.query({ caseId: todo.caseId })).status).toBe("Proposed");
    expect((await again.search.query.query({ q: "科技成果" })).total).toBeGreaterThan(0);
    await second.close();
  });
});
