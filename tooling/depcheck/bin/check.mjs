#!/usr/bin/env node
// Fails (exit 1) when any import breaks the dependency direction of spec/architecture.md.
import { fileURLToPath } from "node:url";
import { checkDependencies } from "../src/rules.mjs";

const repo = fileURLToPath(new URL("../../..", import.meta.url));
const violations = await checkDependencies({ baseDir: repo });
for (const v of violations) console.error(`dependency rule ${v.rule}: ${v.from} → ${v.to}`);
if (violations.length > 0) {
  console.error(`${violations.length} dependency violation(s).`);
  process.exit(1);
}
console.log("dependency direction: ok");
