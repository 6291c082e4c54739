import type { Key } from "ink";
import type { MessageKey } from "./i18n/messages.js";

/**
 * Every key the console answers to, in one table: the screens match keys through it and the `?`
 * overlay lists it, so the help can never drift from what the keys do.
 */
export type Scope = "global" | "inbox" | "case" | "form";

export interface Binding {
  readonly keys: string;
  readonly scope: Scope;
  readonly does: { readonly zh: string; readonly en: string };
  readonly matches: (input: string, key: Key) => boolean;
}

const binding = (
  keys: string,
  scope: Scope,
  zh: string,
  en: string,
  matches: Binding["matches"],
): Binding => ({ keys, scope, does: { zh, en }, matches });

export const keymap = {
  help: binding("?", "global", "显示/关闭按键说明", "Show or hide the keys", (i) => i === "?"),
  command: binding(":", "global", "打开命令行", "Open the command line", (i) => i === ":"),
  back: binding(
    "q / Esc",
    "global",
    "返回（收件箱中退出）",
    "Back (quit from the inbox)",
    (i, k) => i === "q" || k.escape,
  ),
  up: binding("↑ / k", "inbox", "上移", "Move up", (i, k) => k.upArrow || i === "k"),
  down: binding("↓ / j", "inbox", "下移", "Move down", (i, k) => k.downArrow || i === "j"),
  nextBox: binding(
    "→ / Tab",
    "inbox",
    "下一个箱",
    "Next box",
    (i, k) => k.rightArrow || k.tab || i === "l",
  ),
  prevBox: binding(
    "← / Shift+Tab",
    "inbox",
    "上一个箱",
    "Previous box",
    (i, k) => k.leftArrow || (k.tab && k.shift) || i === "h",
  ),
  open: binding("Enter", "inbox", "打开案件", "Open the case", (_i, k) => k.return),
  search: binding("/", "inbox", "跨案件搜索", "Search all cases", (i) => i === "/"),
  start: binding("n", "inbox", "发起新案件", "Start a case", (i) => i === "n"),
  // Listed for the help only: "any other character" is decided in InboxScreen, which knows
  // which characters the inbox's own keys already take.
  filter: binding(
    "其他字符",
    "inbox",
    "输入即筛选（Esc 清除）",
    "Type to filter (Esc clears)",
    () => false,
  ),
  actionUp: binding(
    "↑ / k",
    "case",
    "选择上一个操作",
    "Previous action",
    (i, k) => k.upArrow || i === "k",
  ),
  actionDown: binding(
    "↓ / j",
    "case",
    "选择下一个操作",
    "Next action",
    (i, k) => k.downArrow || i === "j",
  ),
  act: binding("Enter", "case", "执行所选操作", "Act: open the action's form", (_i, k) => k.return),
  nextField: binding(
    "Tab / ↓",
    "form",
    "下一项",
    "Next field",
    (_i, k) => (k.tab && !k.shift) || k.downArrow,
  ),
  prevField: binding(
    "Shift+Tab / ↑",
    "form",
    "上一项",
    "Previous field",
    (_i, k) => (k.tab && k.shift) || k.upArrow,
  ),
  choose: binding(
    "← / →",
    "form",
    "切换选项",
    "Change a choice",
    (_i, k) => k.leftArrow || k.rightArrow,
  ),
  pick: binding(
    "← / →",
    "form",
    "单位、人员从名录中选择；日期加减一天",
    "Pick a unit or person from the directory; move a date by a day",
    (_i, k) => k.leftArrow || k.rightArrow,
  ),
  addEntry: binding(
    "Ctrl+N",
    "form",
    "在列表中添加一项",
    "Add an entry to the list",
    (i, k) => k.ctrl && i === "n",
  ),
  removeEntry: binding(
    "Ctrl+X",
    "form",
    "删除列表中的这一项",
    "Remove this entry of the list",
    (i, k) => k.ctrl && i === "x",
  ),
  submit: binding("Enter", "form", "提交", "Submit", (_i, k) => k.return),
  cancel: binding("Esc", "form", "取消", "Cancel", (_i, k) => k.escape),
} as const satisfies Record<string, Binding>;

export const scopeTitles: Record<Scope, MessageKey> = {
  global: "scopeGlobal",
  inbox: "scopeInbox",
  case: "scopeCase",
  form: "scopeForm",
};
