import { composeApi } from "@banli/api";
import { defineCommand } from "../cli/command.js";
import { storeOptions, withStore } from "../lib/store.js";
import { sideStorageFor } from "./serve-storage.js";

export const projectionsRebuild = defineCommand({
  path: ["projections", "rebuild"],
  summary: "drop every read model and replay the log into it",
  description: `Read models (inboxes, case list, search) are folds of the log: dropping them and
replaying gives identical rows. Run it after restoring a backup or changing the projection code.

Example: banli projections rebuild --db ./banli.sqlite`,
  positionals: [],
  options: { ...storeOptions },
  run: async ({ args, io }) =>
    withStore(args, io, { create: false }, async ({ store, label }) => {
      const composed = await composeApi(store, await sideStorageFor(args, io), {
        version: io.version,
        // A rebuild replays history; it must not also record deadline alerts as of today.
        automation: false,
      });
      try {
        const position = await composed.deps.projector.rebuild();
        await io.stdout(`rebuilt the read models of ${label} up to position ${position}\n`);
        return 0;
      } finally {
        await composed.close();
      }
    }),
});
