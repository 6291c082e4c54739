import { describe, expect, it } from "vitest";
import { noKey } from "../test/no-key.js";
import { editText } from "./edit-text.js";

const none = noKey;

describe("editText", () => {
  it("adds typed and pasted text, Chinese included", () => {
    expect(editText("拟交", "科技处", none)).toBe("拟交科技处");
  });

  it("takes off one whole character on Backspace", () => {
    expect(editText("科技处", "", { ...none, backspace: true })).toBe("科技");
  });

  it("leaves Enter, Tab and the arrows to the screen", () => {
    expect(editText("x", "\r", { ...none, return: true })).toBeUndefined();
    expect(editText("x", "", { ...none, tab: true })).toBeUndefined();
    expect(editText("x", "", { ...none, leftArrow: true })).toBeUndefined();
  });
});
