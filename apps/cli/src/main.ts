#!/usr/bin/env node
import { createRequire } from "node:module";
import { run } from "./run.js";

const { version } = createRequire(import.meta.url)("../package.json") as { version: string };
const result = run(process.argv.slice(2), version);
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.exitCode;
