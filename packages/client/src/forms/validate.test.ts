import { Outgoing, Petition, Supervision } from "@banli/kernel";
import { describe, expect, it } from "vitest";
import { makeFormModel } from "./derive.js";
import { makeEmptyDraft, toPayload } from "./draft.js";
import { pathKey } from "./model.js";
import { validateForm } from "./validate.js";

const registerItem = makeFormModel(Supervision.RegisterItem);

const filledItem = {
  ...makeEmptyDraft(registerItem.fields),
  number: "督〔2026〕12号",
  kind: "督办件",
  sourceOrgan: " 市政府督查室 ",
  title: "关于科技成果转化的督办",
  content: "请于月底前报送落实情况。\n",
  receivedOn: "2026-11-20",
};

const messages = (result: ReturnType<typeof validateForm>) =>
  result.ok ? {} : Object.fromEntries(result.errors.map((e) => [pathKey(e.path), e.message.zh]));

describe("toPayload", () => {
  it("tags the payload, trims what the kernel wants trimmed and omits empty optionals", () => {
    expect(toPayload(registerItem, filledItem)).toEqual({
      _tag: "RegisterItem",
      number: "督〔2026〕12号",
      kind: "督办件",
      sourceOrgan: "市政府督查室",
      title: "关于科技成果转化的督办",
      content: "请于月底前报送落实情况。",
      receivedOn: "2026-11-20",
      attachments: [],
    });
  });

  it("keeps an opinion verbatim, blanks and line breaks included", () => {
    const model = makeFormModel(Supervision.ProposeHandling);
    expect(toPayload(model, { opinion: "  拟请成果转化处牵头办理。\n" })).toEqual({
      _tag: "ProposeHandling",
      opinion: "  拟请成果转化处牵头办理。\n",
    });
  });

  it("reads numbers from their text and drops an optional group left empty", () => {
    const model = makeFormModel(Supervision.AssignUnits);
    const draft = {
      lead: {
        unitId: "u-1",
        unitName: "成果转化处",
        dueOn: "2026-12-01",
        assignee: { userId: "", name: "" },
      },
      coUnits: [],
    };
    expect(toPayload(model, draft)).toEqual({
      _tag: "AssignUnits",
      lead: { unitId: "u-1", unitName: "成果转化处", dueOn: "2026-12-01" },
      coUnits: [],
    });
  });
});

describe("validateForm", () => {
  it("accepts a filled form with the command's own schema", () => {
    const result = validateForm(Supervision.RegisterItem, registerItem, filledItem);
    expect(result).toMatchObject({ ok: true, payload: { _tag: "RegisterItem" } });
  });

  it("names every missing required field, in Chinese and English", () => {
    const result = validateForm(
      Supervision.RegisterItem,
      registerItem,
      makeEmptyDraft(registerItem.fields),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byPath = new Map(result.errors.map((e) => [pathKey(e.path), e.message]));
    for (const key of ["kind", "sourceOrgan", "title", "content", "receivedOn"])
      expect(byPath.get(key)).toEqual({ zh: "此项必填", en: "This field is required" });
    expect(byPath.has("superiorNumber")).toBe(false);
  });

  it("explains a malformed date and register number by what the field expects", () => {
    const result = validateForm(Supervision.RegisterItem, registerItem, {
      ...filledItem,
      number: "督2026-12",
      receivedOn: "2026-13-01",
    });
    expect(messages(result)).toEqual({
      number: "格式不正确（督〔YYYY〕N号，由督办登记簿分配）",
      receivedOn: "请填写日期（年-月-日）",
    });
  });

  it("keeps the kernel's own bilingual message (a blank opinion)", () => {
    const model = makeFormModel(Supervision.ProposeHandling);
    const result = validateForm(Supervision.ProposeHandling, model, { opinion: "   " });
    expect(result).toEqual({
      ok: false,
      errors: [
        { path: ["opinion"], message: { zh: "意见不能为空", en: "An opinion cannot be blank" } },
      ],
    });
  });

  it("points into nested groups and repeated entries", () => {
    const model = makeFormModel(Petition.RegisterPetition);
    const result = validateForm(Petition.RegisterPetition, model, {
      ...makeEmptyDraft(model.fields),
      number: "信〔2026〕3号",
      channel: "letter",
      origin: "public",
      petitioner: { name: "张三", contact: "", address: "" },
      subject: "噪音扰民",
      content: "反映夜间施工噪音。",
      receivedOn: "2026-11-02",
      attachments: [
        {
          id: "a1",
          name: "来信.pdf",
          mediaType: "application/pdf",
          size: "-1",
          sha256: "x",
          medium: "paper",
        },
      ],
    });
    expect(messages(result)).toEqual({
      "petitioner.contact": "此项必填",
      "attachments.0.size": "请填写不小于 0 的整数",
      "attachments.0.sha256": "SHA-256 须为 64 位小写十六进制",
    });
  });

  it("refuses a value that is not one of the choices", () => {
    const model = makeFormModel(Petition.RegisterPetition);
    const result = validateForm(Petition.RegisterPetition, model, {
      ...makeEmptyDraft(model.fields),
      channel: "fax",
    });
    expect(messages(result).channel).toBe("请从列表中选择");
  });

  it("reads numbers and yes/no from a 发文 draft and checks their bounds", () => {
    const model = makeFormModel(Outgoing.DraftDocument);
    const draft = {
      ...makeEmptyDraft(model.fields),
      title: "关于开展科技成果转化专项检查的通知",
      kind: "通知",
      direction: "下行文",
      important: true,
      mainTo: ["各区科技局", ""],
      classification: "秘密",
      secrecyYears: "40",
      body: "各区科技局：……",
      unitName: "成果转化处",
    };
    expect(messages(validateForm(Outgoing.DraftDocument, model, draft))).toEqual({
      secrecyYears: "请填写 1 至 30 之间的整数",
    });
    const fixed = validateForm(Outgoing.DraftDocument, model, { ...draft, secrecyYears: "10" });
    expect(fixed).toMatchObject({
      ok: true,
      payload: { important: true, mainTo: ["各区科技局"], copyTo: [], secrecyYears: 10 },
    });
  });
});
