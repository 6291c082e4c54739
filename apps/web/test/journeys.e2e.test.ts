import {
  Archive,
  Incoming,
  type Label,
  Outgoing,
  Petition,
  Proposal,
  Publication,
  Supervision,
} from "@banli/kernel";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import type { RunningBanli } from "./banli-server.js";
import type { Desk } from "./desk.js";
import { type OpenedDesk, openDeskForFile, results } from "./desk-fixture.js";
import { type Journey, journeys, serverClock } from "./journeys.js";

/** The words the case page shows for each status: the kernel's own labels. */
const statusLabels: Record<string, Readonly<Record<string, Label>>> = {
  supervision: Supervision.statusLabels,
  petition: Petition.statusLabels,
  proposal: Proposal.statusLabels,
  archive: Archive.statusLabels,
  outgoing: Outgoing.statusLabels,
  incoming: Incoming.statusLabels,
  publication: Publication.statusLabels,
};
const shown = (process: string, status: string) => statusLabels[process]?.[status]?.zh ?? status;

const opened = openDeskForFile({ clock: serverClock });
let banli: RunningBanli;
let browser: OpenedDesk["browser"];
let page: Page;
let desk: Desk;
beforeAll(() => {
  ({ banli, browser, page, desk } = opened());
});

/**
 * 报批's leader is picked by name from the directory, not typed: the options name people with
 * their unit, and picking one fills the name the kernel records beside the id, read-only.
 */
const checkLeaderPicker = async (caseId: string) => {
  await page.locator('.action-panel__buttons button[data-command="SubmitForInstruction"]').click();
  const form = page.locator('.action-panel__form[data-form="SubmitForInstruction"] form');
  const leader = form.locator('select[name="leader.userId"]');
  await leader.waitFor();
  const options = await leader.locator("option").allTextContents();
  expect(options).toContain("张副局长（局领导）");
  await leader.focus();
  await leader.selectOption("fenguan");
  const name = form.locator('[name="leader.name"]');
  await expect(name.inputValue()).resolves.toBe("张副局长");
  await expect(name.evaluate((el) => (el as HTMLInputElement).readOnly)).resolves.toBe(true);
  // The step itself is taken afresh through the desk.
  await desk.open(caseId);
};

/** One journey through the UI: start, then each step by its user, then the end state. */
const drive = async (journey: Journey) => {
  const [first, ...rest] = journey.steps;
  if (first === undefined) throw new Error("a journey has steps");
  await desk.loginAs(first.by);
  const { caseId, message } = await desk.start(journey.process, first.command);
  expect(message).toContain("已发起");
  await desk.open(caseId);
  if (first.status !== undefined) {
    await expect(page.locator("[data-field=status]").textContent()).resolves.toBe(
      shown(journey.process, first.status),
    );
  }
  for (const step of rest) {
    await desk.loginAs(step.by);
    await desk.open(caseId);
    if (step.refusedFirst !== undefined) {
      const refusal = await desk.refused(step.refusedFirst.command);
      expect(refusal).toContain("未能办理");
      expect(refusal).toContain(step.refusedFirst.says);
      await page.screenshot({ path: `${results}/refused.png` });
      await desk.open(caseId);
    }
    if (journey.process === "supervision" && step.command._tag === "SubmitForInstruction")
      await checkLeaderPicker(caseId);
    const outcome = await desk.act(step.command);
    expect(outcome.done).toContain("已办理");
    if (step.status !== undefined) expect(outcome.status).toBe(shown(journey.process, step.status));
    if (step.command._tag === "SendBack")
      await page.screenshot({ path: `${results}/sent-back.png` });
    // The supervision case once handed to the division: its flow with the current step.
    if (journey.process === "supervision" && step.status === "Assigned") {
      await expect(page.locator('.flow-diagram svg [aria-current="step"]').count()).resolves.toBe(
        1,
      );
      await page.screenshot({ path: `${results}/case-flow.png`, fullPage: true });
    }
  }
  await expect(page.locator("[data-field=status]").textContent()).resolves.toBe(
    shown(journey.process, journey.ends),
  );
  // The 处理单 lists every step with its signer.
  const lines = await page.locator(".handling-sheet tbody tr").count();
  expect(lines).toBeGreaterThanOrEqual(journey.steps.length);
  await expect(desk.actions()).resolves.not.toContain(first.command._tag);
};

describe("the console against banli serve --demo, in Chromium", () => {
  it("shows the signed-in user's 工作台 with counts and lists", { timeout: 60_000 }, async () => {
    await desk.loginAs("bangongshi");
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("工作台");
    await expect(page.locator(".app-user__name").textContent()).resolves.toBe("王经办");
    // The demo's sample cases wait for the clerk: the 待办 count and rows arrive.
    await page.waitForFunction(() =>
      /^\d+$/.test(document.querySelector("[data-box=todo] .inbox-tile__count")?.textContent ?? ""),
    );
    await page.locator(".case-table tbody tr[data-case]").first().waitFor();
    await page.screenshot({ path: `${results}/home.png` });
  });

  it("updates an open 工作台 live when a case is started in another tab", {
    timeout: 60_000,
  }, async () => {
    await desk.loginAs("bangongshi");
    // A second tab of the same session, left on the 工作台: it is never reloaded below.
    const watcher = await browser.context.newPage();
    await watcher.goto(banli.url);
    const started = (n: number) =>
      watcher.waitForFunction(
        (expected) =>
          document.querySelector("[data-box=started] .inbox-tile__count")?.textContent ===
          String(expected),
        n,
      );
    await watcher.waitForFunction(() =>
      /^\d+$/.test(
        document.querySelector("[data-box=started] .inbox-tile__count")?.textContent ?? "",
      ),
    );
    const before = Number(
      await watcher.locator("[data-box=started] .inbox-tile__count").textContent(),
    );
    const petition = journeys.find((j) => j.process === "petition")?.steps[0]?.command;
    if (petition === undefined) throw new Error("the petition journey starts with a command");
    await desk.start("petition", { ...petition, subject: "反映实验室噪音问题（实时刷新）" });
    await started(before + 1);
    await watcher.close();
  });

  for (const journey of journeys) {
    it(`drives one ${journey.process} case from start to finish, each step by its user`, {
      timeout: 240_000,
    }, async () => {
      // A failing journey leaves a picture of where it stopped.
      try {
        await drive(journey);
      } catch (error) {
        await page.screenshot({ path: `${results}/failed-${journey.process}.png`, fullPage: true });
        throw error;
      }
    });
  }

  it("shows the statistics page", { timeout: 60_000 }, async () => {
    await desk.loginAs("zhuren");
    await page.goto(`${banli.url}stats`);
    await page.getByRole("heading", { level: 1 }).waitFor();
    await page.waitForLoadState("networkidle");
    await page.screenshot({ path: `${results}/stats.png`, fullPage: true });
  });
});
