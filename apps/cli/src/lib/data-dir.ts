import { isAbsolute, join, resolve } from "node:path";
import type { Io } from "../cli/command.js";

/**
 * The data directory: `$BANLI_DATA_DIR`, else `./.banli-data` (git-ignored). It holds the
 * default SQLite file and the checkpoint signing keys, so one directory is one installation.
 */
export const dataDirOf = (io: Io): string => {
  const configured = io.env.BANLI_DATA_DIR;
  if (configured !== undefined && configured !== "") {
    return isAbsolute(configured) ? configured : resolve(io.cwd, configured);
  }
  return join(io.cwd, ".banli-data");
};

/** Resolves a path the user typed against the command's working directory. */
export const userPath = (io: Io, path: string): string => resolve(io.cwd, path);
