import { composeApi, createHttpServer, seedDemo, sqliteSideStorage } from "@banli/api";
import { openSqliteEventStore } from "@banli/store-sqlite";
import { CliError } from "../cli/command.js";

/**
 * Banli's real server as `banli serve --demo` runs it — SQLite log (WAL, FULL, group commit),
 * SQLite read models and password hashes beside it, the demo bureau — on an ephemeral loopback
 * port, with signed-in sessions for the users the workloads act as.
 */
export interface BanliTarget {
  readonly url: string;
  /** `Cookie` header value of a signed-in session, by demo user id. */
  readonly cookies: Readonly<Record<string, string>>;
  readonly close: () => Promise<void>;
}

const signIn = async (url: string, username: string, password: string): Promise<string> => {
  const res = await fetch(`${url}/trpc/auth.login`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-banli-csrf": "1" },
    body: JSON.stringify({ username, password }),
  });
  const cookie = res.headers.get("set-cookie")?.split(";")[0];
  if (res.status !== 200 || cookie === undefined) {
    throw new CliError(`could not sign in as ${username} (HTTP ${res.status})`);
  }
  return cookie;
};

export const startBanliTarget = async (
  filename: string,
  users: ReadonlyArray<string>,
  adapter: "lean" | "stock",
  queryCache: boolean,
): Promise<BanliTarget> => {
  const store = openSqliteEventStore({ filename });
  const composed = await composeApi(store, sqliteSideStorage(filename), { version: "bench" });
  const seeded = await seedDemo(composed.deps);
  const app = await createHttpServer(composed.deps, { trpcAdapter: adapter, queryCache });
  const url = await app.listen({ port: 0, host: "127.0.0.1" });
  const cookies: Record<string, string> = {};
  for (const user of users) cookies[user] = await signIn(url, user, seeded.password);
  return {
    url,
    cookies,
    close: async () => {
      await app.close();
      await composed.close();
      await store.close();
    },
  };
};
