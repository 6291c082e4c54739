import { describe, expect, it } from "vitest";
import type { CaseSummary } from "./case-summary.js";
import { matchesSearch, searchableText } from "./queries.js";

const summary = (fields: Pick<CaseSummary, "number" | "title" | "text">) =>
  fields as unknown as CaseSummary;

describe("the searchable text", () => {
  it("holds each line once, so a repeated title is indexed once", () => {
    const s = summary({
      number: "京科发〔2026〕1号",
      title: "关于科技成果转化的通知",
      text: "公文制发\n关于科技成果转化的通知\n成果转化处",
    });
    expect(searchableText(s)).toBe(
      "京科发〔2026〕1号\n关于科技成果转化的通知\n公文制发\n成果转化处",
    );
    expect(matchesSearch(s, ["成果转化处", "1号"])).toBe(true);
    expect(matchesSearch(s, ["通知公文"])).toBe(false);
  });

  it("folds a missing number and title into one empty line", () => {
    const s = summary({ number: undefined, title: undefined, text: "公文制发" });
    expect(searchableText(s)).toBe("\n公文制发");
  });
});
