#!/usr/bin/env node
// The installed entry of `banli-tui` (what `banli tui` execs). It is a committed shim rather than
// dist/main.js itself so that `pnpm install` links the command before the first build, and so a
// missing build says what to do instead of failing with a module-not-found trace.
import { existsSync } from "node:fs";

const main = new URL("../dist/main.js", import.meta.url);
if (!existsSync(main)) {
  process.stderr.write("banli-tui: not built yet — run `pnpm build` (or `pnpm tui`) first\n");
  process.exit(1);
}
await import(main.href);
