import { createBanliClient } from "@banli/client";
import { describe, expect, it } from "vitest";
import { makeInProcessApi } from "../test/in-process-api.js";
import { refusalOf } from "./refusal.js";

const caught = async (run: () => Promise<unknown>): Promise<unknown> => {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error("expected a refusal");
};

describe("a refusal in words", () => {
  it("takes the server's own words from data.refusal, in both languages", async () => {
    const api = await makeInProcessApi();
    const error = await caught(() =>
      api.session().auth.login.mutate({ username: "bangongshi", password: "wrong" }),
    );
    expect(refusalOf(error)).toEqual({
      zh: "用户名或密码错误",
      en: "Wrong user name or password",
    });
  });

  it("names a server it cannot reach as such, with the cause", async () => {
    const client = createBanliClient({
      url: "http://127.0.0.1:1",
      fetch: async () => {
        throw new TypeError("fetch failed");
      },
    });
    const error = await caught(() => client.auth.me.query());
    expect(refusalOf(error)).toEqual({
      zh: "无法连接服务器（fetch failed）",
      en: "Cannot reach the server (fetch failed)",
    });
  });

  it("still gives words for anything else", () => {
    expect(refusalOf(42).zh).toBe("操作未能完成，请稍后重试");
  });
});
