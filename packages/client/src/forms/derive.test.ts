import { Operations, Outgoing, Petition, Supervision } from "@banli/kernel";
import { Schema } from "effect";
import { describe, expect, it } from "vitest";
import { commandSchemasOf } from "./commands.js";
import { makeFormModel } from "./derive.js";
import type { FormField } from "./model.js";

const field = (fields: ReadonlyArray<FormField>, key: string): FormField => {
  const found = fields.find((candidate) => candidate.key === key);
  if (found === undefined) throw new Error(`no field ${key}`);
  return found;
};

describe("makeFormModel on 政务督查's RegisterItem", () => {
  const model = makeFormModel(Supervision.RegisterItem);

  it("labels the form and its fields in both languages from the kernel's titles", () => {
    expect(model.tag).toBe("RegisterItem");
    expect(model.label).toEqual({ zh: "拟办：登记督办件", en: "Register supervision item" });
    expect(field(model.fields, "sourceOrgan").label).toEqual({
      zh: "督办单位",
      en: "Source organ",
    });
  });

  it("never asks for the tag", () => {
    expect(model.fields.map((f) => f.key)).not.toContain("_tag");
  });

  it("marks Schema.optional fields as not required", () => {
    expect(field(model.fields, "superiorNumber").required).toBe(false);
    expect(field(model.fields, "title").required).toBe(true);
  });

  it("draws literal unions as choices, glossed from the description", () => {
    const kind = field(model.fields, "kind");
    expect(kind.kind).toBe("choice");
    if (kind.kind !== "choice") return;
    expect(kind.options).toEqual([
      { key: "督办件", value: "督办件", label: { zh: "督办件", en: "written item" } },
      {
        key: "督办电话记录",
        value: "督办电话记录",
        label: { zh: "督办电话记录", en: "phone record" },
      },
    ]);
  });

  it("draws LocalDate fields as dates, optional or not", () => {
    expect(field(model.fields, "receivedOn").kind).toBe("date");
    expect(field(model.fields, "timeLimit")).toMatchObject({ kind: "date", required: false });
  });

  it("draws content as a textarea and the register number as a text with its pattern", () => {
    expect(field(model.fields, "content").kind).toBe("textarea");
    expect(field(model.fields, "number")).toMatchObject({
      kind: "text",
      pattern: "^督〔\\d{4}〕[1-9]\\d*号$",
      description: { zh: "督〔YYYY〕N号，由督办登记簿分配", en: "Allocated by the 督办 register" },
    });
  });

  it("draws an array of structs as a repeatable group with integer and choice fields", () => {
    const attachments = field(model.fields, "attachments");
    expect(attachments).toMatchObject({ kind: "repeat", minItems: 0, required: false });
    if (attachments.kind !== "repeat") return;
    expect(field(attachments.item.fields, "size")).toMatchObject({
      kind: "number",
      integer: true,
      minimum: 0,
    });
    expect(field(attachments.item.fields, "medium")).toMatchObject({
      kind: "choice",
      options: [
        { key: "paper", label: { zh: "纸质", en: "paper" } },
        { key: "electronic", label: { zh: "电子", en: "electronic" } },
      ],
    });
    expect(field(attachments.item.fields, "name")).toMatchObject({ kind: "text", maxLength: 255 });
  });
});

describe("makeFormModel on 来信来访's RegisterPetition", () => {
  const model = makeFormModel(Petition.RegisterPetition);

  it("draws the petitioner as a nested group marked as personal data", () => {
    const petitioner = field(model.fields, "petitioner");
    expect(petitioner).toMatchObject({
      kind: "group",
      personal: true,
      label: { zh: "信访人（个人信息）", en: "Petitioner (personal data)" },
    });
    if (petitioner.kind !== "group") return;
    expect(petitioner.fields.map((f) => [f.key, f.required])).toEqual([
      ["name", true],
      ["contact", true],
      ["address", false],
    ]);
  });

  it("glosses English literal values in Chinese", () => {
    const channel = field(model.fields, "channel");
    if (channel.kind !== "choice") throw new Error("channel is a choice");
    expect(channel.options.map((o) => o.label.zh)).toEqual([
      "来信",
      "来访",
      "市长信箱",
      "网上信访",
      "电话",
    ]);
    // The description only glossed the options: shown once, as their labels.
    expect(channel.description).toBeUndefined();
  });
});

