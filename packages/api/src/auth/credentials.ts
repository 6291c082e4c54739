import Database from "better-sqlite3";

/**
 * Password hashes, kept outside the event log: a password is changed or purged, never kept
 * forever the way an event is.
 */
export interface CredentialStore {
  readonly get: (userId: string) => Promise<string | undefined>;
  readonly set: (userId: string, hash: string) => Promise<void>;
  readonly remove: (userId: string) => Promise<void>;
  readonly close: () => Promise<void>;
}

export const memoryCredentials = (): CredentialStore => {
  const hashes = new Map<string, string>();
  return {
    get: async (userId) => hashes.get(userId),
    set: async (userId, hash) => {
      hashes.set(userId, hash);
    },
    remove: async (userId) => {
      hashes.delete(userId);
    },
    close: async () => undefined,
  };
};

/** Credentials in their own SQLite file beside the log (the embedded default). */
export const sqliteCredentials = (filename: string): CredentialStore => {
  const db = new Database(filename);
  db.pragma("journal_mode = WAL");
  db.pragma("busy_timeout = 5000");
  db.exec(
    "CREATE TABLE IF NOT EXISTS credentials (user_id TEXT PRIMARY KEY, hash TEXT NOT NULL, changed_at TEXT NOT NULL DEFAULT (datetime('now')))",
  );
  const get = db
    .prepare<[string], string>("SELECT hash FROM credentials WHERE user_id = ?")
    .pluck();
  const set = db.prepare(
    "INSERT INTO credentials (user_id, hash) VALUES (?, ?) ON CONFLICT (user_id) DO UPDATE SET hash = excluded.hash, changed_at = datetime('now')",
  );
  const remove = db.prepare("DELETE FROM credentials WHERE user_id = ?");
  return {
    get: async (userId) => get.get(userId),
    set: async (userId, hash) => {
      set.run(userId, hash);
    },
    remove: async (userId) => {
      remove.run(userId);
    },
    close: async () => {
      db.close();
    },
  };
};
