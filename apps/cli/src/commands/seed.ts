import { composeApi, seedDemo } from "@banli/api";
import { defineCommand, UsageError } from "../cli/command.js";
import { storeOptions, withStore } from "../lib/store.js";
import { sideStorageFor } from "./serve-storage.js";

export const seed = defineCommand({
  path: ["seed"],
  summary: "give an installation the demo bureau (--demo)",
  description: `Records the demo bureau's units and users (one per role, named in pinyin, all with
the password demo12345) and, when the log has no cases yet, sample cases of all seven processes,
driven through the same command path as the server. Running it again adds nothing.

Example: banli seed --demo`,
  positionals: [],
  options: {
    ...storeOptions,
    demo: { type: "boolean", help: "the demo bureau (the only seed there is)" },
  },
  run: async ({ args, io }) => {
    if (!args.flag("demo")) throw new UsageError("say what to seed: --demo");
    return withStore(args, io, { create: true }, async ({ store, label }) => {
      const composed = await composeApi(store, await sideStorageFor(args, io), {
        version: io.version,
      });
      try {
        const seeded = await seedDemo(composed.deps);
        io.stderr(`seeded ${label}: ${seeded.cases} sample cases\n`);
        await io.stdout(`password for every user: ${seeded.password}\n`);
        for (const user of seeded.users) await io.stdout(`${user}\n`);
        return 0;
      } finally {
        await composed.close();
      }
    });
  },
});