describe("makeFormModel on 公文制发's DraftDocument", () => {
  const model = makeFormModel(Outgoing.DraftDocument);

  it("draws 重要公文 as a checkbox and 主送/抄送 as lists of organs", () => {
    expect(field(model.fields, "important")).toMatchObject({
      kind: "boolean",
      description: { zh: "重要公文和上行文由主要领导签发", en: "Signed by the principal leader" },
    });
    expect(field(model.fields, "mainTo")).toMatchObject({
      kind: "list",
      label: { zh: "主送", en: "Addressed to" },
      item: { kind: "text", label: { zh: "机关", en: "Organ" } },
    });
  });

  it("draws the fifteen 文种 as a choice and optional urgency as a choice that may stay empty", () => {
    const kind = field(model.fields, "kind");
    expect(kind.kind === "choice" && kind.options.length).toBe(15);
    expect(field(model.fields, "urgency")).toMatchObject({ kind: "choice", required: false });
  });

  it("bounds the secrecy period and keeps the body a textarea", () => {
    expect(field(model.fields, "secrecyYears")).toMatchObject({
      kind: "number",
      integer: true,
      minimum: 1,
      maximum: 30,
      required: false,
    });
    expect(field(model.fields, "body")).toMatchObject({ kind: "textarea", label: { zh: "正文" } });
  });

  it("draws the incoming document replied to as an optional group", () => {
    const replyTo = field(model.fields, "replyTo");
    expect(replyTo).toMatchObject({ kind: "group", required: false });
    if (replyTo.kind !== "group") return;
    expect(replyTo.fields.map((f) => f.key)).toEqual(["caseId", "number", "senderNumber"]);
  });
});

describe("makeFormModel on the generic operations", () => {
  it("draws 交办 as a nested lead unit and a repeatable list of co-handling units", () => {
    const model = makeFormModel(Supervision.AssignUnits);
    expect(field(model.fields, "lead")).toMatchObject({ kind: "group", required: true });
    const coUnits = field(model.fields, "coUnits");
    expect(coUnits).toMatchObject({ kind: "repeat", label: { zh: "协办单位" } });
    if (coUnits.kind !== "repeat") return;
    expect(field(coUnits.item.fields, "dueOn").kind).toBe("date");
    expect(field(coUnits.item.fields, "assignee")).toMatchObject({
      kind: "group",
      required: false,
    });
    // Ids are marked for pickers: a unit, a person.
    expect(field(coUnits.item.fields, "unitId")).toMatchObject({ kind: "text", refersTo: "unit" });
    const assignee = field(coUnits.item.fields, "assignee");
    if (assignee.kind !== "group") return;
    expect(field(assignee.fields, "userId")).toMatchObject({ refersTo: "user" });
    expect(field(assignee.fields, "name")).not.toHaveProperty("refersTo");
  });

  it("asks for at least one reader of a 传阅 (NonEmptyArray)", () => {
    const model = makeFormModel(Operations.Circulate);
    expect(field(model.fields, "readers")).toMatchObject({
      kind: "repeat",
      minItems: 1,
      required: true,
    });
  });

  it("draws an empty command as a form without fields", () => {
    expect(makeFormModel(Operations.AcceptAssignment).fields).toEqual([]);
  });

  it("draws a list of ids as a list of texts", () => {
    const model = makeFormModel(Supervision.RecordCoordination);
    expect(field(model.fields, "unitIds")).toMatchObject({
      kind: "list",
      item: { kind: "text" },
      minItems: 0,
    });
    expect(field(model.fields, "problem").kind).toBe("textarea");
  });
});

describe("makeFormModel on shapes no command uses yet", () => {
  const Sample = Schema.TaggedStruct("Sample", {
    important: Schema.Boolean.annotations({ title: "重要 / Important" }),
    maybe: Schema.optional(Schema.Boolean.annotations({ title: "也许 / Maybe" })),
    at: Schema.String.pipe(Schema.brand("Instant")),
    ratio: Schema.Number,
  });
  const model = makeFormModel(Sample);

  it("draws a required boolean as a checkbox and an optional one as yes/no/unsaid", () => {
    expect(field(model.fields, "important").kind).toBe("boolean");
    expect(field(model.fields, "maybe")).toMatchObject({ kind: "choice", required: false });
  });

  it("draws an Instant as a date and time, and labels an untitled field by its key", () => {
    expect(field(model.fields, "at")).toMatchObject({ kind: "datetime", label: { zh: "at" } });
    expect(field(model.fields, "ratio")).toMatchObject({ kind: "number", integer: false });
  });
});

describe("commandSchemasOf", () => {
  it("lists every command of a process's union, each drawable as a form", () => {
    const tags = commandSchemasOf(Supervision.SupervisionCommand).map(
      (schema) => makeFormModel(schema).tag,
    );
    expect(tags).toContain("RegisterItem");
    expect(tags).toContain("FileCase");
    expect(new Set(tags).size).toBe(tags.length);
  });

  it("sees through the kernel's unknown-widened transport schema", () => {
    const tags = commandSchemasOf(Supervision.supervision.commandSchema).map(
      (schema) => makeFormModel(schema).tag,
    );
    expect(tags).toContain("RegisterItem");
  });
});
