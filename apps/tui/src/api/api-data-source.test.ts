import { describe, expect, it, vi } from "vitest";
import { makeInProcessApi } from "../test/in-process-api.js";
import { makeApiDataSource, signIn } from "./api-data-source.js";

const proposal = "市政协十四届五次会议第0123号";

describe("the DataSource on the server's procedures", () => {
  it("signs in with the server's refusal in words, and as the user the server names", async () => {
    const api = await makeInProcessApi();
    const wrong = await signIn(api.session(), { username: "bangongshi", password: "nope" });
    expect(wrong).toEqual({
      ok: false,
      reason: { zh: "用户名或密码错误", en: "Wrong user name or password" },
    });
    const right = await signIn(api.session(), { username: "bangongshi", password: "demo12345" });
    if (!right.ok) throw new Error("demo login refused");
    expect(right.source.me).toEqual({ name: "王经办", unit: "局办公室" });
  });

  it("lists the boxes with their counts and the server's traffic lights", async () => {
    const api = await makeInProcessApi();
    const client = await api.signedIn("bangongshi");
    const source = makeApiDataSource(client, await client.auth.me.query());
    const counts = await source.inbox.counts();
    const todo = await source.inbox.list({ box: "todo" });
    expect(todo).toHaveLength(counts.todo);
    expect(todo[0]).toMatchObject({
      number: proposal,
      process: "proposal",
      processTitle: { zh: "议提案办理" },
      status: { zh: "待签收或退回" },
    });
    const started = await source.inbox.list({ box: "started" });
    expect(started).toHaveLength(counts.started);
    const lit = started.filter((row) => row.due !== undefined);
    for (const row of lit) expect(["green", "yellow", "red"]).toContain(row.due?.light);
  });

  it("opens a case: labelled fields, the current step, opinions, and actions with their forms", async () => {
    const api = await makeInProcessApi();
    const client = await api.signedIn("bangongshi");
    const source = makeApiDataSource(client, await client.auth.me.query());
    const [row] = await source.search.query({ text: proposal });
    const detail = await source.cases.get({ caseId: row?.caseId ?? "" });
    expect(detail?.fields).toContainEqual({
      label: { zh: "提出人", en: expect.any(String) },
      value: { zh: "王委员", en: "王委员" },
    });
    expect(detail?.steps.filter((step) => step.current).map((step) => step.label.zh)).toEqual([
      "签收或退回",
    ]);
    expect(detail?.opinions.map((entry) => entry.opinion)).toEqual(["属我局职责，建议签收。"]);
    expect(detail?.actions.map((action) => action.command)).toContain("SignFor");
    // Each action carries the kernel's schema, so its form can be generated.
    expect(detail?.actions.every((action) => action.schema !== undefined)).toBe(true);
  });

  it("acts, and shows a refusal from the server (an action someone else took first) in words", async () => {
    const api = await makeInProcessApi();
    const client = await api.signedIn("bangongshi");
    const source = makeApiDataSource(client, await client.auth.me.query());
    const [row] = await source.search.query({ text: proposal });
    const caseId = row?.caseId ?? "";
    expect(await source.cases.act({ caseId, payload: { _tag: "SignFor" } })).toEqual({
      ok: true,
      caseId,
    });
    const again = await source.cases.act({ caseId, payload: { _tag: "SignFor" } });
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.reason.zh).toMatch(/[\u4e00-\u9fff]/);
    const detail = await source.cases.get({ caseId });
    expect(detail?.history.map((entry) => entry.label.zh)).toContain("签收");
  });

  it("replays the case as of a date: its state, step and entries then, and no action", async () => {
    const api = await makeInProcessApi();
    const client = await api.signedIn("bangongshi");
    const source = makeApiDataSource(client, await client.auth.me.query());
    const [row] = await source.search.query({ text: proposal });
    const caseId = row?.caseId ?? "";
    await source.cases.act({ caseId, payload: { _tag: "SignFor" } });
    const past = await source.cases.get({ caseId, asOf: "2026-09-03" });
    expect(past?.asOf).toBe("2026-09-03");
    expect(past?.history.map((entry) => entry.label.zh)).toEqual(["查阅", "鉴别确认"]);
    expect(past?.actions).toEqual([]);
    // The server replayed the events up to the end of that day: not signed for yet then.
    expect(past?.status.zh).not.toBe((await source.cases.get({ caseId }))?.status.zh);
    expect(past?.steps.filter((step) => step.current).map((step) => step.label.zh)).toEqual([
      "签收或退回",
    ]);
    const before = await source.cases.get({ caseId, asOf: "2026-09-02" });
    expect(before?.history).toEqual([]);
    expect(before?.status.zh).toBe("尚未登记");
    expect(before?.steps.some((step) => step.current)).toBe(false);
  });

  it("offers to start what the kernel lets this user start, and opens a case", async () => {
    const api = await makeInProcessApi();
    const client = await api.signedIn("bangongshi");
    const source = makeApiDataSource(client, await client.auth.me.query());
    const startable = await source.cases.startable();
    expect(startable.map((s) => s.process)).toContain("petition");
    const refused = await source.cases.open({
      process: "petition",
      payload: { _tag: "RegisterPetition" },
    });
    expect(refused.ok).toBe(false);
  });

  it("gives every member of staff the bureau's directory for the pickers", async () => {
    const api = await makeInProcessApi();
    const clerk = await api.signedIn("bangongshi");
    const directory = await makeApiDataSource(clerk, await clerk.auth.me.query()).directory();
    expect(directory.units.map((u) => u.name)).toContain("成果转化处");
    expect(directory.users).toContainEqual({
      id: "chengban",
      name: "周科员",
      detail: "成果转化处",
    });
    expect(directory.users.map((u) => u.id)).toContain("zhuren");
  });

  it("tells the screens when a visible case changes elsewhere (events.live)", async () => {
    const api = await makeInProcessApi();
    const client = await api.signedIn("bangongshi");
    const source = makeApiDataSource(client, await client.auth.me.query());
    const [row] = await source.search.query({ text: proposal });
    const changed = vi.fn();
    const stop = source.subscribe(changed);
    // Another session comments; until the server has opened the subscription a notice can go
    // unheard, so the comment is repeated until one is heard.
    const other = await api.signedIn("bangongshi");
    await vi.waitFor(
      async () => {
        await other.cases.act.mutate({
          caseId: row?.caseId ?? "",
          command: { _tag: "AddComment", text: "另一处补充。" },
        });
        await new Promise((resolve) => setTimeout(resolve, 100));
        expect(changed).toHaveBeenCalled();
      },
      { timeout: 8000, interval: 50 },
    );
    stop();
  });
});
