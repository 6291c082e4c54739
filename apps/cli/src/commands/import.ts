import { type EventStorePort, importFile } from "@banli/event-store";
import { defineCommand } from "../cli/command.js";
import { userPath } from "../lib/data-dir.js";
import { loadPublicKey } from "../lib/keys.js";
import { fileSize } from "../lib/lines.js";
import { makeProgress, type Progress, progressOption } from "../lib/progress.js";
import { storeOptions, withStore } from "../lib/store.js";

/** Reports events as they are written, leaving the import itself to the event store. */
const counting = (store: EventStorePort, progress: Progress): EventStorePort => {
  let done = 0;
  return {
    ...store,
    importEvents: async (events) => {
      await store.importEvents(events);
      done += events.length;
      progress.update(done);
    },
  };
};

export const importCommand = defineCommand({
  path: ["import"],
  summary: "load a whole-log export into an empty store (verified first)",
  description: `The file is verified before anything is written (hash chain and signed checkpoint);
events keep their ids, positions and hashes, so exporting again gives the same bytes.
The store must be empty. The file is checked against the data directory's public key unless
--public-key names another (e.g. the key of the server the export came from).

Example: banli import log.jsonl --db restored.sqlite --public-key office.pub.pem`,
  positionals: [{ name: "file", help: "a whole-log export (banli export without --case)" }],
  options: {
    "public-key": {
      type: "string",
      value: "file",
      help: "Ed25519 public key (PEM) to verify with",
    },
    ...storeOptions,
    ...progressOption,
  },
  run: async ({ args, io }) => {
    const [file = ""] = args.positionals;
    const path = userPath(io, file);
    // Before the store is opened or created: a mistyped file name must not leave an empty db.
    fileSize(path);
    const publicKey = loadPublicKey(io, args.string("public-key"));
    return withStore(args, io, { create: true }, async ({ store, label }) => {
      const progress = makeProgress(io, "importing events", args.flag("progress"));
      const count = await importFile(counting(store, progress), path, { publicKey });
      progress.finish();
      await io.stdout(`imported ${count} events from ${file} into ${label}\n`);
      return 0;
    });
  },
});
