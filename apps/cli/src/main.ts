#!/usr/bin/env node
import { once } from "node:events";
import { createRequire } from "node:module";
import { run } from "./run.js";

const { version } = createRequire(import.meta.url)("../package.json") as { version: string };

// A closed pipe (`banli export | head`) is the reader's choice, not a failure worth a stack.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

process.exitCode = await run(process.argv.slice(2), {
  stdout: async (chunk) => {
    if (!process.stdout.write(chunk)) await once(process.stdout, "drain");
  },
  stderr: (chunk) => {
    process.stderr.write(chunk);
  },
  env: process.env,
  cwd: process.cwd(),
  stderrIsTTY: process.stderr.isTTY === true,
  version,
});
