import type { Label } from "@banli/kernel";

/** The console's own words (the kernel's labels come with the kernel's data). */
export const ui = {
  appTitle: { zh: "办理 · 局办公室工作台", en: "Banli · Office console" },
  appShort: { zh: "办理", en: "Banli" },
  switchLanguage: { zh: "English", en: "中文" },
  switchLanguageHint: { zh: "Switch to English", en: "切换为中文" },
  mainNav: { zh: "主导航", en: "Main navigation" },
  skipToContent: { zh: "跳到正文", en: "Skip to content" },
  home: { zh: "工作台", en: "Home" },
  cases: { zh: "案件", en: "Cases" },
  statistics: { zh: "统计", en: "Statistics" },
  admin: { zh: "管理", en: "Administration" },
  gallery: { zh: "流程一览", en: "Process gallery" },
  notSignedIn: { zh: "未登录", en: "Not signed in" },
  comingWithServer: {
    zh: "此页面的数据来自服务器接口，接口就绪后显示。",
    en: "This page shows data from the server's API once it is ready.",
  },
  notFound: { zh: "页面不存在", en: "Page not found" },
  backHome: { zh: "返回工作台", en: "Back to the home page" },
  required: { zh: "必填", en: "required" },
  optional: { zh: "选填", en: "optional" },
  choose: { zh: "请选择", en: "Choose…" },
  leaveEmpty: { zh: "（不填）", en: "(none)" },
  add: { zh: "添加", en: "Add" },
  remove: { zh: "删除", en: "Remove" },
  entry: { zh: "第 {n} 项", en: "Entry {n}" },
  noEntries: { zh: "暂无", en: "None yet" },
  personalData: { zh: "个人信息", en: "Personal data" },
  submit: { zh: "提交", en: "Submit" },
  sending: { zh: "正在提交…", en: "Sending…" },
  fixErrors: {
    zh: "请更正以下 {n} 处后再提交：",
    en: "Please correct {n} field(s) before sending:",
  },
  refused: { zh: "未能办理：", en: "Not done: " },
  noFields: { zh: "此操作无需填写内容。", en: "Nothing to fill in for this action." },
  login: { zh: "登录", en: "Sign in" },
  logout: { zh: "退出登录", en: "Sign out" },
  loginTitle: { zh: "登录办理系统", en: "Sign in to Banli" },
  username: { zh: "用户名", en: "User name" },
  password: { zh: "密码", en: "Password" },
  signingIn: { zh: "正在登录…", en: "Signing in…" },
  loading: { zh: "正在加载…", en: "Loading…" },
  retry: { zh: "重试", en: "Try again" },
} as const satisfies Record<string, Label>;

/** Fills `{name}` placeholders of a message already put in the user's language. */
export const fill = (text: string, values: Readonly<Record<string, string | number>>): string =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
