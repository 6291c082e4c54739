import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createBanliClient } from "@banli/client";
import stringWidth from "string-width";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * The real thing: `banli serve --demo` on an ephemeral port with a temporary data directory,
 * and `banli tui` — the CLI finding `banli-tui` on PATH, as after an install — in tmux at
 * 120×40 (spec/stack.md). Keys are sent as a user types them; the screen is read back as text.
 */
const tuiMain = fileURLToPath(new URL("../dist/main.js", import.meta.url));
const cliMain = fileURLToPath(new URL("../../cli/dist/main.js", import.meta.url));
const session = `banli-tui-e2e-${process.pid}`;

const tmux = (...args: ReadonlyArray<string>) =>
  execFileSync("tmux", args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
const screen = () => tmux("capture-pane", "-p", "-t", session);
/** Literal text (Chinese included), then optionally a named key such as Enter. */
const type = (text: string) => tmux("send-keys", "-t", session, "-l", text);
const press = (key: string) => tmux("send-keys", "-t", session, key);

// Generous: on a CI machine busy with other test tasks, the first screen (Node starting, the
// kernel loading) can take many seconds. This is a wait, not a timing assertion.
const waitFor = async (
  text: string | RegExp | ((screen: string) => boolean),
  timeoutMs = 30_000,
): Promise<string> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const now = screen();
    const shown =
      typeof text === "string"
        ? now.includes(text)
        : text instanceof RegExp
          ? text.test(now)
          : text(now);
    if (shown) return now;
    if (Date.now() > deadline) throw new Error(`screen never showed ${String(text)}:\n${now}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

const sessionAlive = () => {
  try {
    tmux("has-session", "-t", session);
    return true;
  } catch {
    return false;
  }
};

/** Starts `banli serve --demo --port 0` and answers with the URL its banner names. */
const startServer = (dataDir: string): Promise<{ server: ChildProcess; url: string }> =>
  new Promise((resolve, reject) => {
    const server = spawn(process.execPath, [cliMain, "serve", "--demo", "--port", "0"], {
      env: { ...process.env, BANLI_DATA_DIR: dataDir },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    server.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const match = /running at (http:\/\/[^/\s]+)\//.exec(out);
      if (match?.[1] !== undefined) resolve({ server, url: match[1] });
    });
    server.stderr?.on("data", (chunk: Buffer) => {
      err += chunk.toString();
    });
    server.once("exit", (code) => reject(new Error(`banli serve exited (${code}): ${err}`)));
  });

describe("banli tui against banli serve --demo, in tmux", () => {
  let dir: string;
  let server: ChildProcess | undefined;
  let url: string;

  beforeAll(async () => {
    for (const built of [tuiMain, cliMain]) {
      if (!existsSync(built)) throw new Error(`build first (pnpm turbo run build): ${built}`);
    }
    dir = mkdtempSync(join(tmpdir(), "banli-tui-e2e-"));
    ({ server, url } = await startServer(join(dir, "data")));
    // `banli-tui` on PATH, as a package manager's bin shim puts it there.
    const shim = join(dir, "banli-tui");
    writeFileSync(shim, `#!/bin/sh\nexec "${process.execPath}" "${tuiMain}" "$@"\n`);
    chmodSync(shim, 0o755);
    // Ink draws nothing but the last frame when it sees CI=true (is-in-ci); a person at a
    // terminal has no such variable, so the TUI runs without it.
    tmux(
      "new-session",
      "-d",
      "-s",
      session,
      "-x",
      "120",
      "-y",
      "40",
      `env -u CI -u CONTINUOUS_INTEGRATION PATH="${dir}:$PATH" "${process.execPath}" "${cliMain}" tui --server ${url} --user bangongshi`,
    );
  }, 120_000);

  afterAll(() => {
    if (sessionAlive()) tmux("kill-session", "-t", session);
    server?.kill("SIGTERM");
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  });

  it("asks for the password and refuses a wrong one in the server's words", async () => {
    const login = await waitFor("› 密码");
    expect(login).toContain(url);
    expect(login).toContain("bangongshi");
    type("wrong-password");
    await waitFor("••••••••••••••");
    press("Enter");
    await waitFor("用户名或密码错误");
  });

  it("logs in and shows the inbox with counts, aligned at 120 columns", async () => {
    type("demo12345");
    press("Enter");
    const inbox = await waitFor(/\[待办 \d+\]/);
    expect(inbox).toMatch(/\[待办 1\]\s+已办 \d+\s+待阅 \d+\s+我发起的 \d+/);
    expect(inbox).toContain("当前用户：王经办（局办公室）");
    await waitFor("关于加快科技成果转化平台建设的提案");
    // Columns line up by display width whatever mix of Chinese and ASCII precedes them.
    await waitFor("已办");
    press("Tab");
    // The box's title switches first; its rows follow from the server.
    const rowsOf = (text: string) =>
      text.split("\n").filter((line) => /^│ [ ›] \S/.test(line) && !line.includes("编号"));
    const done = await waitFor((now) => /\[已办 \d+\]/.test(now) && rowsOf(now).length > 1);
    const columnOf = (line: string, pattern: RegExp) =>
      stringWidth(line.slice(0, line.search(pattern)));
    // The last column (期限: a light and a date, or a dash) starts at one screen column.
    const due = /(—|● \S+ \d{4}-\d{2}-\d{2})\s*│$/;
    const columns = rowsOf(done).map((row) => columnOf(row, due));
    expect(columns.length).toBeGreaterThan(1);
    expect(new Set(columns).size).toBe(1);
    press("BTab");
    await waitFor("[待办 1]");
  });

  it("opens a 待办 case and acts on it through the generated form", async () => {
    press("Enter");
    const detail = await waitFor("可执行操作");
    expect(detail).toContain("▶ 签收或退回");
    expect(detail).toContain("属我局职责，建议签收。");
    press("Enter");
    await waitFor("备注（选填）");
    type("已签收，转入分类。");
    await waitFor("已签收，转入分类。");
    press("Enter");
    await waitFor("已办理：签收");
    const after = await waitFor("▶ 分类、磋商");
    expect(after).toContain("王经办 签收");
  });

  it("shows a change made elsewhere on the open case at once (events.live)", async () => {
    // Another session of the same clerk (the web console, say) comments on the open case.
    const web = createBanliClient({ url, cookieJar: true });
    await web.auth.login.mutate({ username: "bangongshi", password: "demo12345" });
    const { rows } = await web.search.query.query({ q: "科技成果转化平台" });
    const caseId = rows[0]?.caseId;
    if (caseId === undefined) throw new Error("the demo proposal is missing");
    await web.cases.act.mutate({
      caseId,
      command: { _tag: "AddComment", text: "网页端补充：请同步成果转化处。" },
    });
    await waitFor("网页端补充：请同步成果转化处。");
  });

  it("replays the case as of a date, read-only, with :replay --at", async () => {
    type(":");
    type("replay --at 2026-09-03");
    press("Enter");
    const past = await waitFor("回放（只读）截至 2026-09-03");
    expect(past).toContain("王经办 鉴别确认");
    expect(past).not.toContain("王经办 签收");
    expect(past).not.toContain("可执行操作");
    press("q");
    await waitFor("可执行操作");
  });

  it("opens a case by its number with :open, shows every key on ?, and quits on :q", async () => {
    press("q");
    await waitFor(/\[待办 \d+\]/);
    type(":");
    type("open 市政协十四届五次会议第0123号");
    press("Enter");
    await waitFor("▶ 分类、磋商");
    type("?");
    await waitFor("按键说明");
    type("?");
    await waitFor("可执行操作");
    type(":");
    type("q");
    press("Enter");
    const deadline = Date.now() + 10_000;
    while (sessionAlive() && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 100));
    expect(sessionAlive()).toBe(false);
  });
});
