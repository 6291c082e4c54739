import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { checkDependencies } from "../src/rules.mjs";

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const repo = fileURLToPath(new URL("../../..", import.meta.url));

describe("the dependency direction check", () => {
  it("refuses each planted violation by its rule", async () => {
    const found = await checkDependencies({ baseDir: fixture("violations") });
    const rules = found.map((v) => `${v.rule}: ${v.from} → ${v.to}`).sort();
    expect(rules).toEqual([
      "apps-never-import-apps: apps/tui/src/main.ts → apps/web/src/main.ts",
      "front-ends-call-the-api-through-the-client: apps/tui/src/screens/inbox.ts → packages/api/src/index.ts",
      "front-ends-talk-through-the-client: apps/tui/src/screens/inbox.ts → packages/store-sqlite/src/index.ts",
      "front-ends-talk-through-the-client: apps/web/src/main.ts → packages/store-sqlite/src/index.ts",
      "kernel-is-pure: packages/kernel/src/index.ts → fs",
      "kernel-is-pure: packages/kernel/src/index.ts → packages/event-store/src/index.ts",
      "no-unresolvable-imports: packages/projections/src/index.ts → ./missing.js",
      "only-composition-roots-import-adapters: apps/tui/src/screens/inbox.ts → packages/store-sqlite/src/index.ts",
      "only-composition-roots-import-adapters: apps/web/src/main.ts → packages/store-sqlite/src/index.ts",
      "tui-local-root-composes-the-api-over-sqlite-only: apps/tui/src/local/open-local.ts → packages/event-store/src/index.ts",
      "tui-local-root-composes-the-api-over-sqlite-only: apps/tui/src/local/open-local.ts → packages/store-postgres/src/index.ts",
    ]);
  });

  // The TUI's local root composes the API over SQLite; a screen may name the API's types.
  it("passes a tree whose imports point down only", async () => {
    expect(await checkDependencies({ baseDir: fixture("clean") })).toEqual([]);
  });

  // The whole repository is a few thousand modules: seconds of work on a busy machine.
  it("passes the repository itself", { timeout: 120_000 }, async () => {
    expect(await checkDependencies({ baseDir: repo })).toEqual([]);
  });
});
