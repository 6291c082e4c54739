import { Instant, LocalDate } from "@banli/kernel";
import { Schema } from "effect";

/**
 * The power user's command line: `:act 催办`, `:open 信〔2026〕15号`, `:replay --at 2026-03-01`,
 * `:for 张副局长` (act for whoever delegated to you; `:for` alone: as yourself again), `:q`.
 */
export type CommandLine =
  | { readonly kind: "act"; readonly action: string }
  | { readonly kind: "open"; readonly number: string }
  | { readonly kind: "replay"; readonly at: string }
  | { readonly kind: "for"; readonly who: string | undefined }
  | { readonly kind: "quit" }
  | { readonly kind: "invalid"; readonly reason: "unknownCommand" | "badDate" };

export const commandHelp = [
  {
    usage: ":act <命令>",
    does: { zh: "对当前案件执行操作", en: "Act on the open case" },
  },
  { usage: ":open <编号>", does: { zh: "按编号打开案件", en: "Open a case by its number" } },
  {
    usage: ":replay --at <日期>",
    does: {
      zh: "案件截至该日或该时刻（只读）",
      en: "The case as of a date or an instant (read-only)",
    },
  },
  {
    usage: ":for [姓名|用户名]",
    does: {
      zh: "代委托人办理（不带参数：恢复本人身份）",
      en: "Act for who delegated to you (no name: as yourself)",
    },
  },
  { usage: ":q", does: { zh: "退出", en: "Quit" } },
] as const;

const isLocalDate = Schema.is(LocalDate);
/** An instant with its offset (`2026-09-03T10:00:00+08:00`): the record up to that moment. */
const isInstant = Schema.is(Instant);

export const parseCommand = (line: string): CommandLine => {
  const [verb = "", ...rest] = line.trim().replace(/^:/, "").split(/\s+/);
  const argument = rest.join(" ");
  switch (verb) {
    case "act":
      return argument === ""
        ? { kind: "invalid", reason: "unknownCommand" }
        : { kind: "act", action: argument };
    case "open":
      return argument === ""
        ? { kind: "invalid", reason: "unknownCommand" }
        : { kind: "open", number: argument };
    case "replay": {
      const at = rest[0] === "--at" ? rest[1] : rest[0];
      return at !== undefined && (isLocalDate(at) || isInstant(at))
        ? { kind: "replay", at }
        : { kind: "invalid", reason: "badDate" };
    }
    case "for":
      return { kind: "for", who: argument === "" ? undefined : argument };
    case "q":
    case "quit":
      return { kind: "quit" };
    default:
      return { kind: "invalid", reason: "unknownCommand" };
  }
};
