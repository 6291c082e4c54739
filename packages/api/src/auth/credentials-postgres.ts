import pg from "pg";
import type { CredentialStore } from "./credentials.js";

/** Password hashes in PostgreSQL beside the log, for servers sharing one database. */
export const postgresCredentials = async (
  url: string,
  schema: string,
): Promise<CredentialStore> => {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`invalid schema name "${schema}"`);
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  pool.on("error", () => undefined);
  await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  await pool.query(
    `CREATE TABLE IF NOT EXISTS ${schema}.credentials (user_id text PRIMARY KEY, hash text NOT NULL, changed_at timestamptz NOT NULL DEFAULT now())`,
  );
  return {
    get: async (userId) => {
      const result = await pool.query<{ hash: string }>(
        `SELECT hash FROM ${schema}.credentials WHERE user_id = $1`,
        [userId],
      );
      return result.rows[0]?.hash;
    },
    set: async (userId, hash) => {
      await pool.query(
        `INSERT INTO ${schema}.credentials (user_id, hash) VALUES ($1, $2)
         ON CONFLICT (user_id) DO UPDATE SET hash = excluded.hash, changed_at = now()`,
        [userId, hash],
      );
    },
    remove: async (userId) => {
      await pool.query(`DELETE FROM ${schema}.credentials WHERE user_id = $1`, [userId]);
    },
    close: () => pool.end(),
  };
};
