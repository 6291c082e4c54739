import { describe, expect, it, vi } from "vitest";
import { keys, renderWithProviders } from "../test/render-with-providers.js";
import { CaseScreen } from "./CaseScreen.js";

describe("CaseScreen", () => {
  it("shows the case's fields, status and history", async () => {
    const screen = renderWithProviders(<CaseScreen caseId="petition-9" />);
    await screen.waitFor("信〔2026〕9号 科技园区停车难");
    const frame = screen.frame();
    expect(frame).toContain("来信来访 · 待答复");
    expect(frame).toMatch(/信访渠道\s+市长信箱/);
    expect(frame).toMatch(/承办单位\s+科技处/);
    expect(frame).toContain("王经办 登记");
  });

  it("marks the current step in the process's step list", async () => {
    const screen = renderWithProviders(<CaseScreen caseId="petition-9" />);
    await screen.waitFor("流程步骤");
    const steps = screen
      .frame()
      .split("\n")
      .filter((line) => /[·▶↻] /.test(line));
    expect(steps.filter((line) => line.includes("▶"))).toEqual([expect.stringContaining("▶ 反馈")]);
    expect(steps.join("\n")).toMatch(/· 登记[\s\S]*· 承办[\s\S]*↻ 催办[\s\S]*▶ 反馈[\s\S]*· 办结/);
  });

  it("shows the deadline as a coloured light and in words", async () => {
    const screen = renderWithProviders(<CaseScreen caseId="petition-9" />);
    await screen.waitFor("办理期限");
    expect(screen.frame()).toContain("● 逾期 2026-03-09");
    expect(screen.rawFrame()).toContain("\u001B[31m● 逾期 2026-03-09");
  });

  it("lists the opinions with who gave them", async () => {
    const screen = renderWithProviders(<CaseScreen caseId="petition-9" />);
    await screen.waitFor("意见");
    expect(screen.frame()).toContain("王经办 拟办：拟交科技处办理。");
    expect(screen.frame()).toContain("李主任 主任审核（一般）：同意");
  });

  it("offers the available actions and opens the chosen one with Enter", async () => {
    const openAction = vi.fn();
    const screen = renderWithProviders(<CaseScreen caseId="petition-9" />, {
      navigation: { openAction },
    });
    await screen.waitFor("可执行操作");
    // A mayor's-mailbox item is answered by the office for everyone (the kernel's rule).
    expect(screen.frame()).toContain("› 市长信箱统一回复");
    await screen.press("j", keys.enter);
    expect(openAction).toHaveBeenCalledWith(
      "petition-9",
      expect.objectContaining({ command: "SendBack" }),
    );
  });

  it("replays the case as of a date, read-only", async () => {
    const screen = renderWithProviders(<CaseScreen caseId="petition-7" asOf="2026-03-02" />);
    await screen.waitFor("回放（只读）截至 2026-03-02");
    expect(screen.frame()).toContain("来信来访 · 待拟办");
    expect(screen.frame()).not.toContain("可执行操作");
  });

  it("says so when the case does not exist", async () => {
    const screen = renderWithProviders(<CaseScreen caseId="nope" />);
    await screen.waitFor("未找到该案件");
  });
});
