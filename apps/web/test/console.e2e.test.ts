import { mkdirSync } from "node:fs";
import type { Server } from "node:http";
import { fileURLToPath } from "node:url";
import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./browser.js";
import { serveDist } from "./static-server.js";

const dist = fileURLToPath(new URL("../dist", import.meta.url));
const results = fileURLToPath(new URL("../test-results", import.meta.url));

let server: Server;
let url: string;
let browser: Awaited<ReturnType<typeof launchChromium>>;
let context: BrowserContext;

beforeAll(async () => {
  ({ server, url } = await serveDist(dist));
  browser = await launchChromium();
  context = browser.context;
  mkdirSync(results, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe("the built console in Chromium", () => {
  it("opens in Chinese and switches to English", async () => {
    const page = await context.newPage();
    await page.goto(url);
    await expect(page.getByRole("heading").textContent()).resolves.toBe("办理 · 局办公室工作台");
    await page.screenshot({ path: `${results}/home.png` });
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.getByRole("heading").textContent()).resolves.toBe("Banli · Office console");
  });
});
