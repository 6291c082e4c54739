import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { ProcessCatalog } from "../src/processes/catalog.js";
import { catalogs } from "../src/processes/index.js";

// The kernel's README tables are generated from the process tables, lifecycles and definitions.
// `pnpm --filter @banli/kernel docs` rewrites them; this test fails when they drift.
const readme = fileURLToPath(new URL("../README.md", import.meta.url));
const begin = "<!-- generated: processes -->";
const end = "<!-- end generated -->";

const both = (label: { zh: string; en: string }) => `${label.zh} / ${label.en}`;
const cell = (text: string) => text.replaceAll("|", "\\|");

const render = (c: ProcessCatalog): string =>
  [
    `### ${c.title.zh} — ${c.title.en} (\`${c.name}\`)`,
    "",
    "| command | label | who | at |",
    "|---|---|---|---|",
    ...c.commands.map(
      (cmd) =>
        `| \`${cmd.tag}\` | ${cell(both(cmd.label))} | ${cmd.roles.map((r) => r.zh).join("、")} | ${cmd.at.map((s) => s.zh).join("、")} |`,
    ),
    "",
    `Events: ${c.events.map((e) => `\`${e}\``).join(", ")}.`,
    "",
    "| status | label | step | ends the case |",
    "|---|---|---|---|",
    ...c.statuses.map(
      (s) =>
        `| \`${s.status}\` | ${both(s.label)} | ${s.step ? both(s.step) : "—"} | ${s.terminal ? "yes" : ""} |`,
    ),
  ].join("\n");

const generated = [begin, "", ...catalogs.map(render).flatMap((s) => [s, ""]), end].join("\n");

describe("packages/kernel/README.md", () => {
  it("lists every process's commands, events and states as the kernel defines them", () => {
    const current = readFileSync(readme, "utf8");
    const start = current.indexOf(begin);
    const stop = current.indexOf(end);
    expect(start, "README.md has the generated-section markers").toBeGreaterThanOrEqual(0);
    const next = `${current.slice(0, start)}${generated}${current.slice(stop + end.length)}`;
    if (process.env.BANLI_UPDATE_DOCS === "1") writeFileSync(readme, next);
    else expect(current).toBe(next);
  });
});
