import { Supervision } from "@banli/kernel";
import { cleanup, screen, within } from "@solidjs/testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { renderWithI18n } from "../test-support.jsx";
import { FlowDiagram } from "./FlowDiagram.jsx";

afterEach(cleanup);

const definition = Supervision.definition;

describe("FlowDiagram", () => {
  it("lists every step of the kernel's definition, the current one marked aria-current", () => {
    renderWithI18n(() => <FlowDiagram definition={definition} current="handle" />);
    const steps = screen.getAllByRole("listitem");
    expect(steps).toHaveLength(definition.steps.length);
    const current = steps.filter((step) => step.getAttribute("aria-current") === "step");
    expect(current).toHaveLength(1);
    expect(current[0]?.getAttribute("aria-label")).toBe("承办，当前步骤");
    expect(current[0]?.querySelector("text")?.textContent).toBe("承办");
  });

  it("names loops and end steps for screen readers", () => {
    renderWithI18n(() => <FlowDiagram definition={definition} />);
    const names = screen.getAllByRole("listitem").map((step) => step.getAttribute("aria-label"));
    expect(names).toContain("协调（可重复，承办时）");
    expect(names).toContain("存查并归档（结束）");
    expect(screen.getAllByRole("listitem").some((s) => s.hasAttribute("aria-current"))).toBe(false);
  });

  it("has a title and a description that tells the path, the branches and the current step", () => {
    renderWithI18n(() => <FlowDiagram definition={definition} current="instruct" />);
    const figure = screen.getByRole("group", { name: "政务督查流程图" });
    const description = figure.querySelector("desc")?.textContent ?? "";
    expect(description).toContain("步骤：拟办 → 报批 → 领导批示");
    expect(description).toContain("领导批示可退回至拟办");
    expect(description).toContain("当前步骤：领导批示。");
  });

  it("draws every transition as an arrow, back arrows apart from the main path", () => {
    const { container } = renderWithI18n(() => <FlowDiagram definition={definition} />);
    const pairs = new Set(definition.transitions.map((t) => `${t.from}→${t.to}`));
    expect(container.querySelectorAll(".flow-edge")).toHaveLength(pairs.size);
    expect(container.querySelectorAll(".flow-edge--back")).toHaveLength(
      definition.transitions.filter((t) => t.kind === "back").length,
    );
  });

  it("keeps its size from the definition, whatever is highlighted or the language", () => {
    const { container, setLocale } = renderWithI18n(() => (
      <FlowDiagram definition={definition} current="propose" />
    ));
    const svg = container.querySelector("svg");
    const viewBox = svg?.getAttribute("viewBox");
    expect(viewBox).toMatch(/^0 0 \d+(\.\d+)? \d+(\.\d+)?$/);
    setLocale("en");
    expect(svg?.getAttribute("viewBox")).toBe(viewBox);
    expect(
      within(container).getByRole("group", { name: "Supervision of assigned tasks flow" }),
    ).toBeTruthy();
  });
});
