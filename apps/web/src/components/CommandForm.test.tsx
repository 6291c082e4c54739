import { Operations, Petition, Supervision } from "@banli/kernel";
import { cleanup, fireEvent, screen, within } from "@solidjs/testing-library";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderWithI18n } from "../test-support.jsx";
import { CommandForm } from "./CommandForm.jsx";

afterEach(cleanup);

const type = (label: string | RegExp, value: string) =>
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
const choose = (label: string | RegExp, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe("CommandForm drawn from 政务督查's RegisterItem", () => {
  it("labels every control, marks the required ones and draws choices, dates and long texts", () => {
    renderWithI18n(() => <CommandForm schema={Supervision.RegisterItem} onSubmit={() => {}} />);
    expect(screen.getByRole("heading", { name: "拟办：登记督办件" })).toBeTruthy();
    const title = screen.getByLabelText(/^标题/);
    expect(title.getAttribute("aria-required")).toBe("true");
    expect(screen.getByLabelText(/^上级督办号/).getAttribute("aria-required")).toBeNull();
    expect(screen.getAllByText("（选填）", { exact: false }).length).toBeGreaterThan(0);
    const kind = screen.getByLabelText(/^来件类型/);
    expect(kind.tagName).toBe("SELECT");
    expect(
      within(kind)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual(["请选择", "督办件", "督办电话记录"]);
    expect(screen.getByLabelText(/^收到日期/).getAttribute("type")).toBe("date");
    expect(screen.getByLabelText(/^督办内容/).tagName).toBe("TEXTAREA");
    // The register number's format is explained under it and tied to it.
    const number = screen.getByLabelText(/^录入编号/);
    const described = number.getAttribute("aria-describedby") ?? "";
    expect(document.getElementById(described)?.textContent).toBe("督〔YYYY〕N号，由督办登记簿分配");
  });

  it("checks before sending: nothing is sent and each wrong field says why", () => {
    const onSubmit = vi.fn();
    renderWithI18n(() => <CommandForm schema={Supervision.RegisterItem} onSubmit={onSubmit} />);
    fireEvent.click(screen.getByRole("button", { name: "提交" }));
    expect(onSubmit).not.toHaveBeenCalled();
    const summary = screen.getAllByRole("alert")[0];
    expect(summary?.textContent).toContain("请更正以下 6 处后再提交");
    expect(summary?.textContent).toContain("督办单位：此项必填");
    expect(document.activeElement).toBe(summary);
    const sourceOrgan = screen.getByLabelText(/^督办单位/);
    expect(sourceOrgan.getAttribute("aria-invalid")).toBe("true");
    const errorId = (sourceOrgan.getAttribute("aria-describedby") ?? "").split(" ").at(-1) ?? "";
    expect(document.getElementById(errorId)?.textContent).toBe("此项必填");
    // The summary's link takes the keyboard to the field.
    fireEvent.click(screen.getByRole("link", { name: "督办单位：此项必填" }));
    expect(document.activeElement).toBe(sourceOrgan);
    // Correcting a field clears its error at once.
    type(/^督办单位/, "市政府督查室");
    expect(screen.getByLabelText(/^督办单位/).getAttribute("aria-invalid")).toBeNull();
  });

  it("sends the payload the schema accepts", () => {
    const onSubmit = vi.fn();
    renderWithI18n(() => <CommandForm schema={Supervision.RegisterItem} onSubmit={onSubmit} />);
    type(/^录入编号/, "督〔2026〕7号");
    choose(/^来件类型/, "督办电话记录");
    type(/^督办单位/, "市政府督查室");
    type(/^标题/, "关于加快成果转化的督办");
    type(/^督办内容/, "请于本月底前反馈。");
    type(/^收到日期/, "2026-11-20");
    fireEvent.click(screen.getByRole("button", { name: "提交" }));
    expect(onSubmit).toHaveBeenCalledWith({
      _tag: "RegisterItem",
      number: "督〔2026〕7号",
      kind: "督办电话记录",
      sourceOrgan: "市政府督查室",
      title: "关于加快成果转化的督办",
      content: "请于本月底前反馈。",
      receivedOn: "2026-11-20",
      attachments: [],
    });
  });

  it("shows the server's refusal in words", () => {
    renderWithI18n(() => (
      <CommandForm
        schema={Supervision.RegisterItem}
        onSubmit={() => {}}
        refusal={{ zh: "编号已被使用", en: "The number is taken" }}
      />
    ));
    expect(screen.getByRole("alert").textContent).toBe("未能办理：编号已被使用");
  });

  it("speaks English after the switch", () => {
    const { setLocale } = renderWithI18n(() => (
      <CommandForm schema={Supervision.RegisterItem} onSubmit={() => {}} />
    ));
    setLocale("en");
    expect(screen.getByRole("heading", { name: "Register supervision item" })).toBeTruthy();
    expect(screen.getByLabelText(/^Source organ/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Submit" })).toBeTruthy();
  });
});

describe("CommandForm's nested and repeated groups", () => {
  it("draws 交办's lead unit as a group and adds and removes co-handling units", () => {
    const onSubmit = vi.fn();
    renderWithI18n(() => <CommandForm schema={Supervision.AssignUnits} onSubmit={onSubmit} />);
    const lead = screen.getByRole("group", { name: /^主办单位/ });
    expect(
      within(lead)
        .getByLabelText(/^办理期限/)
        .getAttribute("type"),
    ).toBe("date");
    const coUnits = screen.getByRole("group", { name: /^协办单位/ });
    expect(within(coUnits).getByText("暂无")).toBeTruthy();
    fireEvent.click(within(coUnits).getByRole("button", { name: /添加/ }));
    fireEvent.click(within(coUnits).getByRole("button", { name: /添加/ }));
    const added = within(coUnits).getAllByRole("group", { name: /^第 \d 项/ });
    expect(added).toHaveLength(2);
    // The keyboard follows: into the new entry, then back to 添加 after a removal.
    expect(document.activeElement).toBe(within(added[1] as HTMLElement).getByLabelText(/^单位 \*/));
    fireEvent.click(within(coUnits).getByRole("button", { name: "删除协办单位 第 1 项" }));
    expect(document.activeElement).toBe(within(coUnits).getByRole("button", { name: /添加/ }));
    expect(within(coUnits).getAllByRole("group", { name: /^第 \d 项/ })).toHaveLength(1);

    fireEvent.input(within(lead).getByLabelText(/^单位 \*/), { target: { value: "u-1" } });
    fireEvent.input(within(lead).getByLabelText(/^单位名称/), { target: { value: "成果转化处" } });
    fireEvent.input(within(lead).getByLabelText(/^办理期限/), { target: { value: "2026-12-01" } });
    fireEvent.click(screen.getByRole("button", { name: "提交" }));
    // The co-unit entry left empty is pointed at, inside its group.
    expect(onSubmit).not.toHaveBeenCalled();
    const entry = within(coUnits).getByRole("group", { name: /^第 1 项/ });
    expect(
      within(entry)
        .getByLabelText(/^单位名称/)
        .getAttribute("aria-invalid"),
    ).toBe("true");
  });

  it("flags the petitioner's personal data and keeps at least one reader of a 传阅", () => {
    renderWithI18n(() => <CommandForm schema={Petition.RegisterPetition} onSubmit={() => {}} />);
    expect(screen.getByRole("group", { name: /信访人（个人信息）.*个人信息/ })).toBeTruthy();
    cleanup();
    renderWithI18n(() => <CommandForm schema={Operations.Circulate} onSubmit={() => {}} />);
    const readers = screen.getByRole("group", { name: /^传阅人/ });
    expect(within(readers).getAllByRole("group", { name: /^第 \d 项/ })).toHaveLength(1);
    expect(within(readers).queryByRole("button", { name: /删除/ })).toBeNull();
  });

  it("says when a command has nothing to fill in", () => {
    const onSubmit = vi.fn();
    renderWithI18n(() => <CommandForm schema={Operations.AcceptAssignment} onSubmit={onSubmit} />);
    expect(screen.getByText("此操作无需填写内容。")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "提交" }));
    expect(onSubmit).toHaveBeenCalledWith({ _tag: "AcceptAssignment" });
  });
});
