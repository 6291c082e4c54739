import { cleanup, fireEvent, render, screen, waitFor } from "@solidjs/testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { App } from "../App.jsx";
import { createI18n } from "../i18n/I18nProvider.jsx";
import { counts } from "../test-fixtures.js";
import { clerk, fakeServer, refusal } from "../test-support.jsx";
import { safeNext } from "./LoginPage.jsx";

afterEach(cleanup);

/** A server where only `bangongshi` / `demo12345` signs in. */
const loginServer = () => {
  let signedIn = false;
  return fakeServer({
    "auth.me": () => {
      if (!signedIn) throw refusal("Unauthenticated", "请先登录", "Please sign in");
      return clerk;
    },
    "auth.login": (input) => {
      const { username, password } = input as { username: string; password: string };
      if (username !== "bangongshi" || password !== "demo12345")
        throw refusal("LoginFailed", "用户名或密码错误", "Wrong user name or password");
      signedIn = true;
      return clerk;
    },
    "auth.logout": () => {
      signedIn = false;
      return { ok: true };
    },
    "inbox.counts": () => counts,
    "inbox.list": () => ({ total: 0, rows: [] }),
    "calendar.pressing": () => [],
  });
};

const renderAt = (path: string) => {
  window.history.pushState({}, "", path);
  const server = loginServer();
  render(() => <App client={server.client} i18n={createI18n(undefined)} />);
  return server;
};

describe("signing in and out", () => {
  it("shows the server's refusal in words and keeps the user name", async () => {
    renderAt("/login");
    fireEvent.input(await screen.findByLabelText("用户名"), { target: { value: "bangongshi" } });
    fireEvent.input(screen.getByLabelText("密码"), { target: { value: "wrong" } });
    fireEvent.click(screen.getByRole("button", { name: "登录" }));
    await waitFor(() => expect(screen.getByRole("alert").textContent).toBe("用户名或密码错误"));
    expect((screen.getByLabelText("用户名") as HTMLInputElement).value).toBe("bangongshi");
    expect((screen.getByLabelText("密码") as HTMLInputElement).value).toBe("");
  });

  it("signs in, returns to the page asked for, and signs out again", async () => {
    const server = renderAt("/login?next=%2F%3Fbox%3Ddone");
    fireEvent.input(await screen.findByLabelText("用户名"), { target: { value: "bangongshi" } });
    fireEvent.input(screen.getByLabelText("密码"), { target: { value: "demo12345" } });
    fireEvent.click(screen.getByRole("button", { name: "登录" }));
    expect(await screen.findByText("王经办")).toBeTruthy();
    await waitFor(() => expect(window.location.search).toBe("?box=done"));
    expect(server.calls.find((c) => c.path === "auth.login")?.input).toEqual({
      username: "bangongshi",
      password: "demo12345",
    });
    fireEvent.click(screen.getByRole("button", { name: "退出登录" }));
    await waitFor(() =>
      expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("登录办理系统"),
    );
    expect(server.calls.some((c) => c.path === "auth.logout")).toBe(true);
    expect(screen.queryByText("王经办")).toBeNull();
  });
});

describe("safeNext", () => {
  it("follows only paths of this console", () => {
    expect(safeNext("/cases/x")).toBe("/cases/x");
    expect(safeNext("//evil.example/")).toBe("/");
    expect(safeNext("https://evil.example/")).toBe("/");
    expect(safeNext(undefined)).toBe("/");
  });
});
