import { Operations, Petition, Supervision } from "@banli/kernel";
import { describe, expect, it, vi } from "vitest";
import type { ActResult } from "../data/data-source.js";
import { bureauToday, shiftDate } from "../forms/pickers.js";
import { keys, renderWithProviders } from "../test/render-with-providers.js";
import { ActionFormScreen } from "./ActionFormScreen.js";

const ctrlN = "\u000E";
const ctrlX = "\u0018";
const ok: ActResult = { ok: true, caseId: "supervision-4" };

const coordinate = {
  command: "RecordCoordination",
  label: { zh: "协调", en: "Coordinate" },
  schema: Supervision.RecordCoordination,
};
const circulate = {
  command: "Circulate",
  label: { zh: "传阅", en: "Circulate" },
  schema: Operations.Circulate,
};
const conclude = {
  command: "ConcludePetition",
  label: { zh: "答复办结", en: "Answer and conclude" },
  schema: Petition.ConcludePetition,
};

const focusedLine = (frame: string) => frame.split("\n").find((line) => line.startsWith("›")) ?? "";

describe("ActionFormScreen: lists and pickers", () => {
  it("adds entries to a list with Ctrl+N, picks units from the directory, removes with Ctrl+X", async () => {
    const submit = vi.fn(async () => ok);
    const screen = renderWithProviders(
      <ActionFormScreen action={coordinate} submit={submit} onDone={vi.fn()} onCancel={vi.fn()} />,
    );
    await screen.waitFor("反映的问题");
    await screen.press("车位不足", keys.tab, "协调增设", keys.tab);
    await screen.waitFor(/› 涉及单位（选填）\s+0 项/);
    await screen.press(ctrlN);
    await screen.waitFor(/涉及单位（选填）\s+1 项/);
    expect(focusedLine(screen.frame())).toMatch(/^› 1\. 涉及单位/);
    // → picks the first unit of the directory and shows its name beside the id.
    await screen.press(keys.right);
    await screen.waitFor(/office\s+局办公室/);
    await screen.press(ctrlN, keys.right, keys.right);
    await screen.waitFor(/涉及单位（选填）\s+2 项/);
    await screen.waitFor(/science\s+科技处/);
    await screen.press(ctrlX);
    await screen.waitFor(/涉及单位（选填）\s+1 项/);
    expect(screen.frame()).not.toMatch(/science\s+科技处/);
    await screen.press(keys.enter);
    await vi.waitFor(() =>
      expect(submit).toHaveBeenCalledWith({
        _tag: "RecordCoordination",
        problem: "车位不足",
        outcome: "协调增设",
        unitIds: ["office"],
      }),
    );
  });

  it("picks a person for a repeated group and fills the name beside the id", async () => {
    const submit = vi.fn(async () => ok);
    const screen = renderWithProviders(
      <ActionFormScreen action={circulate} submit={submit} onDone={vi.fn()} onCancel={vi.fn()} />,
    );
    await screen.waitFor(/传阅人\s+1 项/);
    await screen.press(keys.tab);
    expect(focusedLine(screen.frame())).toMatch(/^› 1\. /);
    await screen.press(keys.right);
    await screen.waitFor(/u-clerk\s+王经办（局办公室）/);
    expect(screen.frame()).toMatch(/1\. 姓名\s+王经办/);
    await screen.press(keys.enter);
    await vi.waitFor(() =>
      expect(submit).toHaveBeenCalledWith({
        _tag: "Circulate",
        readers: [{ userId: "u-clerk", name: "王经办" }],
      }),
    );
  });

  it("steps a date a day at a time with ←/→, starting from today", async () => {
    const screen = renderWithProviders(
      <ActionFormScreen action={conclude} submit={vi.fn()} onDone={vi.fn()} onCancel={vi.fn()} />,
    );
    await screen.waitFor("答复日期");
    await screen.press(keys.down);
    await screen.waitFor("› 答复日期");
    const today = bureauToday();
    await screen.press(keys.right);
    await screen.waitFor(today);
    await screen.press(keys.right, keys.right, keys.left);
    await screen.waitFor(shiftDate(today, 1, today));
  });
});
