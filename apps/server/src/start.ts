import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { postgresSideStorage, type Running, sqliteSideStorage, startBanli } from "@banli/api";
import { openPostgresEventStore } from "@banli/store-postgres";
import { openSqliteEventStore } from "@banli/store-sqlite";
import type { ServerConfig } from "./config.js";

export type { Running } from "@banli/api";

/** The composition root: config → the log's adapter → the API's side storage → listening. */
export const startServer = async (
  config: ServerConfig,
  options: { readonly version?: string; readonly logger?: boolean } = {},
): Promise<Running> => {
  const opened =
    config.pgUrl === undefined
      ? (() => {
          mkdirSync(dirname(config.db), { recursive: true });
          return {
            store: openSqliteEventStore({ filename: config.db }),
            side: Promise.resolve(sqliteSideStorage(config.db)),
            where: `SQLite ${config.db}`,
          };
        })()
      : {
          store: await openPostgresEventStore({
            pool: { connectionString: config.pgUrl },
            schema: config.pgSchema,
          }),
          side: postgresSideStorage(config.pgUrl, config.pgSchema, config.blobDir),
          where: `PostgreSQL (schema ${config.pgSchema})`,
        };
  const running = await startBanli(opened.store, await opened.side, {
    host: config.host,
    port: config.port,
    version: options.version ?? "0.0.0",
    demo: config.demo,
    webDir: config.webDir,
    secureCookies: config.secureCookies,
    logger: options.logger ?? false,
    where: opened.where,
  });
  return {
    ...running,
    close: async () => {
      await running.close();
      await opened.store.close();
    },
  };
};
