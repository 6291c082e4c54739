import { cleanup, configure, fireEvent, screen, waitFor, within } from "@solidjs/testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { clerk, renderConsole } from "../../test-support.jsx";
import { catalogueOrder, entryOf } from "./catalogue.js";

// Pages load lazily (their chunk is transformed on first use): waits allow for a busy machine.
configure({ asyncUtilTimeout: 10_000 });

afterEach(cleanup);

const base = {
  processLabel: { zh: "政务督查", en: "Supervision" },
  statusLabel: { zh: "已存查归档", en: "Filed" },
  stepLabel: undefined,
  closed: true,
  version: 3,
  position: 10,
  openedAt: "2026-09-01T09:00:00.000+08:00",
  openedBy: "bangongshi",
  updatedAt: "2026-09-02T01:00:00.000+08:00",
  dueOn: "2026-12-18",
  handlers: [],
  units: [],
  users: [],
  actedBy: [],
  readers: [],
  actions: [],
};

const supervision = {
  ...base,
  caseId: "k1",
  process: "supervision",
  number: "督〔2026〕1号",
  title: "关于推进科技成果转化工作的督办",
  status: "Filed",
  state: {},
  history: [
    {
      at: "2026-09-01T09:00:00.000+08:00",
      actor: "王经办",
      label: { zh: "登记", en: "Registered" },
    },
    {
      at: "2026-09-01T11:00:00.000+08:00",
      actor: "李主任",
      label: { zh: "拟办意见", en: "Handling proposed" },
      opinion: "拟请张副局长阅示。",
    },
    {
      at: "2026-09-01T15:00:00.000+08:00",
      actor: "周科员",
      onBehalfOf: "吴处长",
      label: { zh: "反馈", en: "Reported" },
      opinion: "已办结。",
      details: { zh: "2026-09-01 报送上级", en: "Sent up on 2026-09-01" },
    },
  ],
};

const outgoing = {
  ...base,
  caseId: "k2",
  process: "outgoing",
  processLabel: { zh: "公文制发", en: "Outgoing" },
  number: undefined,
  title: "关于开展项目申报工作的通知",
  status: "Checked",
  state: {
    draft: { kind: "通知", direction: "下行文", mainTo: ["各区科技局", "各高校"], copyTo: [] },
    draftingUnit: { unitId: "chengguo", unitName: "成果转化处" },
    drafter: { userId: "chengban", name: "周科员" },
  },
  history: [
    {
      at: "2026-09-03T06:00:00.000+08:00",
      actor: "吴处长",
      label: { zh: "核稿", en: "Checked" },
      opinion: "同意，请办公室审稿。",
    },
  ],
};

const cases: Record<string, unknown> = { k1: supervision, k2: outgoing };
const get = (input: unknown) => cases[(input as { caseId: string }).caseId];

describe("处理单", () => {
  it("prints every step with its opinion, signer (and for whom) and time", async () => {
    renderConsole("/print/case/k1", { "cases.get": get });
    expect((await screen.findByRole("heading", { level: 1 })).textContent).toBe("政务督查处理单");
    const lines = screen.getAllByRole("table")[1];
    if (lines === undefined) throw new Error("no lines");
    const rows = within(lines).getAllByRole("row").slice(1);
    expect(rows.map((r) => [...r.children].map((c) => c.textContent))).toEqual([
      ["登记", "", "王经办", "2026-09-01 09:00"],
      ["拟办意见", "拟请张副局长阅示。", "李主任", "2026-09-01 11:00"],
      ["反馈", "已办结。2026-09-01 报送上级", "周科员（代 吴处长）", "2026-09-01 15:00"],
    ]);
    expect(screen.getByRole("row", { name: /编号/ }).textContent).toContain("督〔2026〕1号");
    expect(screen.getByRole("button", { name: "打印本页" })).toBeTruthy();
  });

  it("prints a 公文 on the 发文稿纸 with its particulars", async () => {
    renderConsole("/print/case/k2", { "cases.get": get });
    expect((await screen.findByRole("heading", { level: 1 })).textContent).toBe("发文稿纸");
    expect(screen.getByRole("row", { name: /主送/ }).textContent).toContain("各区科技局、各高校");
    expect(screen.getByRole("row", { name: /拟稿单位/ }).textContent).toContain("成果转化处");
    expect(screen.queryByRole("row", { name: /抄送/ })).toBeNull();
  });

  it("says so when the case cannot be seen", async () => {
    renderConsole("/print/case/nope", {});
    expect((await screen.findByRole("alert")).textContent).toContain("没有 cases.get");
  });
});

