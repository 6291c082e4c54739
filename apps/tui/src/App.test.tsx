import { describe, expect, it, vi } from "vitest";
import { App } from "./App.js";
import { keymap } from "./keymap.js";
import { keys, renderWithProviders } from "./test/render-with-providers.js";

const openInbox = async (locale?: "en") => {
  const screen = renderWithProviders(<App onQuit={vi.fn()} />, locale ? { locale } : {});
  await screen.waitFor("信〔2026〕3号");
  return screen;
};

describe("App", () => {
  it("draws the Chinese title in a frame by default, with the inbox and who is signed in", async () => {
    const screen = await openInbox();
    expect(screen.frame()).toMatch(/^╭/);
    expect(screen.frame()).toContain("办理 · 终端工作台");
    expect(screen.frame()).toContain("当前用户：王经办（局办公室）");
  });

  it("speaks English when asked, kernel labels included", async () => {
    const screen = await openInbox("en");
    expect(screen.frame()).toContain("Banli · Terminal console");
    expect(screen.frame()).toContain("Letters and");
    await screen.press(keys.enter);
    await screen.waitFor("Available actions");
    expect(screen.frame()).toContain("▶ Propose handling");
    expect(screen.frame()).toMatch(/Channel\s+Letter/);
  });

  it("lists every key of the keymap on ?, and closes it again", async () => {
    const screen = await openInbox();
    await screen.press("?");
    await screen.waitFor("按键说明");
    for (const binding of Object.values(keymap)) {
      expect(screen.frame()).toContain(binding.keys);
      expect(screen.frame()).toContain(binding.does.zh);
    }
    expect(screen.frame()).toContain(":replay --at <日期>");
    await screen.press("?");
    await screen.waitFor("信〔2026〕3号");
  });

  it("opens a 待办 case, acts on it through its form, and shows the new step", async () => {
    const screen = await openInbox();
    await screen.press(keys.enter);
    await screen.waitFor("› 拟办");
    await screen.press(keys.enter);
    await screen.waitFor("› 拟办意见");
    await screen.press("拟交科技处核查。", keys.enter);
    await screen.waitFor("已办理：拟办");
    await screen.waitFor("来信来访 · 待主任审核");
    expect(screen.frame()).toContain("王经办 拟办：拟交科技处核查。");
    expect(screen.frame()).toContain("▶ 报批或交办");
    // Back in the inbox the case has left 待办 (live update from the data source).
    await screen.press("q");
    await screen.waitFor("[待办 4]");
  });

  it("refuses :for a user who gave no delegation, and stays in one's own name", async () => {
    const screen = await openInbox();
    await screen.press(":", "for 张副局长", keys.enter);
    await screen.waitFor("您没有该用户的有效委托");
    expect(screen.frame()).toContain("当前用户：王经办（局办公室） · ? 帮助");
    expect(screen.frame()).not.toContain("代 张副局长");
  });

  it("opens a case by number with :open", async () => {
    const screen = await openInbox();
    await screen.press(":");
    await screen.press("open 督〔2026〕6号", keys.enter);
    await screen.waitFor("督〔2026〕6号 创新平台建设进度");
  });

  it("replays the open case as of a date with :replay --at", async () => {
    const screen = await openInbox();
    await screen.press("j", keys.enter);
    await screen.waitFor("信〔2026〕7号 Lab 设备采购投诉");
    await screen.press(":");
    await screen.press("replay --at 2026-03-02", keys.enter);
    await screen.waitFor("回放（只读）截至 2026-03-02");
    expect(screen.frame()).toContain("来信来访 · 待拟办");
  });

  it("opens an action's form with :act and its name", async () => {
    const screen = await openInbox();
    await screen.press(":");
    await screen.press("open 督〔2026〕6号", keys.enter);
    await screen.waitFor("督〔2026〕6号 创新平台建设进度");
    await screen.press(":");
    await screen.press("act 催办或督办", keys.enter);
    await screen.waitFor("被催办单位");
  });

  it("says so when a command is not known, and quits on :q", async () => {
    const onQuit = vi.fn();
    const screen = renderWithProviders(<App onQuit={onQuit} />);
    await screen.waitFor("信〔2026〕3号");
    await screen.press(":");
    await screen.press("frobnicate", keys.enter);
    await screen.waitFor("未知命令");
    await screen.press(":");
    await screen.press("q", keys.enter);
    expect(onQuit).toHaveBeenCalled();
  });

  it("starts a case of a process the user may start", async () => {
    const screen = await openInbox();
    await screen.press("n");
    await screen.waitFor("发起新案件");
    expect(screen.frame()).toContain("来信来访 · 登记");
    await screen.press(keys.enter);
    await screen.waitFor("登记编号");
  });
});
