import { cleanup, fireEvent, render, screen, waitFor } from "@solidjs/testing-library";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { App } from "./App.jsx";
import { localeStorageKey } from "./i18n/locale.js";
import { counts, row } from "./test-fixtures.js";
import { fakeServer, refusal } from "./test-support.jsx";

const clerk = {
  userId: "bangongshi",
  name: "王经办",
  unitId: "bangongshi",
  unitName: "局办公室",
  roles: ["office-clerk"],
  roleLabels: [{ zh: "局办公室（经办人）", en: "Office clerk" }],
};

/** A server with a signed-in clerk (the language is the App's own, from localStorage). */
const server = (me: unknown = clerk) =>
  fakeServer({
    "auth.me": () => {
      if (me === null) throw refusal("Unauthenticated", "请先登录", "Please sign in");
      return me;
    },
    "inbox.counts": () => counts,
    "inbox.list": () => ({ total: 1, rows: [row(1)] }),
    "calendar.pressing": () => [],
    "processes.list": () => [],
    "stats.summary": () => {
      throw refusal("NotFound", "无统计", "No statistics");
    },
  }).client;

beforeEach(() => {
  localStorage.clear();
  window.history.pushState({}, "", "/");
});
afterEach(cleanup);

describe("App", () => {
  it("speaks Chinese by default and switches to English, remembered for next time", async () => {
    render(() => <App client={server()} />);
    expect(screen.getByRole("link", { name: "办理 · 局办公室工作台" })).toBeTruthy();
    expect((await screen.findByRole("heading", { level: 1 })).textContent).toBe("工作台");
    fireEvent.click(screen.getByRole("button", { name: "English" }));
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Home");
    expect(localStorage.getItem(localeStorageKey)).toBe("en");
    expect(document.documentElement.lang).toBe("en");
    cleanup();
    render(() => <App client={server()} />);
    expect((await screen.findByRole("heading", { level: 1 })).textContent).toBe("Home");
    expect(screen.getByRole("button", { name: "中文" })).toBeTruthy();
  });

  it("navigates between 工作台, 案件, 统计 and 委托 and marks the current section", async () => {
    render(() => <App client={server()} />);
    const nav = screen.getByRole("navigation", { name: "主导航" });
    await waitFor(() =>
      expect([...nav.querySelectorAll("a")].map((a) => a.textContent)).toEqual([
        "工作台",
        "案件",
        "统计",
        "委托",
      ]),
    );
    fireEvent.click(screen.getByRole("link", { name: "统计" }));
    await waitFor(() => expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("统计"));
    expect(screen.getByRole("link", { name: "统计" }).getAttribute("aria-current")).toBe("page");
    expect(screen.getByRole("link", { name: "工作台" }).getAttribute("aria-current")).toBeNull();
  });

  it("links 管理 for administrators and 审计 (not 委托) for auditors", async () => {
    const navLinks = () =>
      [...screen.getByRole("navigation", { name: "主导航" }).querySelectorAll("a")].map((a) =>
        a.getAttribute("href"),
      );
    render(() => <App client={server({ ...clerk, roles: ["administrator"], roleLabels: [] })} />);
    await waitFor(() =>
      expect(navLinks()).toEqual(["/", "/cases", "/stats", "/delegations", "/admin"]),
    );
    cleanup();
    render(() => <App client={server({ ...clerk, roles: ["auditor"], roleLabels: [] })} />);
    await waitFor(() => expect(navLinks()).toEqual(["/", "/cases", "/stats", "/audit"]));
  });

  it("shows who is signed in: name, unit and roles", async () => {
    render(() => <App client={server()} />);
    expect(await screen.findByText("王经办")).toBeTruthy();
    expect(screen.getByText("局办公室")).toBeTruthy();
    expect(screen.getByText("局办公室（经办人）")).toBeTruthy();
    expect(screen.getByRole("button", { name: "退出登录" })).toBeTruthy();
  });

  it("sends a signed-out visitor to the login page, keeping where they wanted to go", async () => {
    window.history.pushState({}, "", "/cases?q=督办");
    render(() => <App client={server(null)} />);
    expect((await screen.findByRole("heading", { level: 1 })).textContent).toBe("登录办理系统");
    const next = new URL(window.location.href).searchParams.get("next") ?? "";
    expect(decodeURIComponent(next)).toBe("/cases?q=督办");
    expect(screen.getByRole("link", { name: "登录" })).toBeTruthy();
  });

  it("answers an unknown path with a page, not a blank screen", async () => {
    window.history.pushState({}, "", "/no-such-page");
    render(() => <App client={server()} />);
    expect((await screen.findByRole("heading", { level: 1 })).textContent).toBe("页面不存在");
  });

  // The gallery chunk pulls in the kernel's seven processes; transforming them on a loaded CI
  // machine takes seconds, so this waits generously (a wait, not a timing assertion).
  it("loads the process gallery on demand", { timeout: 60_000 }, async () => {
    window.history.pushState({}, "", "/gallery");
    render(() => <App client={server()} />);
    expect(
      (await screen.findByRole("heading", { level: 1 }, { timeout: 50_000 })).textContent,
    ).toBe("流程一览");
    expect(screen.getByRole("heading", { level: 2, name: "政务督查" })).toBeTruthy();
  });
});
