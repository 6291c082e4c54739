import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningBanli, startBanli } from "./banli-server.js";
import { launchChromium } from "./browser.js";
import { Desk } from "./desk.js";

const results = fileURLToPath(new URL("../test-results", import.meta.url));

let banli: RunningBanli;
let url: string;
let browser: Awaited<ReturnType<typeof launchChromium>>;
let context: BrowserContext;

beforeAll(async () => {
  banli = await startBanli();
  url = banli.url;
  browser = await launchChromium();
  context = browser.context;
  mkdirSync(results, { recursive: true });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await banli?.stop();
});

const level1 = (page: Awaited<ReturnType<BrowserContext["newPage"]>>) =>
  page.getByRole("heading", { level: 1 }).textContent();

describe("the built console in Chromium", () => {
  it("opens in Chinese, switches to English and remembers it after a reload", async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    // Signed out, the console opens at its login page.
    await page.goto(url);
    await page.locator("#login-title").waitFor();
    await expect(level1(page)).resolves.toBe("登录办理系统");
    await page.screenshot({ path: `${results}/login.png` });
    await page.getByRole("button", { name: "English" }).click();
    await expect(level1(page)).resolves.toBe("Sign in to Banli");
    await page.reload();
    await page.locator("#login-title").waitFor();
    await expect(level1(page)).resolves.toBe("Sign in to Banli");
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe("en");
    await page.getByRole("button", { name: "中文" }).click();
    await page.close();
  });

  it("serves a deep link after login and routes on the client", async () => {
    const page = await context.newPage();
    await page.goto(`${url}cases?q=督办`);
    // Not signed in: the login page, which brings the user back to the address asked for.
    await page.locator("#login-title").waitFor();
    await page.getByLabel("用户名").fill("zhuren");
    await page.getByLabel("密码").fill("wrong-password");
    await page.getByRole("button", { name: "登录" }).click();
    await page.locator(".login-form__refusal", { hasText: /\S/ }).waitFor();
    await page.getByLabel("密码").fill("demo12345");
    await page.getByRole("button", { name: "登录" }).click();
    await page.locator("#cases-title").waitFor();
    await expect(page.getByLabel("搜索").inputValue()).resolves.toBe("督办");
    await page.locator(".case-table tbody tr[data-case]").first().waitFor();
    await page.getByRole("link", { name: "工作台", exact: true }).click();
    await page.locator("#home-title").waitFor();
    expect(new URL(page.url()).pathname).toBe("/");
    await new Desk(page, url).logout();
    await page.close();
  });

  it("draws the seven processes from the kernel, each with its current step highlighted", async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(`${url}gallery`);
    await expect(level1(page)).resolves.toBe("流程一览");
    const cards = page.locator("article.process-card");
    const count = await cards.count();
    expect(count).toBe(7);
    for (let i = 0; i < count; i++) {
      const card = cards.nth(i);
      await expect(card.locator('svg [aria-current="step"]').count()).resolves.toBe(1);
      await card.screenshot({
        path: `${results}/flow-${await card.getAttribute("data-process")}.png`,
      });
    }
    // Choosing another step moves the highlight; the drawing keeps its size.
    const first = cards.first();
    const before = await first.locator("svg").boundingBox();
    await first.getByRole("combobox").selectOption({ index: 0 });
    const after = await first.locator("svg").boundingBox();
    expect(after).toEqual(before);
    await page.screenshot({ path: `${results}/gallery.png`, fullPage: true });
    await first.screenshot({ path: `${results}/flow-diagram.png` });
    await page.getByRole("button", { name: "English" }).click();
    await expect(level1(page)).resolves.toBe("Process gallery");
    // Same drawing size in English (the page above it may wrap differently).
    const english = await first.locator("svg").boundingBox();
    expect([english?.width, english?.height]).toEqual([before?.width, before?.height]);
    await first.screenshot({ path: `${results}/flow-diagram-en.png` });
    await page.getByRole("button", { name: "中文" }).click();
    await page.close();
  });

  it("fills a generated form by keyboard, shows the errors, then the payload", async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 1000 });
    await page.goto(`${url}gallery`);
    const playground = page.locator("section.form-playground");
    await playground.getByLabel("流程").selectOption("petition");
    await playground.getByLabel("操作").selectOption("RegisterPetition");
    const form = playground.locator("form");
    await expect(form.getByRole("heading").textContent()).resolves.toBe("登记");
    // Enter in a text field submits the form, as in any web form.
    await form.getByLabel(/^登记编号/).fill("信〔2026〕15号");
    await form.getByLabel(/^登记编号/).press("Enter");
    const summary = form.locator(".command-form__summary");
    await expect(summary.isVisible()).resolves.toBe(true);
    await expect(page.evaluate(() => document.activeElement?.className)).resolves.toContain(
      "command-form__summary",
    );
    await expect(summary.textContent()).resolves.toContain("信访渠道：此项必填");
    await summary.screenshot({ path: `${results}/form-errors.png` });
    await page.screenshot({ path: `${results}/form.png`, fullPage: true });

    await form.getByLabel(/^信访渠道/).selectOption("letter");
    await form.getByLabel(/^来源/).selectOption("public");
    await form.getByLabel(/^姓名/).fill("张三");
    await form.getByLabel(/^联系方式/).fill("13800000000");
    await form.getByLabel(/^事由/).fill("夜间施工噪音");
    await form.getByLabel(/^信访内容/).fill("反映某工地夜间施工噪音扰民。");
    await form.getByLabel(/^收到日期/).fill("2026-11-20");
    await form.getByRole("button", { name: "提交" }).press("Enter");
    const payload = JSON.parse((await playground.locator("pre").textContent()) ?? "{}");
    expect(payload).toMatchObject({
      _tag: "RegisterPetition",
      channel: "letter",
      petitioner: { name: "张三", contact: "13800000000" },
      receivedOn: "2026-11-20",
    });
    await page.close();
  });
});
