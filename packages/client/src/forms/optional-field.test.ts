import { Schema } from "effect";
import { describe, expect, it } from "vitest";
import { makeFormModel } from "./derive.js";
import { makeEmptyDraft } from "./draft.js";
import { withOptionalField } from "./optional-field.js";
import { validateForm } from "./validate.js";

const Register = Schema.TaggedStruct("Register", {
  number: Schema.String.pipe(Schema.pattern(/^信〔\d{4}〕\d+号$/)).annotations({
    title: "登记编号 / Register number",
  }),
  subject: Schema.NonEmptyTrimmedString.annotations({ title: "事由 / Subject" }),
}).annotations({ title: "登记 / Register" });

describe("withOptionalField", () => {
  const relaxed = withOptionalField(Register, "number", "留空自动分配 / Allocated when empty");
  const model = makeFormModel(relaxed);

  it("makes the field optional, keeps its title and the command's", () => {
    expect(model.label).toEqual({ zh: "登记", en: "Register" });
    const number = model.fields.find((f) => f.key === "number");
    expect(number).toMatchObject({ required: false, label: { zh: "登记编号" } });
    expect(number?.description).toEqual({ zh: "留空自动分配", en: "Allocated when empty" });
  });

  it("leaves an empty field out and still checks a filled one", () => {
    const draft = { ...makeEmptyDraft(model.fields), subject: "噪音" };
    expect(validateForm(relaxed, model, draft)).toEqual({
      ok: true,
      payload: { _tag: "Register", subject: "噪音" },
    });
    const wrong = validateForm(relaxed, model, { ...draft, number: "12" });
    expect(wrong.ok).toBe(false);
  });

  it("answers the schema itself when there is no such field", () => {
    expect(withOptionalField(Register, "nothing")).toBe(Register);
  });
});
