import { cleanup, fireEvent, screen, waitFor, within } from "@solidjs/testing-library";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { directorMe, grant, leader, director as zhuren } from "../api/acting-fixtures.js";
import { counts, row } from "../test-fixtures.js";
import { renderConsole } from "../test-support.jsx";

// The act-for choice is remembered per tab: no test may inherit another's.
beforeEach(() => sessionStorage.clear());
afterEach(cleanup);

const tileCount = (box: string) =>
  document.querySelector(`[data-box=${box}] .inbox-tile__count`)?.textContent;

describe("工作台", () => {
  it("shows the count of each box and the 待办 cases with their lights", async () => {
    const server = renderConsole("/", {
      "inbox.counts": () => counts,
      "inbox.list": () => ({ total: 1, rows: [row(1, { light: "yellow" })] }),
      "calendar.pressing": () => [row(2, { light: "red", dueOn: "2026-11-01" })],
    });
    await waitFor(() => expect(tileCount("todo")).toBe("3"));
    expect(tileCount("done")).toBe("12");
    expect(tileCount("toRead")).toBe("1");
    expect(tileCount("started")).toBe("7");
    const table = screen.getByRole("table", { name: "待办" });
    const link = await within(table).findByRole("link", { name: "督〔2026〕1号" });
    expect(link.getAttribute("href")).toBe("/cases/case-1");
    expect(within(table).getByText("临期")).toBeTruthy();
    const pressing = screen.getByRole("complementary", { name: "临期与超期" });
    expect(await within(pressing).findByText("逾期")).toBeTruthy();
    expect(server.calls.find((c) => c.path === "inbox.list")?.input).toEqual({
      box: "todo",
      offset: 0,
      limit: 20,
    });
  });

  it("opens another box and pages through it on the server", async () => {
    const server = renderConsole("/", {
      "inbox.counts": () => counts,
      "inbox.list": (input) => {
        const { offset } = input as { offset: number };
        return { total: 45, rows: [row(offset + 1)] };
      },
      "calendar.pressing": () => [],
    });
    fireEvent.click(await screen.findByRole("link", { name: /已办/ }));
    await screen.findByRole("table", { name: "已办" });
    expect(await screen.findByText("第 1–20 条，共 45 条")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "下一页" }));
    expect(await screen.findByText("第 21–40 条，共 45 条")).toBeTruthy();
    const lists = server.calls.filter((c) => c.path === "inbox.list").map((c) => c.input);
    expect(lists).toContainEqual({ box: "done", offset: 20, limit: 20 });
  });

  it("reads the counts again when the server says a case changed", async () => {
    let todo = 3;
    const server = renderConsole("/", {
      "inbox.counts": () => ({ ...counts, todo }),
      "inbox.list": () => ({ total: 0, rows: [] }),
      "calendar.pressing": () => [],
    });
    await waitFor(() => expect(tileCount("todo")).toBe("3"));
    todo = 4;
    server.push({ caseId: "case-9", process: "supervision", version: 2, status: "Registered" });
    await waitFor(() => expect(tileCount("todo")).toBe("4"));
  });

  it("lists the principal's due-soon and overdue cases while acting for them", async () => {
    const server = renderConsole(
      "/",
      {
        "delegations.list": () => [grant("g1", leader, zhuren)],
        "inbox.counts": () => counts,
        "inbox.list": () => ({ total: 0, rows: [] }),
        "calendar.pressing": (input) =>
          (input as { onBehalfOf?: string } | undefined)?.onBehalfOf === "fenguan"
            ? [row(8, { light: "red", title: "张副局长名下的超期督办" })]
            : [],
      },
      directorMe,
    );
    const pressing = await screen.findByRole("complementary", { name: "临期与超期" });
    expect(await within(pressing).findByText("没有临期或超期的案件。")).toBeTruthy();

    fireEvent.change(await screen.findByLabelText("代理"), { target: { value: "fenguan" } });
    expect(await within(pressing).findByText("张副局长名下的超期督办")).toBeTruthy();
    const asked = server.calls.filter((c) => c.path === "calendar.pressing").map((c) => c.input);
    expect(asked.at(-1)).toEqual({ onBehalfOf: "fenguan" });
    // The live notices that refresh it are the principal's too.
    const live = () => server.calls.filter((c) => c.path === "events.live").map((c) => c.input);
    expect(live().at(-1)).toEqual({ onBehalfOf: "fenguan" });

    // Back to oneself: one's own (empty) list again, and one's own notices.
    fireEvent.change(screen.getByLabelText("代理"), { target: { value: "" } });
    expect(await within(pressing).findByText("没有临期或超期的案件。")).toBeTruthy();
    expect(live()).toEqual([undefined, { onBehalfOf: "fenguan" }, undefined]);
  });

  it("sends a visitor whose session ended to the login page", async () => {
    renderConsole("/", {}, null);
    expect((await screen.findByRole("heading", { level: 1 })).textContent).toBe("登录办理系统");
  });
});
