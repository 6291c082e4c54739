import { makeEmptyDraft, makeFormModel, pathKey, validateForm } from "@banli/client";
import { Operations, Petition, Supervision } from "@banli/kernel";
import { describe, expect, it } from "vitest";
import { getAt, leavesOf, setInDraft } from "./leaves.js";

describe("a command's form laid out for the terminal", () => {
  it("flattens a nested struct into one line per control", () => {
    const model = makeFormModel(Supervision.AssignUnits);
    const paths = leavesOf(model.fields, makeEmptyDraft(model.fields)).map((l) => pathKey(l.path));
    expect(paths).toEqual(expect.arrayContaining(["lead.unitId", "lead.dueOn", "coUnits"]));
  });

  it("gives each entry a repeated group must have its own lines", () => {
    const model = makeFormModel(Operations.Circulate);
    const paths = leavesOf(model.fields, makeEmptyDraft(model.fields)).map((l) => pathKey(l.path));
    expect(paths).toEqual(expect.arrayContaining(["readers.0.userId", "readers.0.name"]));
  });

  it("sets a nested value without touching the rest, and the schema accepts the result", () => {
    const model = makeFormModel(Petition.ConcludePetition);
    const empty = makeEmptyDraft(model.fields);
    const draft = setInDraft(
      setInDraft(empty, ["answer"], "已书面答复"),
      ["answeredOn"],
      "2026-03-21",
    );
    expect(getAt(draft, ["answer"])).toBe("已书面答复");
    expect(validateForm(Petition.ConcludePetition, model, draft)).toEqual({
      ok: true,
      payload: { _tag: "ConcludePetition", answer: "已书面答复", answeredOn: "2026-03-21" },
    });
  });
});
