import { existsSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import type { EventStorePort } from "@banli/event-store";
import { openPostgresEventStore } from "@banli/store-postgres";
import { openSqliteEventStore } from "@banli/store-sqlite";
import { type Args, CliError, type Io, type OptionSpec, UsageError } from "../cli/command.js";
import { dataDirOf, userPath } from "./data-dir.js";

/** The options every command that touches a store shares: spread them into its `options`. */
export const storeOptions: Readonly<Record<string, OptionSpec>> = {
  db: {
    type: "string",
    value: "file",
    help: "SQLite file (default: banli.sqlite in the data directory)",
  },
  pg: { type: "string", value: "url", help: "PostgreSQL URL, e.g. postgres://127.0.0.1/banli" },
};

export interface OpenedStore {
  readonly store: EventStorePort;
  /** For messages: "SQLite /path/banli.sqlite" or the URL without its password. */
  readonly label: string;
}

const withoutPassword = (url: string) => {
  try {
    const parsed = new URL(url);
    if (parsed.password !== "") parsed.password = "***";
    return parsed.toString();
  } catch {
    throw new UsageError(`--pg is not a URL: ${url}`);
  }
};

/**
 * Opens the store the arguments select. `create`: whether a missing SQLite file may be created
 * (import does; export and rebuilds refuse, as an empty new file would only hide a typo).
 */
export const openStore = async (
  args: Args,
  io: Io,
  options: { readonly create: boolean },
): Promise<OpenedStore> => {
  const db = args.string("db");
  const pg = args.string("pg");
  if (db !== undefined && pg !== undefined) throw new UsageError("give --db or --pg, not both");
  if (pg !== undefined) {
    const label = `PostgreSQL ${withoutPassword(pg)}`;
    const store = await openPostgresEventStore({ pool: { connectionString: pg } });
    return { store, label };
  }
  const filename = db === undefined ? join(dataDirOf(io), "banli.sqlite") : userPath(io, db);
  if (!existsSync(filename)) {
    if (!options.create) {
      throw new CliError(`no database at ${filename} (pass --db <file> or --pg <url>)`);
    }
    mkdirSync(dirname(filename), { recursive: true });
  }
  return { store: openSqliteEventStore({ filename }), label: `SQLite ${filename}` };
};

/** Runs `work` with an open store and always closes it, so a failed command leaves no handle. */
export const withStore = async <A>(
  args: Args,
  io: Io,
  options: { readonly create: boolean },
  work: (opened: OpenedStore) => Promise<A>,
): Promise<A> => {
  const opened = await openStore(args, io, options);
  try {
    return await work(opened);
  } finally {
    await opened.store.close();
  }
};
