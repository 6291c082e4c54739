import { Operations, Supervision } from "@banli/kernel";
import { cleanup, fireEvent, screen, within } from "@solidjs/testing-library";
import { createSignal } from "solid-js";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderWithI18n } from "../../test-support.jsx";
import { CommandForm } from "../CommandForm.jsx";
import { type Directory, DirectoryContext, type DirectorySource } from "./directory-context.jsx";

afterEach(cleanup);

const directory: Directory = {
  units: [
    { id: "bangongshi", name: "局办公室" },
    { id: "chengguo", name: "成果转化处" },
  ],
  people: [
    { id: "fenguan", name: "张副局长", unitName: "局领导" },
    { id: "juzhang", name: "陈局长", unitName: "局领导" },
  ],
};

/** A directory that is there at once, or that arrives when the test says. */
const source = (initial: Directory | undefined) => {
  const [current, setCurrent] = createSignal(initial);
  const request = vi.fn();
  const value: DirectorySource = { request, directory: current, loading: () => !current() };
  return { value, request, arrive: () => setCurrent(directory) };
};

const renderForm = (
  schema: Parameters<typeof CommandForm>[0]["schema"],
  onSubmit: (payload: unknown) => void,
  given = source(directory),
) =>
  renderWithI18n(() => (
    <DirectoryContext.Provider value={given.value}>
      <CommandForm schema={schema} onSubmit={onSubmit} />
    </DirectoryContext.Provider>
  ));

describe("unit and person pickers in a generated form", () => {
  it("offers people by name with their unit, and sends the id with the same name", () => {
    const onSubmit = vi.fn();
    renderForm(Operations.SubmitForInstruction, onSubmit);
    const leader = screen.getByLabelText(/^用户/, { selector: "select" });
    expect(
      within(leader)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual(["请选择人员", "张副局长（局领导）", "陈局长（局领导）"]);
    fireEvent.change(leader, { target: { value: "juzhang" } });
    // The name is filled from the pick, shown and not typed.
    const name = screen.getByDisplayValue("陈局长");
    expect((name as HTMLInputElement).readOnly).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: "提交" }));
    expect(onSubmit).toHaveBeenCalledWith({
      _tag: "SubmitForInstruction",
      leader: { userId: "juzhang", name: "陈局长" },
    });
  });

  it("is a labelled native select the keyboard can reach and change", () => {
    renderForm(Supervision.AssignUnits, () => {});
    const lead = screen.getByRole("group", { name: /^主办单位/ });
    const unit = within(lead).getByLabelText(/^单位 \*/);
    expect(unit.tagName).toBe("SELECT");
    expect(within(lead).getByRole("combobox", { name: /^单位（必填）/ })).toBe(unit);
    expect(unit.getAttribute("aria-required")).toBe("true");
    unit.focus();
    expect(document.activeElement).toBe(unit);
    const unitName = () => (within(lead).getByLabelText(/^单位名称/) as HTMLInputElement).value;
    fireEvent.change(unit, { target: { value: "chengguo" } });
    expect((unit as HTMLSelectElement).value).toBe("chengguo");
    expect(unitName()).toBe("成果转化处");
    // Picking again replaces the name; clearing the pick clears it.
    fireEvent.change(unit, { target: { value: "bangongshi" } });
    expect(unitName()).toBe("局办公室");
    fireEvent.change(unit, { target: { value: "" } });
    expect(unitName()).toBe("");
  });

  it("says an unpicked unit once, at the picker", () => {
    const onSubmit = vi.fn();
    renderForm(Supervision.AssignUnits, onSubmit);
    fireEvent.click(screen.getByRole("button", { name: "提交" }));
    expect(onSubmit).not.toHaveBeenCalled();
    const summary = screen.getAllByRole("alert")[0]?.textContent ?? "";
    expect(summary).toContain("单位：此项必填");
    expect(summary).not.toContain("单位名称");
  });

  it("lets ids be typed until the directory arrives, then offers names", () => {
    const late = source(undefined);
    renderForm(Supervision.AssignUnits, () => {}, late);
    expect(late.request).toHaveBeenCalled();
    const lead = screen.getByRole("group", { name: /^主办单位/ });
    expect(within(lead).getByLabelText(/^单位 \*/).tagName).toBe("INPUT");
    expect((within(lead).getByLabelText(/^单位名称/) as HTMLInputElement).readOnly).toBe(false);
    fireEvent.input(within(lead).getByLabelText(/^单位 \*/), { target: { value: "chengguo" } });
    fireEvent.input(within(lead).getByLabelText(/^单位名称/), { target: { value: "成果处" } });
    late.arrive();
    expect(within(lead).getByLabelText(/^单位 \*/).tagName).toBe("SELECT");
    // The name typed meanwhile gives way to the directory's: id and name agree.
    expect((within(lead).getByLabelText(/^单位名称/) as HTMLInputElement).value).toBe("成果转化处");
  });

  it("keeps an id typed before the names came that the directory does not list", () => {
    const late = source(undefined);
    renderForm(Supervision.AssignUnits, () => {}, late);
    const lead = screen.getByRole("group", { name: /^主办单位/ });
    fireEvent.input(within(lead).getByLabelText(/^单位 \*/), { target: { value: "chexiao" } });
    late.arrive();
    const unit = within(lead).getByLabelText(/^单位 \*/) as HTMLSelectElement;
    expect(unit.value).toBe("chexiao");
    expect(unit.selectedOptions[0]?.textContent).toBe("chexiao（不在通讯录中）");
  });

  it("speaks English after the switch", () => {
    const { setLocale } = renderForm(Operations.SubmitForInstruction, () => {});
    setLocale("en");
    const select = screen.getAllByRole("combobox")[0] as HTMLSelectElement;
    expect(within(select).getAllByRole("option")[0]?.textContent).toBe("Choose a person…");
    expect(within(select).getAllByRole("option")[1]?.textContent).toBe("张副局长 (局领导)");
  });
});
