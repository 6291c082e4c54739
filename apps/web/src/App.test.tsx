import { fireEvent, render, screen } from "@solidjs/testing-library";
import { describe, expect, it } from "vitest";
import { App } from "./App.jsx";

describe("App", () => {
  it("speaks Chinese by default and switches to English", async () => {
    render(() => <App />);
    expect(screen.getByRole("heading").textContent).toBe("办理 · 局办公室工作台");
    fireEvent.click(screen.getByRole("button", { name: "English" }));
    expect(screen.getByRole("heading").textContent).toBe("Banli · Office console");
  });
});
