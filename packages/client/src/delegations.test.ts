import { describe, expect, it } from "vitest";
import { type HeldGrant, principalsOf } from "./delegations.js";

const grant = (principal: string, name: string, deputy: string, active = true): HeldGrant => ({
  active,
  deputy: { userId: deputy },
  principal: { userId: principal, name, unitId: `unit-${principal}` },
});

describe("principalsOf", () => {
  it("lists whom a deputy may act for today, each once, by name", () => {
    const grants = [
      grant("juzhang", "赵局长", "zhuren"),
      grant("fenguan", "张副局长", "zhuren"),
      grant("fenguan", "张副局长", "zhuren"),
      grant("chuzhang", "孙处长", "zhuren", false),
      grant("juzhang", "赵局长", "chengban"),
      grant("zhuren", "李主任", "zhuren"),
    ];
    expect(principalsOf(grants, "zhuren")).toEqual([
      { userId: "fenguan", name: "张副局长", unitId: "unit-fenguan" },
      { userId: "juzhang", name: "赵局长", unitId: "unit-juzhang" },
    ]);
    expect(principalsOf(grants, "bangongshi")).toEqual([]);
  });
});
