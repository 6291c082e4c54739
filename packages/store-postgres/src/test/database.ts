import { randomBytes } from "node:crypto";
import pg from "pg";

/** The local server of the test machines: trust auth on 127.0.0.1:5432, database `test`. */
export const testPoolConfig = (): pg.PoolConfig => ({
  host: process.env.PGHOST ?? "127.0.0.1",
  port: Number(process.env.PGPORT ?? 5432),
  user: process.env.PGUSER ?? "postgres",
  database: process.env.PGDATABASE ?? "test",
  connectionTimeoutMillis: 5000,
});

/** Whether the server answers; integration tests fail (in CI) rather than skip without it. */
export const postgresReachable = async (): Promise<boolean> => {
  const client = new pg.Client(testPoolConfig());
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
};

/** A schema name no other run uses, and a way to drop it after. */
export const uniqueSchema = (): { schema: string; drop: () => Promise<void> } => {
  const schema = `banli_test_${randomBytes(6).toString("hex")}`;
  return {
    schema,
    drop: async () => {
      const client = new pg.Client(testPoolConfig());
      await client.connect();
      try {
        await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      } finally {
        await client.end();
      }
    },
  };
};
