import { Schema } from "effect";

/**
 * The roles of spec/processes.md. One person may hold several; a role is what a step checks,
 * never a person's name.
 */
export const Role = Schema.Literal(
  "office-clerk", // 局办公室（经办人）
  "office-director", // 局办公室主任 / 办公室负责人
  "office-reviewer", // 局办公室审核人
  "information-officer", // 办公室信息员
  "leader-in-charge", // 局分管领导
  "principal-leader", // 局主要领导（局长）
  "division-handler", // 局机关处室或单位（承办单位）
  "division-head", // 处长 / 处室主要负责人
  "confidential-office", // 局机要室
  "print-room", // 局文印室
  "data-entry-clerk", // 录入员
  "archivist", // 档案管理员
  "appraisal-group", // 局档案销毁鉴定小组
  "auditor", // 审计
  "administrator", // 系统管理员
).annotations({ identifier: "Role", title: "角色 / Role" });
export type Role = typeof Role.Type;

export const roleLabels: Record<Role, { readonly zh: string; readonly en: string }> = {
  "office-clerk": { zh: "局办公室（经办人）", en: "Office clerk" },
  "office-director": { zh: "局办公室主任", en: "Office director" },
  "office-reviewer": { zh: "局办公室审核人", en: "Office reviewer" },
  "information-officer": { zh: "办公室信息员", en: "Information officer" },
  "leader-in-charge": { zh: "局分管领导", en: "Bureau leader in charge" },
  "principal-leader": { zh: "局主要领导", en: "Principal bureau leader" },
  "division-handler": { zh: "承办处室（经办人）", en: "Division handler" },
  "division-head": { zh: "处长", en: "Division head" },
  "confidential-office": { zh: "局机要室", en: "Confidential office" },
  "print-room": { zh: "局文印室", en: "Print room" },
  "data-entry-clerk": { zh: "录入员", en: "Data-entry clerk" },
  archivist: { zh: "档案管理员", en: "Archivist" },
  "appraisal-group": { zh: "局档案销毁鉴定小组", en: "Destruction appraisal group" },
  auditor: { zh: "审计", en: "Auditor" },
  administrator: { zh: "系统管理员", en: "Administrator" },
};
