import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { type RunningBanli, startBanli } from "./banli-server.js";
import { launchChromium } from "./browser.js";
import { Desk } from "./desk.js";

/** Where the browser tests leave their screenshots (apps/web/test-results). */
export const results = fileURLToPath(new URL("../test-results", import.meta.url));

export interface OpenedDesk {
  readonly banli: RunningBanli;
  readonly browser: Awaited<ReturnType<typeof launchChromium>>;
  readonly page: Page;
  readonly desk: Desk;
}

/**
 * Banli serving the demo bureau (`banli serve --demo`), Chromium and one page at an office
 * screen's size, opened before a test file's tests and closed after them. The browser's own
 * errors go to the test output, where a failing test is read. Call at the top of the file; the
 * returned function gives what was opened, from a `beforeAll` or a test on.
 */
export const openDeskForFile = (
  options: Parameters<typeof startBanli>[0] = {},
): (() => OpenedDesk) => {
  let opened: OpenedDesk | undefined;
  let banli: RunningBanli | undefined;
  let browser: OpenedDesk["browser"] | undefined;
  beforeAll(async () => {
    banli = await startBanli(options);
    browser = await launchChromium();
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1366, height: 900 });
    page.on("pageerror", (error) => console.error("page error:", error.message));
    mkdirSync(results, { recursive: true });
    opened = { banli, browser, page, desk: new Desk(page, banli.url) };
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await banli?.stop();
  });
  return () => {
    if (opened === undefined) throw new Error("the desk opens in the file's beforeAll");
    return opened;
  };
};
