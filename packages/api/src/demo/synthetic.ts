import { generateSyntheticCases, userAsActor } from "@banli/projections";
import type { ApiDeps } from "../deps.js";

/**
 * Benchmark load on the demo bureau: `count` synthetic cases (政务督查 at every step, 收文 with
 * urgency and 涉密) written as real kernel commands by the demo's own users, so `bangongshi`,
 * `zhuren`, `fenguan`, `chengban`… find them in their 待办/待阅 and lists. Needs the demo
 * directory (`seedDirectory`/`seedDemo`) first. Idempotent per `prefix`; the read model is
 * caught up at the end (and after every `syncEvery` cases, so a large run never builds one
 * giant catch-up).
 */
export const seedSyntheticCases = async (
  deps: ApiDeps,
  options: {
    readonly count: number;
    readonly prefix?: string;
    readonly batchSize?: number;
    readonly syncEvery?: number;
    readonly onProgress?: (done: number) => void;
  },
): Promise<number> => {
  await deps.projector.sync();
  const users = deps.projector.directory().users;
  const actor = (userId: string) => {
    const user = users.get(userId);
    if (user === undefined) throw new Error(`demo user ${userId} is missing: seed the demo first`);
    return userAsActor(user);
  };
  const syncEvery = options.syncEvery ?? 2_000;
  let synced = 0;
  const written = await generateSyntheticCases(deps.store, {
    count: options.count,
    processes: deps.processes,
    ...(options.prefix === undefined ? {} : { prefix: options.prefix }),
    ...(options.batchSize === undefined ? {} : { batchSize: options.batchSize }),
    cast: {
      clerk: actor("bangongshi"),
      director: actor("zhuren"),
      leader: actor("fenguan"),
      confidential: actor("jiyao"),
      divisions: [{ handler: actor("chengban"), unitName: "成果转化处" }],
    },
    onProgress: async (done) => {
      options.onProgress?.(done);
      if (done - synced >= syncEvery) {
        synced = done;
        await deps.projector.sync();
      }
    },
  });
  await deps.projector.sync();
  return written;
};
