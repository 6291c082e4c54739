import { NotAuthorised } from "@banli/kernel";
import { describe, expect, it } from "vitest";
import { refusalLabel } from "./refusal.js";

describe("refusalLabel", () => {
  it("words a kernel refusal in both languages", () => {
    const error = new NotAuthorised({
      message: "Only the office may register",
      messageZh: "只有局办公室可以登记",
      command: "RegisterItem",
    });
    expect(refusalLabel(error)).toEqual({
      zh: "只有局办公室可以登记",
      en: "Only the office may register",
    });
  });

  it("still says something for an error without Chinese or without words", () => {
    expect(refusalLabel(new Error("fetch failed"))).toEqual({
      zh: "fetch failed",
      en: "fetch failed",
    });
    expect(refusalLabel(undefined).zh).toBe("操作未能完成，请稍后重试");
  });
});
