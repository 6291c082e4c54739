import { describe, expect, it } from "vitest";
import { parseCommand } from "./parse-command.js";

describe("parseCommand", () => {
  it("reads the four commands of the issue", () => {
    expect(parseCommand(":act 催办")).toEqual({ kind: "act", action: "催办" });
    expect(parseCommand("open 信〔2026〕15号")).toEqual({ kind: "open", number: "信〔2026〕15号" });
    expect(parseCommand("replay --at 2026-03-01")).toEqual({ kind: "replay", at: "2026-03-01" });
    expect(parseCommand("q")).toEqual({ kind: "quit" });
  });

  it("replays to an instant with its offset too", () => {
    expect(parseCommand("replay --at 2026-09-03T10:00:00+08:00")).toEqual({
      kind: "replay",
      at: "2026-09-03T10:00:00+08:00",
    });
  });

  it("refuses a replay date that is not a calendar date", () => {
    expect(parseCommand("replay --at 2026-13-01")).toEqual({ kind: "invalid", reason: "badDate" });
  });

  it("reads :for with a principal, and without one (back to oneself)", () => {
    expect(parseCommand(":for 张副局长")).toEqual({ kind: "for", who: "张副局长" });
    expect(parseCommand("for fenguan")).toEqual({ kind: "for", who: "fenguan" });
    expect(parseCommand(":for")).toEqual({ kind: "for", who: undefined });
  });

  it("names an unknown command as such", () => {
    expect(parseCommand("frobnicate")).toEqual({ kind: "invalid", reason: "unknownCommand" });
  });
});
