import { describe, expect, it, vi } from "vitest";
import { signIn } from "../api/api-data-source.js";
import { Root } from "../Root.js";
import { makeInProcessApi } from "../test/in-process-api.js";
import { keys, renderWithProviders } from "../test/render-with-providers.js";
import { LoginScreen } from "./LoginScreen.js";

describe("LoginScreen", () => {
  it("asks for the server, the user name and a masked password", async () => {
    const login = vi.fn(async () => undefined);
    const screen = renderWithProviders(
      <LoginScreen
        where={{ kind: "server", value: "http://127.0.0.1:8080" }}
        login={login}
        onQuit={vi.fn()}
      />,
      { source: null },
    );
    await screen.waitFor("› 服务器");
    expect(screen.frame()).toContain("http://127.0.0.1:8080");
    await screen.press(keys.tab, "zhuren", keys.tab, "secret12");
    await screen.waitFor("••••••••");
    expect(screen.frame()).not.toContain("secret12");
    await screen.press(keys.enter);
    await vi.waitFor(() =>
      expect(login).toHaveBeenCalledWith({
        server: "http://127.0.0.1:8080",
        username: "zhuren",
        password: "secret12",
      }),
    );
  });

  it("sends nothing without a user name and a password", async () => {
    const login = vi.fn(async () => undefined);
    const screen = renderWithProviders(
      <LoginScreen
        where={{ kind: "file", value: "/data/banli.sqlite" }}
        login={login}
        onQuit={vi.fn()}
      />,
      { source: null },
    );
    await screen.waitFor("本地数据文件  /data/banli.sqlite");
    await screen.press(keys.enter);
    await screen.waitFor("请填写用户名和密码");
    expect(login).not.toHaveBeenCalled();
  });

  it("quits with Esc", async () => {
    const onQuit = vi.fn();
    const screen = renderWithProviders(
      <LoginScreen where={{ kind: "server", value: "http://x" }} login={vi.fn()} onQuit={onQuit} />,
      { source: null },
    );
    await screen.waitFor("登录");
    await screen.press(keys.escape);
    expect(onQuit).toHaveBeenCalled();
  });
});

describe("Root, on the real API in-process", () => {
  it("shows the server's refusal, then the inbox, and the login again when the session ends", async () => {
    const api = await makeInProcessApi();
    const client = api.session();
    const screen = renderWithProviders(
      <Root
        where={{ kind: "file", value: "demo" }}
        username="bangongshi"
        signIn={(credentials, onSignedOut) => signIn(client, credentials, onSignedOut)}
        onQuit={vi.fn()}
      />,
      { source: null },
    );
    await screen.waitFor("› 密码");
    await screen.press("wrong-one", keys.enter);
    await screen.waitFor("用户名或密码错误");
    await screen.press("demo12345", keys.enter);
    await screen.waitFor("[待办 1]");
    await screen.waitFor("待签收或退回");
    expect(screen.frame()).toContain("议提案办理");
    expect(screen.frame()).toContain("当前用户：王经办（局办公室）");
    // The session ends on the server (here: logged out elsewhere on the same session).
    await client.auth.logout.mutate();
    await screen.press("\t");
    await screen.waitFor("会话已结束");
    expect(screen.frame()).toContain("› 密码");
    await screen.press("demo12345", keys.enter);
    await screen.waitFor("[待办 1]");
  });
});
