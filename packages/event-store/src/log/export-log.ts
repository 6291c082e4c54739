import { createHash } from "node:crypto";
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { canonicalJson, eventLine } from "../canonical.js";
import { type PrivateKeyInput, signCheckpoint } from "../checkpoint.js";
import { GENESIS_HASH, type StoredEvent } from "../envelope.js";
import type { EventStorePort } from "../port.js";

export interface ExportOptions {
  readonly privateKey: PrivateKeyInput;
  /** Export one case (stream) instead of the whole log. */
  readonly streamId?: string;
  readonly pageSize?: number;
}

/** Pages of the events an export covers, in position order. */
async function* eventsOf(store: EventStorePort, options: ExportOptions) {
  const limit = options.pageSize ?? 5000;
  if (options.streamId === undefined) {
    let after = 0;
    for (;;) {
      const page = await store.readAll({ after, limit });
      yield* page;
      const last = page[page.length - 1];
      if (last === undefined || page.length < limit) return;
      after = last.position;
    }
  }
  let fromVersion = 1;
  for (;;) {
    const page = await store.readStream(options.streamId, { fromVersion, limit });
    yield* page;
    if (page.length < limit) return;
    fromVersion += page.length;
  }
}

/**
 * The export as JSON Lines: one canonical envelope (with its hash) per line, then one signed
 * checkpoint line for the last event, so a file whose tail was cut no longer verifies. Lines are
 * yielded without their newline; a file joins them with "\n" and ends with one.
 */
export async function* exportLines(
  store: EventStorePort,
  options: ExportOptions,
): AsyncGenerator<string> {
  const digest = createHash("sha256");
  let last: StoredEvent | undefined;
  let count = 0;
  for await (const event of eventsOf(store, options)) {
    digest.update(event.hash);
    count++;
    last = event;
    yield eventLine(event);
  }
  const hash = last?.hash ?? GENESIS_HASH;
  const checkpoint = signCheckpoint(
    {
      kind: "checkpoint",
      scope: options.streamId === undefined ? "all" : `stream:${options.streamId}`,
      position: last?.position ?? 0,
      hash,
      count,
      digest: options.streamId === undefined ? hash : digest.digest("hex"),
    },
    options.privateKey,
  );
  yield canonicalJson(checkpoint);
}

/** Writes an export file; resolves with the number of lines written (events + checkpoint). */
export const exportToFile = async (
  store: EventStorePort,
  path: string,
  options: ExportOptions,
): Promise<number> => {
  const out = createWriteStream(path);
  let lines = 0;
  let buffer = "";
  for await (const line of exportLines(store, options)) {
    buffer += `${line}\n`;
    lines++;
    if (buffer.length > 1 << 20) {
      const flushed = out.write(buffer);
      buffer = "";
      if (!flushed) await once(out, "drain");
    }
  }
  out.end(buffer);
  await once(out, "finish");
  return lines;
};
