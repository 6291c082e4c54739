import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runEventStoreContract } from "@banli/event-store/contract";
import { openSqliteEventStore } from "./sqlite-store.js";

const tempFile = () => {
  const dir = mkdtempSync(join(tmpdir(), "banli-sqlite-"));
  return {
    filename: join(dir, "events.db"),
    dispose: async () => rmSync(dir, { recursive: true, force: true }),
  };
};

runEventStoreContract("sqlite", async () => {
  const { filename, dispose } = tempFile();
  return { open: async () => openSqliteEventStore({ filename }), dispose };
});
