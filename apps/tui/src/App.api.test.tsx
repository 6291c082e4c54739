import { describe, expect, it, vi } from "vitest";
import { App } from "./App.js";
import { makeApiDataSource } from "./api/api-data-source.js";
import { type InProcessApi, makeInProcessApi } from "./test/in-process-api.js";
import { keys, renderWithProviders } from "./test/render-with-providers.js";

const proposal = "市政协十四届五次会议第0123号";
/** The demo's 督办件 that waits in 张副局长's 待办 for his 批示. */
const awaitingInstruction = "关于科技企业孵化器建设情况的督办电话记录";

/** The console signed in as 王经办 on the real API, on the 待办 proposal's case screen. */
const openTodoCase = async (api: InProcessApi) => {
  const client = await api.signedIn("bangongshi");
  const source = makeApiDataSource(client, await client.auth.me.query());
  const screen = renderWithProviders(<App onQuit={vi.fn()} />, { source });
  await screen.waitFor("[待办 1]");
  await screen.waitFor("待签收或退回");
  await screen.press(keys.enter);
  await screen.waitFor("可执行操作");
  const [row] = await source.search.query({ text: proposal });
  return { screen, caseId: row?.caseId ?? "" };
};

describe("the console on the real API (in-process)", () => {
  it("acts on a 待办 case through the generated form, and the case moves on", async () => {
    const { screen } = await openTodoCase(await makeInProcessApi());
    expect(screen.frame()).toContain("▶ 签收或退回");
    await screen.press(keys.enter);
    await screen.waitFor("› 备注（选填）");
    await screen.press("已签收。", keys.enter);
    await screen.waitFor("已办理：签收");
    await screen.waitFor("▶ 分类、磋商");
    expect(screen.frame()).toContain("王经办 签收");
  });

  it("shows the server's refusal in words when someone else acted first", async () => {
    const api = await makeInProcessApi();
    const { screen, caseId } = await openTodoCase(api);
    await screen.press(keys.enter);
    await screen.waitFor("› 备注（选填）");
    // The same clerk signs for it in the web console while this form is open.
    const web = await api.signedIn("bangongshi");
    await web.cases.act.mutate({ caseId, command: { _tag: "SignFor" } });
    await screen.press(keys.enter);
    await screen.waitFor("未能办理：");
    expect(screen.frame()).toMatch(/未能办理：\S+/);
  });

  it("redraws the open case when it changes elsewhere (events.live)", async () => {
    const api = await makeInProcessApi();
    const { screen, caseId } = await openTodoCase(api);
    const web = await api.signedIn("bangongshi");
    // Repeated until heard: a notice sent before the subscription is open is not delivered.
    await vi.waitFor(
      async () => {
        await web.cases.act.mutate({
          caseId,
          command: { _tag: "AddComment", text: "网页端补充意见。" },
        });
        await new Promise((resolve) => setTimeout(resolve, 200));
        expect(screen.frame()).toContain("网页端补充意见。");
      },
      { timeout: 8000, interval: 50 },
    );
  });

  it("replays the case as of a date with :replay --at, read-only", async () => {
    const { screen } = await openTodoCase(await makeInProcessApi());
    await screen.press(":", "replay --at 2026-09-03", keys.enter);
    await screen.waitFor("回放（只读）截至 2026-09-03");
    expect(screen.frame()).toContain("王经办 鉴别确认");
    expect(screen.frame()).not.toContain("可执行操作");
  });

  it("acts for a leader who delegated (:for): his 待办, the record says 代; revoked, back to oneself", async () => {
    const api = await makeInProcessApi();
    const leader = await api.signedIn("fenguan");
    const { grantId } = await leader.delegations.grant.mutate({ deputy: "zhuren" });
    const client = await api.signedIn("zhuren");
    const source = makeApiDataSource(client, await client.auth.me.query());
    const screen = renderWithProviders(<App onQuit={vi.fn()} />, { source });
    await screen.waitFor("[待办");
    expect(screen.frame()).not.toContain("关于科技企业孵");

    await screen.press(":", "for 张副局长", keys.enter);
    await screen.waitFor("现以 张副局长 的名义办理");
    // His 督办件 (the title is cut to the column's width), and whom the console acts for.
    await screen.waitFor("关于科技企业孵");
    expect(screen.frame()).toContain("李主任（局办公室） · 代 张副局长");
    // His 待办, in his name: open the 督办件 that waits for his 批示 and give it.
    const rows = await source.inbox.list({ box: "todo" });
    const row = rows.findIndex((r) => r.title === awaitingInstruction);
    expect(row).toBeGreaterThanOrEqual(0);
    await screen.press(...Array.from({ length: row }, () => keys.down), keys.enter);
    await screen.waitFor("可执行操作");
    await screen.press(":", "act 领导批示", keys.enter);
    await screen.waitFor("› 批示");
    await screen.press("同意，请抓紧办理。", keys.enter);
    await screen.waitFor("已办理：领导批示");
    await screen.waitFor("李主任（代 张副局长） 领导批示");

    // 张副局长 revokes: the next refusal in his name brings 李主任 back to his own 工作台.
    await leader.delegations.revoke.mutate({ grantId });
    await screen.press("q", "q");
    await screen.waitFor("[待办");
    await vi.waitFor(() => expect(screen.frame()).not.toContain("· 代 张副局长"), {
      timeout: 5000,
    });
    await screen.press(":", "for 张副局长", keys.enter);
    await screen.waitFor("您没有该用户的有效委托");
  });

  it("starts a case of a process the user may start", async () => {
    const api = await makeInProcessApi();
    const client = await api.signedIn("bangongshi");
    const source = makeApiDataSource(client, await client.auth.me.query());
    const screen = renderWithProviders(<App onQuit={vi.fn()} />, { source });
    await screen.waitFor("[待办 1]");
    await screen.press("n");
    await screen.waitFor("发起新案件");
    await screen.waitFor("来信来访");
  });
});
