import { Schema } from "effect";
import type { Label } from "./process.js";

/**
 * The marks every official document carries (spec/processes.md, "Documents"; 《党政机关公文处理
 * 工作条例》第八条、第九条; GB/T 9704-2012): 文种, 紧急程度, 密级 with 保密期限. 收文 records them as the
 * sender printed them; 发文 (process 5) sets them on its own drafts; 政务信息 declares its 密级
 * so that 涉密 items never reach the portal.
 */

/** 文种: the fifteen kinds of 条例 第八条. */
export const DocumentKind = Schema.Literal(
  "决议",
  "决定",
  "命令",
  "公报",
  "公告",
  "通告",
  "意见",
  "通知",
  "通报",
  "报告",
  "请示",
  "批复",
  "议案",
  "函",
  "纪要",
).annotations({
  identifier: "DocumentKind",
  title: "文种 / Kind of document",
  description:
    "《党政机关公文处理工作条例》第八条所列 15 种 / The 15 kinds of the Regulations, art. 8",
});
export type DocumentKind = typeof DocumentKind.Type;

/** 紧急程度: 特急 or 加急; an ordinary document carries none (the field is left out). */
export const Urgency = Schema.Literal("特急", "加急").annotations({
  identifier: "Urgency",
  title: "紧急程度 / Urgency",
  description: "特急 · 加急；一般公文不标注 / Ordinary documents carry none",
});
export type Urgency = typeof Urgency.Type;

export const urgencyLabels: { readonly [K in Urgency]: Label } = {
  特急: { zh: "特急", en: "Extra urgent" },
  加急: { zh: "加急", en: "Urgent" },
};

/** 密级: 绝密, 机密, 秘密; a document that is not secret carries none. */
export const Classification = Schema.Literal("绝密", "机密", "秘密").annotations({
  identifier: "Classification",
  title: "密级 / Classification",
  description: "绝密 · 机密 · 秘密；非涉密公文不标注 / Non-secret documents carry none",
});
export type Classification = typeof Classification.Type;

/**
 * 密级 where the question must be answered explicitly (政务信息上载: the clerk declares 非密 before
 * an item may go to the portal), rather than left out for a document that is not secret.
 */
export const DeclaredClassification = Schema.Literal(
  "非密",
  ...Classification.literals,
).annotations({
  identifier: "DeclaredClassification",
  title: "密级 / Classification",
  description: "非密 not classified · 秘密 · 机密 · 绝密",
});
export type DeclaredClassification = typeof DeclaredClassification.Type;

/** 《保守国家秘密法》: 绝密级不超过三十年，机密级不超过二十年，秘密级不超过十年. */
export const maxSecrecyYears: { readonly [K in Classification]: number } = {
  绝密: 30,
  机密: 20,
  秘密: 10,
};

export const classificationLabels: { readonly [K in Classification]: Label } = {
  绝密: { zh: "绝密", en: "Top secret" },
  机密: { zh: "机密", en: "Secret" },
  秘密: { zh: "秘密", en: "Confidential" },
};

/** 保密期限 as printed beside the 密级 (e.g. 「机密★5年」), in whole years. */
export const SecrecyYears = Schema.Int.pipe(Schema.between(1, 30)).annotations({
  identifier: "SecrecyYears",
  title: "保密期限（年）/ Secrecy period (years)",
});
export type SecrecyYears = typeof SecrecyYears.Type;

/** 「机密★5年」: how the mark reads on the 处理单. */
export const classificationMark = (
  level: Classification | undefined,
  years: SecrecyYears | undefined,
): string | undefined =>
  level === undefined ? undefined : years === undefined ? level : `${level}★${years}年`;
