import { describe, expect, it } from "vitest";
import { type Projection, replay } from "./projection.js";

type Event = { readonly caseId: string; readonly step: string };
const currentStep: Projection<Event, ReadonlyMap<string, string>> = {
  name: "current-step",
  initial: () => new Map(),
  apply: (model, event) => new Map(model).set(event.caseId, event.step),
};

describe("replay", () => {
  it("folds events in order, the last event per case winning", () => {
    const model = replay(currentStep, [
      { caseId: "a", step: "登记" },
      { caseId: "b", step: "登记" },
      { caseId: "a", step: "交办" },
    ]);
    expect([...model]).toEqual([
      ["a", "交办"],
      ["b", "登记"],
    ]);
  });

  it("starts from a fresh model on every rebuild", () => {
    const events = [{ caseId: "a", step: "拟办" }];
    expect(replay(currentStep, events)).toEqual(replay(currentStep, events));
    expect(replay(currentStep, [])).toEqual(new Map());
  });
});
