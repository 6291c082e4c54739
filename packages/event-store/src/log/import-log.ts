import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import type { PublicKeyInput, SignedCheckpoint } from "../checkpoint.js";
import type { StoredEvent } from "../envelope.js";
import { ImportError } from "../errors.js";
import type { EventStorePort } from "../port.js";
import { verifyFile, verifyLines } from "./verify-log.js";

export interface ImportOptions {
  readonly publicKey: PublicKeyInput;
  readonly batchSize?: number;
}

const readLines = (path: string) =>
  createInterface({ input: createReadStream(path, { encoding: "utf8" }), crlfDelay: 0 });

const importVerified = async (
  store: EventStorePort,
  lines: Iterable<string> | AsyncIterable<string>,
  batchSize: number,
): Promise<number> => {
  let batch: Array<StoredEvent> = [];
  let count = 0;
  let checkpoint: SignedCheckpoint | undefined;
  for await (const line of lines) {
    if (line === "") continue;
    const parsed = JSON.parse(line) as StoredEvent | SignedCheckpoint;
    if ("kind" in parsed) {
      checkpoint = parsed;
      continue;
    }
    batch.push(parsed);
    if (batch.length >= batchSize) {
      await store.importEvents(batch);
      count += batch.length;
      batch = [];
    }
  }
  if (batch.length > 0) await store.importEvents(batch);
  count += batch.length;
  if (checkpoint !== undefined) await store.saveCheckpoint(checkpoint);
  return count;
};

const assertImportable = async (store: EventStorePort, scope: string) => {
  if (scope !== "all") {
    throw new ImportError({ message: `only a whole-log export can be imported, not ${scope}` });
  }
  if ((await store.head()).position !== 0) {
    throw new ImportError({ message: "the store is not empty" });
  }
};

/**
 * Imports a whole-log export into an empty store, verifying it first: envelopes are written as
 * they are (same ids, positions, hashes), so exporting again reproduces the file byte for byte.
 * Resolves with the number of events imported.
 */
export const importFile = async (
  store: EventStorePort,
  path: string,
  options: ImportOptions,
): Promise<number> => {
  const report = await verifyFile(path, options.publicKey);
  if (!report.ok) throw new ImportError({ message: `the file does not verify: ${report.message}` });
  await assertImportable(store, report.scope);
  return importVerified(store, readLines(path), options.batchSize ?? 1000);
};

/** `importFile` for lines already in memory. */
export const importLines = async (
  store: EventStorePort,
  lines: ReadonlyArray<string>,
  options: ImportOptions,
): Promise<number> => {
  const report = await verifyLines(lines, options.publicKey);
  if (!report.ok) throw new ImportError({ message: `the lines do not verify: ${report.message}` });
  await assertImportable(store, report.scope);
  return importVerified(store, lines, options.batchSize ?? 1000);
};
