#!/usr/bin/env node
// The README's test command: lint, format, dependency direction, typecheck, and every unit,
// integration and end-to-end test, through turbo. It ends with one `N passed, N failed` line
// summed over every vitest run (CI reads it) and exits non-zero if anything failed.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const workspaces = ["packages", "apps", "tooling"].flatMap((group) =>
  existsSync(join(root, group))
    ? readdirSync(join(root, group)).map((name) => join(root, group, name))
    : [],
);

// Stale reports would be counted twice; turbo restores the reports of cached tasks.
for (const dir of workspaces) rmSync(join(dir, ".reports"), { recursive: true, force: true });

const tasks = ["lint", "typecheck", "test", "test:int", "test:e2e"];
const turbo = spawnSync(
  "pnpm",
  [
    "exec",
    "turbo",
    "run",
    ...tasks,
    "--continue",
    "--output-logs=new-only",
    ...process.argv.slice(2),
  ],
  { cwd: root, stdio: "inherit", env: { TURBO_TELEMETRY_DISABLED: "1", ...process.env } },
);

let passed = 0;
let failed = 0;
let skipped = 0;
const rows = [];
for (const dir of workspaces) {
  const reports = join(dir, ".reports");
  if (!existsSync(reports)) continue;
  for (const file of readdirSync(reports).filter((f) => f.endsWith(".json"))) {
    const report = JSON.parse(readFileSync(join(reports, file), "utf8"));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += report.numPendingTests + report.numTodoTests;
    rows.push(
      `  ${dir.slice(root.length)} ${file.replace(/^vitest-|\.json$/g, "")}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`,
    );
  }
}

console.log(`\nTest reports:\n${rows.join("\n")}`);
const checksFailed = turbo.status !== 0;
if (checksFailed) console.log("\nSome task failed (lint, format, typecheck or tests): see above.");
if (passed + failed === 0) console.log("\nNo test ran.");
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(checksFailed || failed > 0 || passed === 0 ? 1 : 0);
