import { existsSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import {
  type AppRouter,
  appRouter,
  type CookieJar,
  composeApi,
  seedDemo,
  sqliteSideStorage,
} from "@banli/api";
import { openSqliteEventStore } from "@banli/store-sqlite";
import { createTRPCClient, localLink } from "@trpc/client";
import type { Connection } from "../api/connection.js";

/**
 * Local mode: a SQLite file opened directly, with no server running. This folder is the TUI's
 * one composition root (tooling/depcheck allows it, and only it, to import the adapter): it
 * composes the API exactly as `banli serve` does (`composeApi` + `sqliteSideStorage`) and talks
 * to it through tRPC's in-process `localLink`. So local mode runs the same procedures — login,
 * visibility, the kernel's deciders, the read models — and the screens use one `DataSource`.
 */
export interface LocalOptions {
  /** The SQLite log; its read models and password hashes sit beside it (`<db>.read`, `<db>.auth`). */
  readonly db: string;
  /** Give an empty file the demo bureau (users, password demo12345, sample cases). */
  readonly demo: boolean;
  readonly version: string;
}

export class NoLocalDatabase extends Error {
  constructor(readonly db: string) {
    super(`no database at ${db} (give --demo to create one with the demo bureau)`);
    this.name = "NoLocalDatabase";
  }
}

export const openLocal = async (options: LocalOptions): Promise<Connection> => {
  // A missing file would be created empty, with no user to log in as: refuse, as `banli export`
  // does, unless the demo bureau is asked for.
  if (!existsSync(options.db)) {
    if (!options.demo) throw new NoLocalDatabase(options.db);
    mkdirSync(dirname(options.db), { recursive: true });
  }
  const store = openSqliteEventStore({ filename: options.db });
  const composed = await composeApi(store, sqliteSideStorage(options.db), {
    version: options.version,
  });
  if (options.demo) await seedDemo(composed.deps);
  // The one person at this terminal: their session id lives here instead of in a cookie.
  let sessionId: string | undefined;
  const cookies: CookieJar = {
    get sessionId() {
      return sessionId;
    },
    setSession: (id) => {
      sessionId = id;
    },
    clearSession: () => {
      sessionId = undefined;
    },
  };
  const client = createTRPCClient<AppRouter>({
    links: [
      localLink({
        router: appRouter,
        createContext: async () => ({ deps: composed.deps, cookies, address: "local" }),
      }),
    ],
  });
  return {
    client,
    where: options.db,
    close: async () => {
      await composed.close();
      await store.close();
    },
  };
};
