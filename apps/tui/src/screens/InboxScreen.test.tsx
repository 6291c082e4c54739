import { describe, expect, it, vi } from "vitest";
import { keys, renderWithProviders } from "../test/render-with-providers.js";
import { InboxScreen } from "./InboxScreen.js";

const selectedLine = (frame: string) =>
  frame.split("\n").find((line) => line.startsWith("›")) ?? "";

describe("InboxScreen", () => {
  it("shows the four boxes with their counts, 待办 first", async () => {
    const screen = renderWithProviders(<InboxScreen />);
    await screen.waitFor("信〔2026〕3号");
    expect(screen.frame()).toMatch(/\[待办 5\]\s+已办 2\s+待阅 1\s+我发起的 7/);
  });

  it("moves with j/k and the arrow keys, and opens the selected case with Enter", async () => {
    const openCase = vi.fn();
    const screen = renderWithProviders(<InboxScreen />, { navigation: { openCase } });
    await screen.waitFor("信〔2026〕3号");
    expect(selectedLine(screen.frame())).toContain("信〔2026〕3号");
    await screen.press("j", keys.down);
    expect(selectedLine(screen.frame())).toContain("信〔2026〕9号");
    await screen.press("k");
    expect(selectedLine(screen.frame())).toContain("信〔2026〕7号");
    await screen.press(keys.enter);
    expect(openCase).toHaveBeenCalledWith("petition-7");
  });

  it("switches boxes with Tab and the arrows", async () => {
    const screen = renderWithProviders(<InboxScreen />);
    await screen.waitFor("信〔2026〕3号");
    await screen.press(keys.tab);
    await screen.waitFor("[已办 2]");
    await screen.waitFor("信〔2026〕5号");
    expect(screen.frame()).not.toContain("信〔2026〕3号");
    await screen.press(keys.right);
    await screen.waitFor("[待阅 1]");
    await screen.waitFor("督〔2026〕6号");
    await screen.press(keys.left, keys.left);
    await screen.waitFor("[待办 5]");
  });

  it("filters by typing, and Esc clears the filter", async () => {
    const screen = renderWithProviders(<InboxScreen />);
    await screen.waitFor("信〔2026〕3号");
    await screen.press("督");
    await screen.waitFor("筛选：督");
    expect(screen.frame()).not.toContain("信〔2026〕3号");
    expect(screen.frame()).toContain("督〔2026〕4号");
    // Once filtering, j and k are letters of the filter, not moves.
    await screen.press("k");
    await screen.waitFor("筛选：督k");
    await screen.waitFor("（无）");
    await screen.press(keys.escape);
    await screen.waitFor("信〔2026〕3号");
    expect(screen.frame()).not.toContain("筛选");
  });

  it("searches across all cases with /", async () => {
    const openCase = vi.fn();
    const screen = renderWithProviders(<InboxScreen />, { navigation: { openCase } });
    await screen.waitFor("信〔2026〕3号");
    await screen.press("/");
    await screen.waitFor("/ 搜索：");
    await screen.press("补贴", keys.enter);
    await screen.waitFor("[搜索结果：补贴]");
    await screen.waitForGone("信〔2026〕7号");
    await screen.press(keys.enter);
    expect(openCase).toHaveBeenCalledWith("petition-3");
  });

  it("colours each deadline by its traffic light", async () => {
    const screen = renderWithProviders(<InboxScreen />);
    await screen.waitFor("信〔2026〕9号");
    const raw = screen.rawFrame();
    // red, yellow, green (the default theme's danger, warn, ok)
    expect(raw).toContain("\u001B[31m● 逾期 2026-03-09");
    expect(raw).toContain("\u001B[33m● 临期 2026-03-24");
    expect(raw).toContain("\u001B[32m● 正常 2026-04-30");
  });
});
