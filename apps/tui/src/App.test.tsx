import { render } from "ink-testing-library";
import { describe, expect, it } from "vitest";
import { App } from "./App.js";

describe("App", () => {
  it("draws the Chinese title in a frame by default", () => {
    const { lastFrame } = render(<App />);
    expect(lastFrame()).toContain("办理 · 终端工作台");
    expect(lastFrame()).toMatch(/^╭/);
  });

  it("speaks English when asked", () => {
    expect(render(<App locale="en" />).lastFrame()).toContain("Banli · Terminal console");
  });
});
