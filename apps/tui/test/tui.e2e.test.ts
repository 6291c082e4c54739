import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import stringWidth from "string-width";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * The built TUI in a real terminal: tmux at 120×40 (spec/stack.md), keys sent as a user types
 * them, the screen read back as text. Runs against the in-memory demo office until the server
 * API lands; then it starts `banli serve` with demo data and logs in.
 */
const main = fileURLToPath(new URL("../dist/main.js", import.meta.url));
const session = `banli-tui-e2e-${process.pid}`;

const tmux = (...args: ReadonlyArray<string>) =>
  execFileSync("tmux", args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
const screen = () => tmux("capture-pane", "-p", "-t", session);
/** Literal text (Chinese included), then optionally a named key such as Enter. */
const type = (text: string) => tmux("send-keys", "-t", session, "-l", text);
const press = (key: string) => tmux("send-keys", "-t", session, key);

// Generous: on a CI machine busy with other test tasks, the first screen (Node starting, the
// kernel loading) can take many seconds. This is a wait, not a timing assertion.
const waitFor = async (text: string, timeoutMs = 30_000): Promise<string> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const now = screen();
    if (now.includes(text)) return now;
    if (Date.now() > deadline) throw new Error(`screen never showed ${text}:\n${now}`);
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

describe("banli tui --demo in tmux", () => {
  beforeAll(() => {
    if (!existsSync(main)) throw new Error(`build the TUI first (pnpm turbo run build): ${main}`);
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
      `env -u CI -u CONTINUOUS_INTEGRATION node ${main} --demo`,
    );
  });

  afterAll(() => {
    if (sessionAlive()) tmux("kill-session", "-t", session);
  });

  it("shows the inbox with counts, aligned at 120 columns", async () => {
    const inbox = await waitFor("信〔2026〕3号");
    expect(inbox).toContain("[待办 5]");
    const rows = inbox.split("\n").filter((line) => line.includes("〔2026〕"));
    expect(rows).toHaveLength(5);
    // The status and due columns start at the same screen column on every row, whatever mix of
    // Chinese and ASCII precedes them.
    const columnOf = (line: string, pattern: RegExp) =>
      stringWidth(line.slice(0, line.search(pattern)));
    const status = /待拟办|待交办|待答复|待登记批示|承办中/;
    expect(new Set(rows.map((row) => columnOf(row, status))).size).toBe(1);
    expect(new Set(rows.map((row) => columnOf(row, /—|●/))).size).toBe(1);
  });

  it("opens a 待办 case and acts on it through the generated form", async () => {
    press("Enter");
    await waitFor("可执行操作");
    expect(screen()).toContain("▶ 拟办");
    press("Enter");
    await waitFor("拟办意见");
    type("拟交科技处核查。");
    await waitFor("拟交科技处核查。");
    press("Enter");
    await waitFor("已办理：拟办");
    const after = await waitFor("待主任审核");
    expect(after).toContain("王经办 拟办：拟交科技处核查。");
    expect(after).toContain("▶ 报批或交办");
  });

  it("goes back to an inbox that has caught up, and opens a case with :open", async () => {
    press("q");
    await waitFor("[待办 4]");
    type(":");
    type("open 督〔2026〕4号");
    press("Enter");
    const detail = await waitFor("督〔2026〕4号 AI 产业政策落实情况");
    expect(detail).toContain("● 临期 2026-03-24");
  });

  it("shows every key on ? and quits on :q", async () => {
    type("?");
    await waitFor("按键说明");
    type("?");
    await waitFor("可执行操作");
    type(":");
    type("q");
    press("Enter");
    const deadline = Date.now() + 5000;
    while (sessionAlive() && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 100));
    expect(sessionAlive()).toBe(false);
  });
});
