import { composeApi, seedDemo, seedSyntheticCases } from "@banli/api";
import { defineCommand, UsageError } from "../cli/command.js";
import { makeProgress, progressOption } from "../lib/progress.js";
import { storeOptions, withStore } from "../lib/store.js";
import { sideStorageFor } from "./serve-storage.js";

export const seed = defineCommand({
  path: ["seed"],
  summary: "give an installation the demo bureau (--demo)",
  description: `Records the demo bureau's units and users (one per role, named in pinyin, all with
the password demo12345) and, when the log has no cases yet, sample cases of all seven processes,
driven through the same command path as the server. Running it again adds nothing.

With --synthetic n, n generated cases (政务督查 at every step, 收文) are added on top, written as
real kernel commands by the demo's users: the load of the web console's first-screen benchmark.
Running it again with the same n adds nothing.

Example: banli seed --demo
         banli seed --demo --synthetic 100000 --progress`,
  positionals: [],
  options: {
    ...storeOptions,
    demo: { type: "boolean", help: "the demo bureau (the only seed there is)" },
    synthetic: {
      type: "string",
      value: "n",
      help: "also add n generated cases for benchmarks (up to 1000000)",
    },
    ...progressOption,
  },
  run: async ({ args, io }) => {
    if (!args.flag("demo")) throw new UsageError("say what to seed: --demo");
    const raw = args.string("synthetic");
    const synthetic = raw === undefined ? 0 : Number(raw);
    if (!Number.isInteger(synthetic) || synthetic < 0 || synthetic > 1_000_000) {
      throw new UsageError(`--synthetic takes a whole number up to 1000000, not '${raw}'`);
    }
    return withStore(args, io, { create: true }, async ({ store, label }) => {
      const composed = await composeApi(store, await sideStorageFor(args, io), {
        version: io.version,
      });
      try {
        const seeded = await seedDemo(composed.deps);
        io.stderr(`seeded ${label}: ${seeded.cases} sample cases\n`);
        await io.stdout(`password for every user: ${seeded.password}\n`);
        for (const user of seeded.users) await io.stdout(`${user}\n`);
        if (synthetic > 0) {
          const progress = makeProgress(io, "synthetic cases", args.flag("progress"));
          const written = await seedSyntheticCases(composed.deps, {
            count: synthetic,
            onProgress: (done) => progress.update(done, synthetic),
          });
          progress.finish();
          // Cases written by an earlier run are found there and left as they are.
          io.stderr(`synthetic cases in place: ${written}\n`);
        }
        return 0;
      } finally {
        await composed.close();
      }
    });
  },
});
