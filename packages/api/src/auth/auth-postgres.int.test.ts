import pg from "pg";
import { afterAll, describe } from "vitest";
import { sessionContract, throttleContract } from "../testing/auth-contracts.js";
import { postgresSessions } from "./sessions-sql.js";
import { postgresThrottle } from "./throttle-sql.js";

const url = process.env.BANLI_TEST_PG_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const reachable = await (async () => {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
})();
if (!reachable && process.env.CI === "true") throw new Error(`PostgreSQL is unreachable at ${url}`);

let n = 0;
const schemas: Array<string> = [];
/** A fresh schema per store, dropped at the end. */
const freshSchema = () => {
  const schema = `banli_auth_${process.pid}_${n++}`;
  schemas.push(schema);
  return schema;
};

describe.skipIf(!reachable)("auth storage in PostgreSQL", () => {
  afterAll(async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client.end();
  });
  sessionContract("PostgreSQL", () => postgresSessions(url, freshSchema()));
  throttleContract("PostgreSQL", () => postgresThrottle(url, freshSchema()));
});
