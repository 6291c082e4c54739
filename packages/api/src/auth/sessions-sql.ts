import Database from "better-sqlite3";
import pg from "pg";
import {
  defaultSessionPolicy,
  isExpired,
  newSessionId,
  type Session,
  type SessionPolicy,
  type SessionStore,
  touchGranularityMs,
} from "./sessions.js";
import { withSessionCache } from "./sessions-cache.js";

interface Row {
  readonly id: string;
  readonly user_id: string;
  readonly created_at: number | string;
  readonly last_seen_at: number | string;
}

const sessionOf = (row: Row): Session => ({
  id: row.id,
  userId: row.user_id,
  createdAt: Number(row.created_at),
  lastSeenAt: Number(row.last_seen_at),
});

/**
 * Sessions in the `<db>.auth` SQLite file beside the password hashes: a restart keeps everyone
 * signed in, and every server process on the same files shares them.
 */
export const sqliteSessions = (
  filename: string,
  policy: SessionPolicy = defaultSessionPolicy,
): SessionStore => {
  const db = new Database(filename);
  db.pragma("journal_mode = WAL");
  db.pragma("busy_timeout = 5000");
  db.exec(
    "CREATE TABLE IF NOT EXISTS sessions (id TEXT PRIMARY KEY, user_id TEXT NOT NULL, created_at INTEGER NOT NULL, last_seen_at INTEGER NOT NULL)",
  );
  db.exec("CREATE INDEX IF NOT EXISTS sessions_user ON sessions (user_id)");
  const insert = db.prepare(
    "INSERT INTO sessions (id, user_id, created_at, last_seen_at) VALUES (?, ?, ?, ?)",
  );
  const select = db.prepare<[string], Row>("SELECT * FROM sessions WHERE id = ?");
  const seen = db.prepare("UPDATE sessions SET last_seen_at = ? WHERE id = ?");
  const remove = db.prepare("DELETE FROM sessions WHERE id = ?");
  const removeUser = db.prepare("DELETE FROM sessions WHERE user_id = ?");
  const purge = db.prepare("DELETE FROM sessions WHERE last_seen_at < ? OR created_at < ?");
  // Shared with other processes on the file: their endings reach this one within the cache's TTL.
  return withSessionCache({
    create: async (userId, now) => {
      // Dead sessions are swept at each login, so the table holds live ones only.
      purge.run(now - policy.idleMs, now - policy.absoluteMs);
      const session = { id: newSessionId(), userId, createdAt: now, lastSeenAt: now };
      insert.run(session.id, userId, now, now);
      return session;
    },
    touch: async (id, now) => {
      const row = select.get(id);
      if (row === undefined) return undefined;
      const session = sessionOf(row);
      if (isExpired(session, now, policy)) {
        remove.run(id);
        return undefined;
      }
      if (now - session.lastSeenAt < touchGranularityMs) return session;
      seen.run(now, id);
      return { ...session, lastSeenAt: now };
    },
    destroy: async (id) => {
      remove.run(id);
    },
    destroyUser: async (userId) => {
      removeUser.run(userId);
    },
    close: async () => {
      db.close();
    },
  });
};

/** Sessions in a table of the log's PostgreSQL schema, shared by every server on the database. */
export const postgresSessions = async (
  url: string,
  schema: string,
  policy: SessionPolicy = defaultSessionPolicy,
): Promise<SessionStore> => {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`invalid schema name "${schema}"`);
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  pool.on("error", () => undefined);
  await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  await pool.query(
    `CREATE TABLE IF NOT EXISTS ${schema}.sessions (id text PRIMARY KEY, user_id text NOT NULL, created_at bigint NOT NULL, last_seen_at bigint NOT NULL)`,
  );
  await pool.query(`CREATE INDEX IF NOT EXISTS sessions_user ON ${schema}.sessions (user_id)`);
  // Shared with other servers: their endings reach this one within the cache's TTL.
  return withSessionCache({
    create: async (userId, now) => {
      await pool.query(
        `DELETE FROM ${schema}.sessions WHERE last_seen_at < $1 OR created_at < $2`,
        [now - policy.idleMs, now - policy.absoluteMs],
      );
      const session = { id: newSessionId(), userId, createdAt: now, lastSeenAt: now };
      await pool.query(
        `INSERT INTO ${schema}.sessions (id, user_id, created_at, last_seen_at) VALUES ($1, $2, $3, $4)`,
        [session.id, userId, now, now],
      );
      return session;
    },
    touch: async (id, now) => {
      const result = await pool.query<Row>(`SELECT * FROM ${schema}.sessions WHERE id = $1`, [id]);
      const row = result.rows[0];
      if (row === undefined) return undefined;
      const session = sessionOf(row);
      if (isExpired(session, now, policy)) {
        await pool.query(`DELETE FROM ${schema}.sessions WHERE id = $1`, [id]);
        return undefined;
      }
      if (now - session.lastSeenAt < touchGranularityMs) return session;
      await pool.query(`UPDATE ${schema}.sessions SET last_seen_at = $1 WHERE id = $2`, [now, id]);
      return { ...session, lastSeenAt: now };
    },
    destroy: async (id) => {
      await pool.query(`DELETE FROM ${schema}.sessions WHERE id = $1`, [id]);
    },
    destroyUser: async (userId) => {
      await pool.query(`DELETE FROM ${schema}.sessions WHERE user_id = $1`, [userId]);
    },
    close: () => pool.end(),
  });
};
