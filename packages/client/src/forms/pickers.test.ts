import { Operations, Supervision } from "@banli/kernel";
import { describe, expect, it } from "vitest";
import { makeFormModel } from "./derive.js";
import { makeEmptyDraft } from "./draft.js";
import { namePathFor, pickerPathFor, withoutPickedNameErrors } from "./pickers.js";
import { validateForm } from "./validate.js";

describe("namePathFor", () => {
  it("fills the name the kernel records beside a unit or person id", () => {
    expect(namePathFor(["lead", "unitId"], "unit")).toEqual(["lead", "unitName"]);
    expect(namePathFor(["readers", 0, "userId"], "user")).toEqual(["readers", 0, "name"]);
  });

  it("fills nothing for a bare id (a list of unit ids) or a reference without a name", () => {
    expect(namePathFor(["unitIds", 0], "unit")).toBeUndefined();
    expect(namePathFor(["lead", "userId"], "unit")).toBeUndefined();
    expect(namePathFor(["replyTo", "caseId"], "case")).toBeUndefined();
  });
});

describe("pickerPathFor", () => {
  const assign = makeFormModel(Supervision.AssignUnits).fields;

  it("finds the picker beside a name, in a group and in a repeated entry", () => {
    expect(pickerPathFor(assign, ["lead", "unitName"])).toEqual(["lead", "unitId"]);
    expect(pickerPathFor(assign, ["coUnits", 2, "assignee", "name"])).toEqual([
      "coUnits",
      2,
      "assignee",
      "userId",
    ]);
  });

  it("leaves other fields, and names with no picker beside them, to be typed", () => {
    expect(pickerPathFor(assign, ["lead", "dueOn"])).toBeUndefined();
    expect(pickerPathFor(assign, ["lead", "unitId"])).toBeUndefined();
    const leader = makeFormModel(Operations.SubmitForInstruction).fields;
    expect(pickerPathFor(leader, ["leader", "name"])).toEqual(["leader", "userId"]);
    expect(pickerPathFor(leader, ["name"])).toBeUndefined();
  });
});

describe("withoutPickedNameErrors", () => {
  it("reports an unpicked person once, at the picker", () => {
    const model = makeFormModel(Operations.SubmitForInstruction);
    const result = validateForm(
      Operations.SubmitForInstruction,
      model,
      makeEmptyDraft(model.fields),
    );
    if (result.ok) throw new Error("an empty leader is refused");
    expect(result.errors.map((e) => e.path.join("."))).toEqual(["leader.userId", "leader.name"]);
    expect(withoutPickedNameErrors(model.fields, result.errors).map((e) => e.path)).toEqual([
      ["leader", "userId"],
    ]);
  });

  it("keeps a name's own error when its picker is fine", () => {
    const model = makeFormModel(Operations.SubmitForInstruction);
    const errors = [{ path: ["leader", "name"], message: { zh: "过长", en: "Too long" } }];
    expect(withoutPickedNameErrors(model.fields, errors)).toEqual(errors);
  });
});
