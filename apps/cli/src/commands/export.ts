import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { type EventStorePort, exportLines } from "@banli/event-store";
import { defineCommand, type Io } from "../cli/command.js";
import { CaseSelector } from "../lib/case-selector.js";
import { userPath } from "../lib/data-dir.js";
import { loadSigningKey } from "../lib/keys.js";
import { makeProgress, type Progress, progressOption } from "../lib/progress.js";
import { storeOptions, withStore } from "../lib/store.js";

/** Finds the stream `--case` names by scanning the log's records (no audit fields parsed). */
const findStream = async (store: EventStorePort, selector: string): Promise<string> => {
  const cases = new CaseSelector(selector);
  for (let after = 0; ; ) {
    const page = await store.readAllRecords({ after, limit: 5000 });
    for (const record of page) cases.push(record);
    const last = page[page.length - 1];
    if (last === undefined) return cases.resolve();
    after = last.position;
  }
};

/** Counts events as the exporter reads them, for progress, without copying its paging logic. */
const counting = (store: EventStorePort, progress: Progress, total: number): EventStorePort => {
  let done = 0;
  const seen = <A extends ReadonlyArray<unknown>>(page: A): A => {
    done += page.length;
    progress.update(done, total);
    return page;
  };
  return {
    ...store,
    readAll: async (options) => seen(await store.readAll(options)),
    readStream: async (streamId, options) => seen(await store.readStream(streamId, options)),
  };
};

/** Writes to a temporary name and renames at the end: a failed export leaves no half file. */
const writeFile = async (path: string, lines: AsyncIterable<string>): Promise<number> => {
  const temporary = `${path}.partial`;
  const out = createWriteStream(temporary);
  let count = 0;
  try {
    let buffer = "";
    for await (const line of lines) {
      buffer += `${line}\n`;
      count++;
      if (buffer.length > 1 << 20) {
        if (!out.write(buffer)) await once(out, "drain");
        buffer = "";
      }
    }
    out.end(buffer);
    await once(out, "finish");
    await rename(temporary, path);
    return count;
  } catch (error) {
    out.destroy();
    await rm(temporary, { force: true });
    throw error;
  }
};

const writeStdout = async (io: Io, lines: AsyncIterable<string>): Promise<number> => {
  let count = 0;
  let buffer = "";
  for await (const line of lines) {
    buffer += `${line}\n`;
    count++;
    if (buffer.length > 1 << 16) {
      await io.stdout(buffer);
      buffer = "";
    }
  }
  await io.stdout(buffer);
  return count;
};

export const exportCommand = defineCommand({
  path: ["export"],
  summary: "write the log (or one case) as JSON Lines ending with a signed checkpoint",
  description: `One canonical event envelope per line (with its hash-chain link), then a checkpoint
of the last event signed with the server's Ed25519 key, so a cut tail no longer verifies.
The key is <data dir>/keys/checkpoint-ed25519.pem, generated on first use; give auditors
checkpoint-ed25519.pub.pem (or: banli keys public). Without --out the lines go to stdout.

Examples: banli export --out log.jsonl
          banli export --case 督〔2026〕7号 --out case.jsonl`,
  positionals: [],
  options: {
    case: {
      type: "string",
      value: "id|number",
      help: "export one case (stream id, case id or number)",
    },
    out: {
      type: "string",
      short: "o",
      value: "file",
      help: "write to this file instead of stdout",
    },
    key: { type: "string", value: "file", help: "Ed25519 private key (PEM) to sign with" },
    ...storeOptions,
    ...progressOption,
  },
  run: async ({ args, io }) => {
    return withStore(args, io, { create: false }, async ({ store, label }) => {
      // After the store opened: a typo in --db must not leave a fresh key pair behind.
      const key = loadSigningKey(io, args.string("key"));
      if (key.generated) io.stderr(`banli export: generated a new signing key at ${key.path}\n`);
      const selector = args.string("case");
      const streamId = selector === undefined ? undefined : await findStream(store, selector);
      const total =
        streamId === undefined
          ? (await store.head()).position
          : await store.streamVersion(streamId);
      const progress = makeProgress(io, "exporting events", args.flag("progress"));
      const lines = exportLines(counting(store, progress, total), {
        privateKey: key.privateKey,
        ...(streamId === undefined ? {} : { streamId }),
      });
      const out = args.string("out");
      const written =
        out === undefined
          ? await writeStdout(io, lines)
          : await writeFile(userPath(io, out), lines);
      progress.finish();
      if (out !== undefined) {
        const what = streamId === undefined ? "the whole log" : streamId;
        await io.stdout(
          `exported ${written - 1} events of ${what} from ${label} to ${out}, signed by key ${key.keyId}\n`,
        );
      }
      return 0;
    });
  },
});
