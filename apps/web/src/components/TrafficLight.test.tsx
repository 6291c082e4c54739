import { trafficLightLabels } from "@banli/kernel";
import { cleanup, screen } from "@solidjs/testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { renderWithI18n } from "../test-support.jsx";
import { lightLabels, TrafficLight } from "./TrafficLight.jsx";

afterEach(cleanup);

describe("TrafficLight", () => {
  it("says its state in words and with a shape, not by colour alone", () => {
    renderWithI18n(() => (
      <p>
        <TrafficLight light="green" />
        <TrafficLight light="yellow" />
        <TrafficLight light="red" />
      </p>
    ));
    const lights = screen.getByRole("paragraph").querySelectorAll(".traffic-light");
    expect([...lights].map((light) => light.textContent)).toEqual(["●正常", "▲临期", "■逾期"]);
    expect(screen.getByText("逾期").getAttribute("class")).toContain("traffic-light--red");
  });

  it("uses the kernel's words for the lights", () => {
    expect(lightLabels).toEqual(trafficLightLabels);
  });

  it("follows the language switch", () => {
    const { setLocale } = renderWithI18n(() => <TrafficLight light="red" />);
    setLocale("en");
    expect(screen.getByText("Overdue")).toBeTruthy();
  });
});
