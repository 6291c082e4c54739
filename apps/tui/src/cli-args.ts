import { parseArgs } from "node:util";
import type { Locale } from "./i18n/locale.js";

/**
 * `banli-tui` (and `banli tui`, which runs it) arguments. A server by default; `--db` opens a
 * SQLite file in this process when no server runs; `--demo` gives an empty file the demo
 * bureau (without `--db`, a throwaway one).
 */
export type Target =
  | { readonly kind: "server"; readonly url: string }
  | { readonly kind: "file"; readonly db: string | undefined; readonly demo: boolean };

export interface TuiArgs {
  readonly target: Target;
  readonly locale: Locale;
  readonly username: string | undefined;
  readonly help: boolean;
}

/** `banli serve` listens on 127.0.0.1:8080 unless told otherwise (apps/cli serve.ts). */
export const defaultServer = (env: Readonly<Record<string, string | undefined>>): string =>
  env.BANLI_URL ?? `http://127.0.0.1:${env.BANLI_PORT ?? "8080"}`;

export const usage = `Usage: banli tui [--server <url> | --db <file>] [--demo] [--user <name>] [--lang zh|en]

  --server <url>   the Banli server to sign in to (default $BANLI_URL or http://127.0.0.1:8080)
  --db <file>      open a local SQLite file directly, when no server runs
  --demo           give an empty file the demo bureau (password demo12345); alone, a throwaway file
  --user <name>    fill in the user name
  --lang zh|en     the language (default zh; --en is short for --lang en)
`;

export class ArgsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ArgsError";
  }
}

export const parseTuiArgs = (
  argv: ReadonlyArray<string>,
  env: Readonly<Record<string, string | undefined>>,
): TuiArgs => {
  let values: ReturnType<typeof parse>["values"];
  try {
    values = parse(argv).values;
  } catch (error) {
    throw new ArgsError(String((error as Error).message).split("\n")[0] ?? "bad arguments");
  }
  const lang = values.en === true ? "en" : (values.lang ?? "zh");
  if (lang !== "zh" && lang !== "en") throw new ArgsError(`--lang is zh or en, not '${lang}'`);
  if (values.server !== undefined && (values.db !== undefined || values.demo === true)) {
    throw new ArgsError("give --server or --db/--demo, not both");
  }
  const target: Target =
    values.db !== undefined || values.demo === true
      ? { kind: "file", db: values.db, demo: values.demo === true }
      : { kind: "server", url: values.server ?? defaultServer(env) };
  return {
    target,
    locale: lang === "en" ? "en" : "zh-CN",
    username: values.user,
    help: values.help === true,
  };
};

const parse = (argv: ReadonlyArray<string>) =>
  parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      server: { type: "string" },
      db: { type: "string" },
      demo: { type: "boolean" },
      user: { type: "string" },
      lang: { type: "string" },
      en: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
