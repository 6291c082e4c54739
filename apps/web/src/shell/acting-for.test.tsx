import { cleanup, fireEvent, screen, waitFor } from "@solidjs/testing-library";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { chief, directorMe, grant, leader, director as zhuren } from "../api/acting-fixtures.js";
import { counts, row } from "../test-fixtures.js";
import { clerk, type Handler, refusal, renderConsole } from "../test-support.jsx";

beforeEach(() => sessionStorage.clear());
afterEach(cleanup);

/** A 工作台 whose boxes answer by whom they are asked for. */
const home = (grants: ReadonlyArray<unknown>): Record<string, Handler> => ({
  "delegations.list": () => grants,
  "inbox.counts": (input) =>
    (input as { onBehalfOf?: string } | undefined)?.onBehalfOf === "fenguan"
      ? { ...counts, todo: 9 }
      : counts,
  "inbox.list": (input) => ({
    total: 1,
    rows: [
      (input as { onBehalfOf?: string }).onBehalfOf === "fenguan"
        ? row(7, { title: "等待张副局长批示的督办" })
        : row(1),
    ],
  }),
  "calendar.pressing": () => [],
});

const onBehalfOfIn = (calls: ReadonlyArray<{ path: string; input: unknown }>, path: string) =>
  calls
    .filter((c) => c.path === path)
    .map((c) => (c.input as { onBehalfOf?: string } | undefined)?.onBehalfOf);

describe("代理: acting in a principal's name", () => {
  it("offers the principals of live grants only, and shows their 待办 once chosen", async () => {
    const server = renderConsole(
      "/",
      home([
        grant("g1", leader, zhuren, { until: "2026-12-31" }),
        grant("g2", chief, zhuren, { active: false, until: "2026-11-01" }),
        grant("g3", zhuren, leader),
      ]),
      directorMe,
    );
    const select = (await screen.findByLabelText("代理")) as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual(["本人", "代 张副局长"]);
    expect(await screen.findByText("关于第1项工作的督办")).toBeTruthy();
    expect(screen.queryByRole("note")).toBeNull();

    fireEvent.change(select, { target: { value: "fenguan" } });
    expect(await screen.findByText("等待张副局长批示的督办")).toBeTruthy();
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("工作台 · 代 张副局长");
    expect(screen.getByRole("note").textContent).toContain("您正在代 张副局长 办理");
    expect(document.querySelector('[data-box="todo"] .inbox-tile__count')?.textContent).toBe("9");
    expect(onBehalfOfIn(server.calls, "inbox.list").at(-1)).toBe("fenguan");
    expect(onBehalfOfIn(server.calls, "inbox.counts").at(-1)).toBe("fenguan");

    // Back to oneself: one's own boxes again.
    fireEvent.change(select, { target: { value: "" } });
    expect(await screen.findByText("关于第1项工作的督办")).toBeTruthy();
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("工作台");
  });

  it("remembers the choice in the tab, asking in the principal's name from the first call", async () => {
    const grants = [grant("g1", leader, zhuren)];
    renderConsole("/", home(grants), directorMe);
    fireEvent.change(await screen.findByLabelText("代理"), { target: { value: "fenguan" } });
    await screen.findByText("等待张副局长批示的督办");
    cleanup();
    const again = renderConsole("/", home(grants), directorMe);
    expect(await screen.findByText("等待张副局长批示的督办")).toBeTruthy();
    expect(onBehalfOfIn(again.calls, "inbox.list")).toEqual(["fenguan"]);
  });

  it("drops a remembered choice whose grant was revoked or has ended", async () => {
    const grants = [grant("g1", leader, zhuren)];
    renderConsole("/", home(grants), directorMe);
    fireEvent.change(await screen.findByLabelText("代理"), { target: { value: "fenguan" } });
    await screen.findByText("等待张副局长批示的督办");
    cleanup();
    const revoked = [grant("g1", leader, zhuren, { revokedAt: "2026-11-21T09:00:00+08:00" })];
    const again = renderConsole("/", home(revoked), directorMe);
    expect(await screen.findByText("关于第1项工作的督办")).toBeTruthy();
    expect(screen.queryByLabelText("代理")).toBeNull();
    expect(onBehalfOfIn(again.calls, "inbox.list")).toEqual([undefined]);
  });

  it("reads the grants again when refused in the principal's name, and falls back to oneself", async () => {
    let grants: ReadonlyArray<unknown> = [grant("g1", leader, zhuren)];
    const handlers = home(grants);
    const server = renderConsole(
      "/",
      {
        ...handlers,
        "delegations.list": () => grants,
        "inbox.list": (input) => {
          if ((input as { onBehalfOf?: string }).onBehalfOf === "fenguan" && grants.length === 0)
            throw refusal("NotAuthorised", "您没有代该用户办理的有效委托");
          return handlers["inbox.list"]?.(input);
        },
      },
      directorMe,
    );
    fireEvent.change(await screen.findByLabelText("代理"), { target: { value: "fenguan" } });
    await screen.findByText("等待张副局长批示的督办");
    // Revoked meanwhile: the next read in his name is refused …
    grants = [];
    server.push({ caseId: "case-7", process: "supervision", version: 2, status: "Instructed" });
    // … so the console reads the grants again and shows the user's own boxes.
    expect(await screen.findByText("关于第1项工作的督办")).toBeTruthy();
    expect(screen.queryByLabelText("代理")).toBeNull();
    expect(onBehalfOfIn(server.calls, "inbox.list").at(-1)).toBeUndefined();
  });

  it("shows no choice to whoever holds no grant", async () => {
    const server = renderConsole("/", home([]), clerk);
    expect(await screen.findByText("关于第1项工作的督办")).toBeTruthy();
    expect(screen.queryByLabelText("代理")).toBeNull();
    await waitFor(() => expect(server.calls.some((c) => c.path === "delegations.list")).toBe(true));
  });
});
