import { Petition } from "@banli/kernel";
import { describe, expect, it, vi } from "vitest";
import type { ActResult } from "../data/data-source.js";
import { keys, renderWithProviders } from "../test/render-with-providers.js";
import { ActionFormScreen } from "./ActionFormScreen.js";

const review = {
  command: "ReviewProposal",
  label: { zh: "主任审核", en: "Review" },
  schema: Petition.ReviewProposal,
};
const conclude = {
  command: "ConcludePetition",
  label: { zh: "答复办结", en: "Answer and conclude" },
  schema: Petition.ConcludePetition,
};
const ok: ActResult = { ok: true, caseId: "petition-5" };

describe("ActionFormScreen", () => {
  it("draws a choice and a text field from the command's schema", async () => {
    const screen = renderWithProviders(
      <ActionFormScreen action={review} submit={vi.fn()} onDone={vi.fn()} onCancel={vi.fn()} />,
    );
    await screen.waitFor("主任审核");
    expect(screen.frame()).toMatch(/› 重要程度\s+ 重要 {2}一般/);
    expect(screen.frame()).toMatch(/审核意见/);
  });

  it("fills the form with the keys and submits the payload with Enter", async () => {
    const submit = vi.fn(async () => ok);
    const onDone = vi.fn();
    const screen = renderWithProviders(
      <ActionFormScreen action={review} submit={submit} onDone={onDone} onCancel={vi.fn()} />,
    );
    await screen.waitFor("重要程度");
    // A choice starts unanswered, as on the web console: → 重要, → 一般.
    await screen.press(keys.right, keys.right, keys.tab);
    await screen.waitFor("› 审核意见");
    await screen.press("同意，交科技处。", keys.enter);
    await vi.waitFor(() => expect(onDone).toHaveBeenCalledWith(ok));
    expect(submit).toHaveBeenCalledWith({
      _tag: "ReviewProposal",
      importance: "一般",
      opinion: "同意，交科技处。",
    });
  });

  it("lets the schema refuse a bad date before anything is sent", async () => {
    const submit = vi.fn(async () => ok);
    const screen = renderWithProviders(
      <ActionFormScreen action={conclude} submit={submit} onDone={vi.fn()} onCancel={vi.fn()} />,
    );
    await screen.waitFor("答复日期");
    await screen.press("已书面答复", keys.down);
    await screen.waitFor("› 答复日期");
    await screen.press("3月1日", keys.enter);
    await screen.waitFor("填写有误");
    // The form model's words for a LocalDate, under the field it belongs to.
    expect(screen.frame()).toMatch(/答复日期\s+3月1日.*\n\s+请填写日期/);
    expect(submit).not.toHaveBeenCalled();
  });

  it("shows the server's refusal in words", async () => {
    const submit = vi.fn(
      async (): Promise<ActResult> => ({
        ok: false,
        reason: { zh: "只有局办公室主任可以审核", en: "Only the office director reviews" },
      }),
    );
    const screen = renderWithProviders(
      <ActionFormScreen action={review} submit={submit} onDone={vi.fn()} onCancel={vi.fn()} />,
    );
    await screen.waitFor("重要程度");
    await screen.press(keys.right, keys.tab);
    await screen.waitFor("› 审核意见");
    await screen.press("同意", keys.enter);
    await screen.waitFor("未能办理：只有局办公室主任可以审核");
  });

  it("asks for a required choice left unanswered", async () => {
    const submit = vi.fn(async () => ok);
    const screen = renderWithProviders(
      <ActionFormScreen action={review} submit={submit} onDone={vi.fn()} onCancel={vi.fn()} />,
    );
    await screen.waitFor("重要程度");
    await screen.press(keys.tab, "同意", keys.enter);
    await screen.waitFor("此项必填");
    expect(submit).not.toHaveBeenCalled();
  });

  it("cancels with Esc", async () => {
    const onCancel = vi.fn();
    const screen = renderWithProviders(
      <ActionFormScreen action={review} submit={vi.fn()} onDone={vi.fn()} onCancel={onCancel} />,
    );
    await screen.waitFor("重要程度");
    await screen.press(keys.escape);
    expect(onCancel).toHaveBeenCalled();
  });
});
