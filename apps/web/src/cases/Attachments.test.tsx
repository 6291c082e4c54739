import { cleanup, fireEvent, screen, waitFor, within } from "@solidjs/testing-library";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ApiProvider } from "../api/ApiProvider.jsx";
import { fakeServer, type Handler, refusal, renderWithI18n } from "../test-support.jsx";
import { Attachments } from "./Attachments.jsx";

const sha = (digit: string) => digit.repeat(64);
const current = {
  id: "att-1",
  name: "落实方案（修改稿）.docx",
  mediaType: "application/octet-stream",
  size: 2048,
  sha256: sha("b"),
  medium: "electronic",
  version: 2,
};
const versions = [
  {
    ...current,
    name: "落实方案.docx",
    size: 100,
    sha256: sha("a"),
    version: 1,
    recordedAt: "2026-11-02T10:00:00+08:00",
    by: { userId: "bangongshi", name: "王经办" },
  },
  {
    ...current,
    recordedAt: "2026-11-03T15:30:00+08:00",
    by: { userId: "zhuren", name: "李主任" },
    onBehalfOf: { userId: "fenguan", name: "张副局长" },
  },
];

const render = (handlers: Readonly<Record<string, Handler>>, attachments = [current]) => {
  const fake = fakeServer(handlers);
  renderWithI18n(() => (
    <ApiProvider client={fake.client}>
      <Attachments caseId="case-7" attachments={attachments} />
    </ApiProvider>
  ));
  return fake;
};

beforeEach(() => {
  // jsdom has no object URLs; the download itself is the browser's.
  URL.createObjectURL = vi.fn(() => "blob:test");
  URL.revokeObjectURL = vi.fn();
});
afterEach(cleanup);

describe("Attachments' versions", () => {
  it("lists every version of a replaced file, newest first, with size, who and when", async () => {
    const fake = render({ "attachments.versions": () => versions });
    // Nothing is asked until the list is opened.
    expect(fake.calls.some((call) => call.path === "attachments.versions")).toBe(false);
    const details = screen.getByText("查看全部 2 个版本", { exact: false }).closest("details");
    if (details === null) throw new Error("the versions are a disclosure");
    details.open = true;
    fireEvent(details, new Event("toggle"));
    const table = await screen.findByRole("table", { name: "落实方案（修改稿）.docx 的各版本" });
    const rows = within(table)
      .getAllByRole("row")
      .slice(1)
      .map((row) => row.textContent);
    expect(rows).toEqual([
      "第 2 版（当前）落实方案（修改稿）.docx2 KB李主任（代 张副局长）2026-11-03 15:30下载 落实方案（修改稿）.docx 第 2 版",
      "第 1 版落实方案.docx100 B王经办2026-11-02 10:00下载 落实方案.docx 第 1 版",
    ]);
    expect(fake.calls.filter((call) => call.path === "attachments.versions")).toEqual([
      { path: "attachments.versions", input: { caseId: "case-7" } },
    ]);
  });

  it("downloads an old version by its hash", async () => {
    const fake = render({
      "attachments.versions": () => versions,
      "attachments.download": () => ({
        name: "落实方案.docx",
        mediaType: "application/octet-stream",
        size: 3,
        contentBase64: "YWJj",
      }),
    });
    const details = screen.getByText("查看全部 2 个版本", { exact: false }).closest("details");
    if (details === null) throw new Error("the versions are a disclosure");
    details.open = true;
    fireEvent(details, new Event("toggle"));
    fireEvent.click(
      await screen.findByRole("button", { name: /^下载\s*落实方案\.docx\s*第 1 版$/ }),
    );
    await waitFor(() =>
      expect(fake.calls.find((call) => call.path === "attachments.download")?.input).toEqual({
        caseId: "case-7",
        sha256: sha("a"),
      }),
    );
    expect(URL.createObjectURL).toHaveBeenCalled();
  });

  it("offers no version list for a file never replaced, and says why a download failed", async () => {
    render(
      {
        "attachments.download": () => {
          throw refusal("NotFound", "附件不存在", "No such attachment");
        },
      },
      [{ ...current, version: 1 }],
    );
    expect(screen.queryByText("查看全部", { exact: false })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: /^下载\s*落实方案（修改稿）\.docx$/ }));
    expect((await screen.findByRole("alert")).textContent).toContain("附件不存在");
  });
});
