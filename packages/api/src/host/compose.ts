import { randomUUID } from "node:crypto";
import type { EventStorePort } from "@banli/event-store";
import { chineseDaysCalendar, type RegisterConfig } from "@banli/kernel";
import {
  createProjector,
  defaultProcesses,
  openPostgresReadModel,
  openSqliteReadModel,
  type ReadModelStore,
} from "@banli/projections";
import { type BlobStore, directoryBlobs } from "../attachments/blob-store.js";
import { type CredentialStore, sqliteCredentials } from "../auth/credentials.js";
import { postgresCredentials } from "../auth/credentials-postgres.js";
import { memorySessions } from "../auth/sessions.js";
import { makeLoginThrottle } from "../auth/throttle.js";
import { demoRegisterConfig } from "../demo/seed.js";
import type { ApiDeps } from "../deps.js";

/**
 * Everything beside the event log that a server keeps: read models (disposable) and password
 * hashes (not). The composition roots open the log with an adapter and ask for the rest here,
 * so `apps/server` and `banli serve` compose identically.
 */
export interface SideStorage {
  readonly readModel: ReadModelStore;
  readonly credentials: CredentialStore;
  readonly blobs: BlobStore;
}

/** SQLite: read models in `<db>.read`, password hashes in `<db>.auth`, beside the log. */
export const sqliteSideStorage = (db: string): SideStorage => ({
  readModel: openSqliteReadModel({ filename: `${db}.read` }),
  credentials: sqliteCredentials(`${db}.auth`),
  blobs: directoryBlobs(`${db}.blobs`),
});

/**
 * PostgreSQL: read models (pg_trgm search) and password hashes in the log's schema; attachment
 * bytes in a directory (servers sharing the database should share it too, e.g. a mount).
 */
export const postgresSideStorage = async (
  url: string,
  schema: string,
  blobDir: string,
): Promise<SideStorage> => ({
  readModel: await openPostgresReadModel({ url, schema }),
  credentials: await postgresCredentials(url, schema),
  blobs: directoryBlobs(blobDir),
});

export interface Composed {
  readonly deps: ApiDeps;
  /** Stops following the log and closes the side storage (the log is the caller's). */
  readonly close: () => Promise<void>;
}

export const composeApi = async (
  store: EventStorePort,
  side: SideStorage,
  options: { readonly version: string; readonly registers?: RegisterConfig },
): Promise<Composed> => {
  const projector = createProjector({
    store,
    readModel: side.readModel,
    processes: defaultProcesses,
  });
  await projector.sync();
  // Other servers' commands on a shared database reach this one's read model from here.
  const following = projector.follow();
  const deps: ApiDeps = {
    version: options.version,
    store,
    projector,
    processes: defaultProcesses,
    credentials: side.credentials,
    blobs: side.blobs,
    sessions: memorySessions(),
    throttle: makeLoginThrottle(),
    calendar: chineseDaysCalendar,
    registers: options.registers ?? demoRegisterConfig,
    now: () => new Date(),
    newId: randomUUID,
  };
  return {
    deps,
    close: async () => {
      await following.close();
      await side.readModel.close();
      await side.credentials.close();
    },
  };
};
