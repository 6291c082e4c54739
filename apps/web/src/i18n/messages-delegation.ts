import type { Label } from "@banli/kernel";

/** The words of 委托 (delegation) and of acting in someone else's name. */
export const dw = {
  delegations: { zh: "委托", en: "Delegation" },
  intro: {
    zh: "外出或不便办理时，可委托他人在截止日期前以您的名义办理；委托可随时撤销，记录中会同时写明受托人和委托人（「代」）。",
    en: "When you are away, let someone act in your name until a date; you may revoke it at any time. The record shows both people (“for …”).",
  },
  auditorsNone: {
    zh: "审计人员只读，不能委托或受托办理。",
    en: "Auditors only read: they neither delegate nor act for others.",
  },

  // The grant form.
  grantTitle: { zh: "新增委托", en: "New delegation" },
  principal: { zh: "委托人", en: "Principal" },
  deputy: { zh: "受托人", en: "Deputy" },
  until: { zh: "截止日期（含当日）", en: "Until (inclusive)" },
  untilHint: {
    zh: "不填则一直有效，直到撤销。",
    en: "Leave empty to keep it until revoked.",
  },
  grant: { zh: "委托", en: "Delegate" },
  granting: { zh: "正在委托…", en: "Delegating…" },
  chooseDeputy: { zh: "请选择受托人。", en: "Choose a deputy." },
  granted: {
    zh: "已委托 {deputy} 代 {principal} 办理。",
    en: "{deputy} may now act for {principal}.",
  },

  // The lists.
  given: { zh: "我委托的", en: "Delegations I gave" },
  held: { zh: "委托给我的", en: "Delegations I hold" },
  all: { zh: "全部委托", en: "All delegations" },
  none: { zh: "暂无委托", en: "None" },
  grantedAt: { zh: "委托时间", en: "Granted" },
  status: { zh: "状态", en: "Status" },
  actions: { zh: "操作", en: "Actions" },
  openEnded: { zh: "撤销前一直有效", en: "Until revoked" },
  active: { zh: "有效", en: "In force" },
  expired: { zh: "已到期", en: "Ended" },
  revoked: { zh: "已撤销", en: "Revoked" },
  revoke: { zh: "撤销", en: "Revoke" },
  revokeOf: { zh: "撤销对 {deputy} 的委托", en: "Revoke the delegation to {deputy}" },
  revokedNote: { zh: "已撤销委托。", en: "The delegation was revoked." },
  actFor: { zh: "代其办理", en: "Act for them" },
  actForOf: { zh: "以 {name} 的名义办理", en: "Act in the name of {name}" },

  // Acting for someone (the shell's selector and the pages' notes).
  actingLabel: { zh: "代理", en: "Act for" },
  actingSelf: { zh: "本人", en: "Myself" },
  actingFor: { zh: "代 {name}", en: "for {name}" },
  actingNote: {
    zh: "您正在代 {name} 办理：所见为其待办，操作将以其名义记录。",
    en: "You are acting for {name}: you see their cases, and what you do is recorded in their name.",
  },
  principalStartsNothing: {
    zh: "{name} 的角色不能发起任何流程。",
    en: "{name}'s roles start no process.",
  },
} satisfies Record<string, Label>;
