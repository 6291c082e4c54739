import Database from "better-sqlite3";
import pg from "pg";
import {
  addressKey,
  defaultThrottlePolicy,
  type LoginThrottle,
  nameKey,
  type ThrottlePolicy,
} from "./throttle.js";

/**
 * The login throttle's counters in the auth database, so that servers sharing it share the
 * lock: a guesser gains nothing by spreading attempts over them. One upsert per counter, atomic
 * in both databases: a window that has run out starts again at 1; reaching the limit locks.
 */
const failureUpsert = (table: string, p: (n: number) => string) => `
  INSERT INTO ${table} AS t (key, failures, first_at, locked_until)
  VALUES (${p(1)}, 1, ${p(2)}, CASE WHEN 1 >= ${p(3)} THEN ${p(2)} + ${p(4)} ELSE 0 END)
  ON CONFLICT (key) DO UPDATE SET
    failures = CASE WHEN ${p(2)} - t.first_at > ${p(5)} THEN 1 ELSE t.failures + 1 END,
    first_at = CASE WHEN ${p(2)} - t.first_at > ${p(5)} THEN ${p(2)} ELSE t.first_at END,
    locked_until = CASE
      WHEN (CASE WHEN ${p(2)} - t.first_at > ${p(5)} THEN 1 ELSE t.failures + 1 END) >= ${p(3)}
      THEN ${p(2)} + ${p(4)}
      ELSE CASE WHEN ${p(2)} - t.first_at > ${p(5)} THEN 0 ELSE t.locked_until END
    END`;

const createTable = (table: string) =>
  `CREATE TABLE IF NOT EXISTS ${table} (key TEXT PRIMARY KEY, failures INTEGER NOT NULL, first_at BIGINT NOT NULL, locked_until BIGINT NOT NULL)`;

/** Counters in the `<db>.auth` SQLite file beside the password hashes and sessions. */
export const sqliteThrottle = (
  filename: string,
  policy: ThrottlePolicy = defaultThrottlePolicy,
): LoginThrottle => {
  const db = new Database(filename);
  db.pragma("journal_mode = WAL");
  db.pragma("busy_timeout = 5000");
  db.exec(createTable("login_failures"));
  const lockedUntil = db
    .prepare<[string], number>("SELECT locked_until FROM login_failures WHERE key = ?")
    .pluck();
  const upsert = db.prepare(failureUpsert("login_failures", (n) => `@p${n}`));
  const fail = (key: string, now: number, max: number) =>
    upsert.run({ p1: key, p2: now, p3: max, p4: policy.lockMs, p5: policy.windowMs });
  const clear = db.prepare("DELETE FROM login_failures WHERE key = ?");
  const locked = (key: string, now: number) => (lockedUntil.get(key) ?? 0) > now;
  return {
    allowed: async (name, address, now) =>
      !locked(nameKey(name), now) && !locked(addressKey(address), now),
    failed: async (name, address, now) => {
      fail(nameKey(name), now, policy.maxPerName);
      fail(addressKey(address), now, policy.maxPerAddress);
    },
    succeeded: async (name) => {
      clear.run(nameKey(name));
    },
    close: async () => {
      db.close();
    },
  };
};

/** Counters in a table of the log's PostgreSQL schema, shared by every server on the database. */
export const postgresThrottle = async (
  url: string,
  schema: string,
  policy: ThrottlePolicy = defaultThrottlePolicy,
): Promise<LoginThrottle> => {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`invalid schema name "${schema}"`);
  const table = `${schema}.login_failures`;
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  pool.on("error", () => undefined);
  await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  await pool.query(createTable(table));
  // The key is text; the other parameters are milliseconds and counts.
  const upsert = failureUpsert(table, (n) => (n === 1 ? "$1" : `$${n}::bigint`));
  const locked = async (key: string, now: number) => {
    const result = await pool.query<{ locked_until: string }>(
      `SELECT locked_until FROM ${table} WHERE key = $1`,
      [key],
    );
    return Number(result.rows[0]?.locked_until ?? 0) > now;
  };
  return {
    allowed: async (name, address, now) =>
      !(await locked(nameKey(name), now)) && !(await locked(addressKey(address), now)),
    failed: async (name, address, now) => {
      await pool.query(upsert, [
        nameKey(name),
        now,
        policy.maxPerName,
        policy.lockMs,
        policy.windowMs,
      ]);
      await pool.query(upsert, [
        addressKey(address),
        now,
        policy.maxPerAddress,
        policy.lockMs,
        policy.windowMs,
      ]);
    },
    succeeded: async (name) => {
      await pool.query(`DELETE FROM ${table} WHERE key = $1`, [nameKey(name)]);
    },
    close: () => pool.end(),
  };
};
