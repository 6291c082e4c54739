#!/usr/bin/env node
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { render } from "ink";
import { signIn } from "./api/api-data-source.js";
import type { Connection } from "./api/connection.js";
import { connectRemote } from "./api/remote.js";
import { ArgsError, parseTuiArgs, usage } from "./cli-args.js";
import { openLocal } from "./local/open-local.js";
import { Providers } from "./Providers.js";
import { Root, type SignIn } from "./Root.js";

/** `banli-tui` — also started as `banli tui`, which finds and runs this program. */
const { version } = createRequire(import.meta.url)("../package.json") as { version: string };

const fail = (message: string, code: number): never => {
  process.stderr.write(`banli tui: ${message}\n`);
  process.exit(code);
};

let args: ReturnType<typeof parseTuiArgs>;
try {
  args = parseTuiArgs(process.argv.slice(2), process.env);
} catch (error) {
  args = fail(
    `${(error as Error).message} (see banli tui --help)`,
    error instanceof ArgsError ? 2 : 1,
  );
}
if (args.help) {
  process.stdout.write(usage);
  process.exit(0);
}

const { target } = args;
let connection: Connection | undefined;
let cleanup: () => void = () => undefined;
let signInWith: SignIn;
let where: { readonly kind: "server" | "file"; readonly value: string };
let username = args.username;

if (target.kind === "server") {
  where = { kind: "server", value: target.url };
  // The URL is a field of the login screen: each attempt connects to what it says then.
  signInWith = async (credentials, onSignedOut) => {
    try {
      new URL(credentials.server);
    } catch {
      return {
        ok: false,
        reason: {
          zh: `不是有效的网址：${credentials.server}`,
          en: `Not a URL: ${credentials.server}`,
        },
      };
    }
    await connection?.close();
    connection = connectRemote(credentials.server);
    return signIn(connection.client, credentials, onSignedOut);
  };
} else {
  let db = target.db === undefined ? undefined : resolve(target.db);
  if (db === undefined) {
    // `--demo` alone: a throwaway installation, removed when the console quits.
    const dir = mkdtempSync(join(tmpdir(), "banli-tui-demo-"));
    db = join(dir, "banli.sqlite");
    cleanup = () => rmSync(dir, { recursive: true, force: true });
  }
  process.stderr.write(args.locale === "en" ? `Opening ${db}…\n` : `正在打开 ${db}…\n`);
  try {
    connection = await openLocal({ db, demo: target.demo, version });
  } catch (error) {
    cleanup();
    fail((error as Error).message, 1);
  }
  const local = connection;
  where = { kind: "file", value: db };
  if (target.demo) username ??= "bangongshi";
  signInWith = (credentials, onSignedOut) =>
    local === undefined
      ? Promise.reject(new Error("not open"))
      : signIn(local.client, credentials, onSignedOut);
}

const instance = render(
  <Providers locale={args.locale}>
    <Root
      where={where}
      username={username}
      signIn={signInWith}
      {...(target.kind === "file" && target.demo ? { note: "demo" as const } : {})}
    />
  </Providers>,
);
await instance.waitUntilExit();
await connection?.close();
cleanup();
// The SSE connection and the store's timers would keep Node alive after the console is gone.
process.exit(0);
