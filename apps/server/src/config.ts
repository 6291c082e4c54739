import { parseArgs } from "node:util";

export interface ServerConfig {
  /** The SQLite file of the event log (the embedded default). */
  readonly db: string;
  /** A PostgreSQL URL: when given, the log lives there and `db` is not used. */
  readonly pgUrl: string | undefined;
  readonly pgSchema: string;
  /** Attachment bytes when the log is in PostgreSQL (with SQLite: `<db>.blobs`). */
  readonly blobDir: string;
  readonly port: number;
  readonly host: string;
  /** A built web console to serve at `/`. */
  readonly webDir: string | undefined;
  /** Seed the demo bureau (units, users, sample cases) when the log has none. */
  readonly demo: boolean;
  readonly secureCookies: boolean;
}

const usage = `banli-server [--db <file>] [--pg <url>] [--port <n>] [--host <addr>] [--web <dir>] [--demo]
  env: BANLI_DB, BANLI_PG_URL, BANLI_PG_SCHEMA, BANLI_BLOB_DIR, BANLI_PORT, BANLI_HOST, BANLI_WEB_DIR, BANLI_DEMO=1, BANLI_SECURE_COOKIES=1`;

export class ConfigError extends Error {}

const portOf = (text: string): number => {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new ConfigError(`invalid port "${text}"\n${usage}`);
  }
  return port;
};

/** Flags win over the environment; the environment over the defaults. */
export const readConfig = (
  argv: ReadonlyArray<string>,
  env: Readonly<Record<string, string | undefined>>,
): ServerConfig => {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw new ConfigError(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
  }
  const { values } = parsed;
  return {
    db: values.db ?? env.BANLI_DB ?? "data/banli.db",
    pgUrl: values.pg ?? env.BANLI_PG_URL,
    pgSchema: env.BANLI_PG_SCHEMA ?? "banli",
    blobDir: env.BANLI_BLOB_DIR ?? "data/blobs",
    port: portOf(values.port ?? env.BANLI_PORT ?? "8080"),
    host: values.host ?? env.BANLI_HOST ?? "127.0.0.1",
    webDir: values.web ?? env.BANLI_WEB_DIR,
    demo: values.demo === true || env.BANLI_DEMO === "1",
    secureCookies: env.BANLI_SECURE_COOKIES === "1",
  };
};

const parse = (argv: ReadonlyArray<string>) =>
  parseArgs({
    args: [...argv],
    options: {
      db: { type: "string" },
      pg: { type: "string" },
      port: { type: "string" },
      host: { type: "string" },
      web: { type: "string" },
      demo: { type: "boolean" },
    },
    strict: true,
  });
