import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import type { Desk } from "./desk.js";
import { openDeskForFile, results } from "./desk-fixture.js";

/** The demo's 督办件 that waits in 张副局长's 待办 for his 批示. */
const awaitingInstruction = "关于科技企业孵化器建设情况的督办电话记录";

const opened = openDeskForFile();
let page: Page;
let desk: Desk;
beforeAll(() => {
  ({ page, desk } = opened());
});

/** A month from today on the office's calendar (+08:00): a last day the server accepts. */
const aMonthAhead = () =>
  new Date(Date.now() + (8 * 60 + 30 * 24 * 60) * 60_000).toISOString().slice(0, 10);

const openDelegations = async () => {
  await page
    .getByRole("navigation", { name: "主导航" })
    .getByRole("link", { name: "委托" })
    .click();
  await page.locator("#delegations-title").waitFor();
};

const actingSelect = () => page.getByLabel("代理", { exact: true });

describe("委托 in the console", () => {
  it("a leader delegates, the deputy acts in his name, the 处理单 shows 代; revoked, the choice is gone", async () => {
    // 张副局长 is away: he lets 李主任 act for him for a month.
    await desk.loginAs("fenguan");
    await openDelegations();
    const form = page.getByRole("form", { name: "新增委托" });
    await form.getByLabel("受托人").selectOption("zhuren");
    const until = aMonthAhead();
    await form.getByLabel("截止日期（含当日）").fill(until);
    await form.getByRole("button", { name: "委托" }).click();
    await form.getByText("已委托 李主任 代 张副局长 办理。").waitFor();
    const given = page.getByRole("table", { name: "我委托的" });
    await expect(given.getByRole("row", { name: /李主任/ }).textContent()).resolves.toMatch(
      new RegExp(`${until}.*有效`),
    );

    // 李主任 chooses to act for him: the 工作台 is 张副局长's, with the case waiting for him.
    await desk.loginAs("zhuren");
    await page.locator("#home-title").waitFor();
    await expect(page.locator(".case-table").getByText(awaitingInstruction).count()).resolves.toBe(
      0,
    );
    await actingSelect().selectOption("fenguan");
    await page.locator("#home-title", { hasText: "代 张副局长" }).waitFor();
    await page.getByRole("note").getByText("您正在代 张副局长 办理").waitFor();
    const todo = page.locator(".home-box .case-table tbody tr", { hasText: awaitingInstruction });
    await todo.getByRole("link").click();
    await page.locator("[data-field=status]").waitFor();
    await page.screenshot({ path: `${results}/delegation-case.png`, fullPage: true });
    expect(await desk.actions()).toContain("GiveInstruction");
    const outcome = await desk.act({
      _tag: "GiveInstruction",
      instruction: "同意，请成果转化处抓紧办理。（李主任代批）",
    });
    expect(outcome.done).toContain("已办理");
    const sheet = page.getByRole("table", { name: "处理单" });
    const signed = sheet.getByRole("row", { name: /李主任/ }).last();
    await expect(signed.textContent()).resolves.toContain("代 张副局长");
    await expect(signed.textContent()).resolves.toContain("李主任代批");
    // A reload keeps the choice for this tab.
    await page.reload();
    await page.locator("[data-field=status]").waitFor();
    await expect(actingSelect().inputValue()).resolves.toBe("fenguan");

    // Back, 张副局长 revokes the delegation …
    await desk.loginAs("fenguan");
    await openDelegations();
    await page.getByRole("button", { name: "撤销对 李主任 的委托" }).click();
    await page.getByText("已撤销委托。").waitFor();
    // The note comes with the server's answer; the list follows once it has been read again.
    await given
      .getByRole("row", { name: /李主任/ })
      .getByText("已撤销")
      .waitFor();

    // … and 李主任 has no one to act for any more.
    await desk.loginAs("zhuren");
    await page.locator("#home-title").waitFor();
    await openDelegations();
    await page.getByRole("table", { name: "委托给我的" }).getByText("已撤销").waitFor();
    await expect(actingSelect().count()).resolves.toBe(0);
    await expect(page.getByRole("button", { name: /的名义办理/ }).count()).resolves.toBe(0);
  });
});
