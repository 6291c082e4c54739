import { describe, expect, it } from "vitest";
import { CaseSelector } from "./case-selector.js";

const select = (selector: string, events: ReadonlyArray<{ streamId: string; data: unknown }>) => {
  const cases = new CaseSelector(selector);
  for (const event of events) cases.push(event);
  return () => cases.resolve();
};

const log = [
  { streamId: "petition-a-1", data: { number: "信〔2026〕1号", referenceNumber: "X-9" } },
  { streamId: "supervision-a-1", data: { number: "督〔2026〕1号", superiorNumber: "X-9" } },
  { streamId: "proposal-p7", data: { proposalNumber: "第0007号" } },
];

describe("CaseSelector", () => {
  it("finds a case by stream id, by case id, or by the office's own number", () => {
    expect(select("petition-a-1", log)()).toBe("petition-a-1");
    expect(select("p7", log)()).toBe("proposal-p7");
    expect(select("督〔2026〕1号", log)()).toBe("supervision-a-1");
    expect(select("第0007号", log)()).toBe("proposal-p7");
  });

  it("does not treat another office's number as ours", () => {
    expect(select("X-9", log)).toThrow("no case X-9 in the log");
  });

  it("refuses an ambiguous case id and names the candidates", () => {
    expect(select("a-1", log)).toThrow(
      "a-1 names 2 cases (petition-a-1, supervision-a-1): give a stream id",
    );
  });

  it("does not match the tail of a longer case id", () => {
    expect(select("1", log)).toThrow("no case 1 in the log");
  });
});
