import { describe, expect, it } from "vitest";
import { checkNewUser, checkPassword, checkUnit, hasProblems } from "./validate.js";

const good = {
  userId: "wang.er",
  name: "王二",
  unitId: "bangongshi",
  roles: ["office-clerk"],
  password: "longenough",
};

describe("checkNewUser", () => {
  it("accepts what the server accepts", () => {
    expect(hasProblems(checkNewUser(good))).toBe(false);
  });

  it("names each field to fix, in both languages", () => {
    const problems = checkNewUser({
      userId: "Wang",
      name: " ",
      unitId: "",
      roles: [],
      password: "short",
    });
    expect(Object.keys(problems).sort()).toEqual(["name", "password", "roles", "unitId", "userId"]);
    expect(problems.name).toEqual({ zh: "请填写姓名", en: "Please fill in Name" });
  });

  it("follows the server's user-name rule: a lower-case letter first, 2 to 32 characters", () => {
    expect(checkNewUser({ ...good, userId: "a" }).userId).toBeDefined();
    expect(checkNewUser({ ...good, userId: "9abc" }).userId).toBeDefined();
    expect(checkNewUser({ ...good, userId: `a${"b".repeat(31)}` }).userId).toBeUndefined();
    expect(checkNewUser({ ...good, userId: `a${"b".repeat(32)}` }).userId).toBeDefined();
  });
});

describe("checkPassword and checkUnit", () => {
  it("wants at least 8 characters", () => {
    expect(hasProblems(checkPassword("1234567"))).toBe(true);
    expect(hasProblems(checkPassword("12345678"))).toBe(false);
  });

  it("wants a unit's code and name", () => {
    expect(Object.keys(checkUnit({ unitId: "", name: "" })).sort()).toEqual(["name", "unitId"]);
    expect(hasProblems(checkUnit({ unitId: "keji", name: "科技处" }))).toBe(false);
  });
});
