import type { BrowserContext, Page } from "playwright-core";

/**
 * What "the first 待办 screen is visible" means here: the home page's case table holds a row of
 * the 待办 box (a case, or the "none" row) — no longer the fixed-height placeholders it keeps
 * while the list is on its way.
 */
export const todoVisibleSelector =
  ".home-page .home-box table.case-table tbody tr:not(.case-table__placeholder)";

declare global {
  interface Window {
    __banliFirstTodo?: number;
  }
}

/**
 * Installed before any of the page's scripts: notes `performance.now()` (milliseconds since the
 * navigation started) at the first DOM change that shows the 待办 list, so the figure does not
 * depend on how often the benchmark polls.
 */
export const watchForTodo = (selector: string) => {
  const check = () => {
    if (window.__banliFirstTodo === undefined && document.querySelector(selector) !== null) {
      window.__banliFirstTodo = performance.now();
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true });
};

/** Signs in through the console's login page, as a user would. */
export const signIn = async (page: Page, base: string, user: string, password: string) => {
  await page.goto(`${base}/login`);
  await page.getByLabel("用户名").fill(user);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
  await page.waitForSelector(todoVisibleSelector, { timeout: 120_000 });
};

export interface FirstScreen {
  readonly firstTodoMs: number;
  readonly domContentLoadedMs: number;
  /** When the `inbox.list` answer had arrived (the batch that carries it). */
  readonly inboxListResponseMs: number | undefined;
  readonly todoRowsShown: number;
  readonly todoCount: string | undefined;
}

/** One cold first screen: empty HTTP cache, a new tab, navigation to the 工作台. */
export const measureFirstScreen = async (
  context: BrowserContext,
  base: string,
): Promise<FirstScreen> => {
  const page = await context.newPage();
  try {
    await page.setViewportSize({ width: 1280, height: 800 });
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.clearBrowserCache");
    await page.goto(`${base}/`, { waitUntil: "commit" });
    await page.waitForFunction(() => window.__banliFirstTodo !== undefined, undefined, {
      timeout: 60_000,
      polling: 50,
    });
    return await page.evaluate((selector) => {
      const navigation = performance.getEntriesByType("navigation")[0] as
        | PerformanceNavigationTiming
        | undefined;
      const inbox = (
        performance.getEntriesByType("resource") as Array<PerformanceResourceTiming>
      ).find((entry) => entry.name.includes("inbox.list"));
      return {
        firstTodoMs: window.__banliFirstTodo ?? Number.NaN,
        domContentLoadedMs: navigation?.domContentLoadedEventEnd ?? Number.NaN,
        inboxListResponseMs: inbox?.responseEnd,
        todoRowsShown: document.querySelectorAll(selector).length,
        todoCount:
          document.querySelector('[data-box="todo"] .inbox-tile__count')?.textContent ?? undefined,
      };
    }, todoVisibleSelector);
  } finally {
    await page.close();
  }
};
