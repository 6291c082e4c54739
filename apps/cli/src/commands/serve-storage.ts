import { join } from "node:path";
import { postgresSideStorage, type SideStorage, sqliteSideStorage } from "@banli/api";
import type { Args, Io } from "../cli/command.js";
import { dataDirOf, userPath } from "../lib/data-dir.js";

/**
 * What the API keeps beside the log, for the store `--db`/`--pg` selects: read models, password
 * hashes and attachment bytes next to the SQLite file, or in the PostgreSQL schema (bytes in
 * the data directory).
 */
export const sideStorageFor = async (args: Args, io: Io): Promise<SideStorage> => {
  const pg = args.string("pg");
  if (pg !== undefined) {
    return postgresSideStorage(pg, io.env.BANLI_PG_SCHEMA ?? "banli", join(dataDirOf(io), "blobs"));
  }
  const db = args.string("db");
  return sqliteSideStorage(
    db === undefined ? join(dataDirOf(io), "banli.sqlite") : userPath(io, db),
  );
};