const archiveCase = (caseId: string, state: Record<string, unknown>) => ({
  ...base,
  caseId,
  process: "archive",
  processLabel: { zh: "档案管理", en: "Archives" },
  number: undefined,
  title: (state.item as { title: string }).title,
  status: "Stored",
  statusLabel: { zh: "在库", en: "In the repository" },
  state,
  history: [],
});

const archive: Record<string, unknown> = {
  a1: archiveCase("a1", {
    item: { category: "WS", title: "局长讲话", responsible: "武汉市科学技术局", year: 2026 },
    organisation: { pages: 12, retention: "Y", classCode: "BGS" },
    archivalCode: "Z109-WS·2026-Y-BGS-0002",
  }),
  a2: archiveCase("a2", {
    item: {
      category: "WS",
      title: "关于印发工作要点的通知",
      responsible: "武汉市科学技术局",
      year: 2026,
      documentNumber: "武科〔2026〕3号",
    },
    organisation: { pages: 4, retention: "D30" },
    archivalCode: "Z109-WS·2026-Y-BGS-0001",
  }),
  a3: archiveCase("a3", {
    item: { category: "WS", title: "年度总结", responsible: "局办公室", year: 2025 },
  }),
};

describe("归档文件目录", () => {
  const handlers = {
    // The list's number of a filed item is its 档号.
    "cases.list": () => ({
      total: 3,
      rows: [
        { caseId: "a1", number: "Z109-WS·2026-Y-BGS-0002" },
        { caseId: "a2", number: "Z109-WS·2026-Y-BGS-0001" },
        { caseId: "a3", number: undefined },
      ],
    }),
    "cases.get": (input: unknown) => archive[(input as { caseId: string }).caseId],
  };

  it("lists the filed items by year and 档号, with the catalogue's columns", async () => {
    const { calls } = renderConsole("/print/catalogue", handlers, clerk);
    const table = await screen.findByRole("table", { name: "归档文件目录" });
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows.map((r) => [...r.children].map((c) => c.textContent))).toEqual([
      [
        "1",
        "Z109-WS·2026-Y-BGS-0001",
        "武科〔2026〕3号",
        "武汉市科学技术局",
        "关于印发工作要点的通知",
        "2026",
        "4",
        "30年",
        "",
      ],
      [
        "2",
        "Z109-WS·2026-Y-BGS-0002",
        "",
        "武汉市科学技术局",
        "局长讲话",
        "2026",
        "12",
        "永久",
        "",
      ],
    ]);
    expect(calls.find((c) => c.path === "cases.list")?.input).toEqual({
      process: "archive",
      limit: 200,
      offset: 0,
    });
    // Items without a 档号 are not read in detail for the filed-only catalogue.
    expect(calls.filter((c) => c.path === "cases.get").map((c) => c.input)).toEqual([
      { caseId: "a1" },
      { caseId: "a2" },
    ]);
  });

  it("includes items not yet filed on request, and filters by year", async () => {
    renderConsole("/print/catalogue", handlers, clerk);
    await screen.findByRole("table", { name: "归档文件目录" });
    fireEvent.click(screen.getByLabelText(/仅列已归档/));
    // The catalogue is read again with every item; an unfiled one shows its status instead.
    const table = () => screen.getByRole("table", { name: "归档文件目录" });
    const rows = () => within(table()).getAllByRole("row");
    await waitFor(() => expect(rows()).toHaveLength(4));
    expect(within(table()).getByRole("row", { name: /年度总结/ }).textContent).toContain("在库");
    fireEvent.change(screen.getByLabelText("年度"), { target: { value: "2025" } });
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(screen.getByText("共 1 件")).toBeTruthy();
  });
});

describe("catalogue lines", () => {
  it("come only from archive cases with an item", () => {
    expect(entryOf({ ...supervision } as never)).toBeUndefined();
    expect(entryOf(archiveCase("x", { item: "broken" }) as never)).toBeUndefined();
  });

  it("put filed items before unfiled ones within a year", () => {
    const filed = entryOf(archive.a1 as never);
    const loose = entryOf(
      archiveCase("a4", { item: { title: "甲", responsible: "", year: 2026 } }) as never,
    );
    if (filed === undefined || loose === undefined) throw new Error("no entries");
    expect([loose, filed].sort(catalogueOrder)).toEqual([filed, loose]);
  });
});
