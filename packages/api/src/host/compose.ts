import { type EventStorePort, timeOrderedId } from "@banli/event-store";
import type { RegisterConfig } from "@banli/kernel";
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
import { memorySessions, type SessionStore } from "../auth/sessions.js";
import { postgresSessions, sqliteSessions } from "../auth/sessions-sql.js";
import { type LoginThrottle, makeLoginThrottle } from "../auth/throttle.js";
import { postgresThrottle, sqliteThrottle } from "../auth/throttle-sql.js";
import {
  type ManagerProblem,
  reportAutomationProblem,
  startAutomation,
} from "../automation/index.js";
import { demoRegisterConfig } from "../demo/seed.js";
import type { ApiDeps } from "../deps.js";
import { followSettings, liveSettings, loadSettings } from "../settings/index.js";

/**
 * Everything beside the event log that a server keeps: read models (disposable) and password
 * hashes (not). The composition roots open the log with an adapter and ask for the rest here,
 * so `apps/server` and `banli serve` compose identically.
 */
export interface SideStorage {
  readonly readModel: ReadModelStore;
  readonly credentials: CredentialStore;
  readonly blobs: BlobStore;
  /** Where sessions live; in this process's memory when absent. */
  readonly sessions?: SessionStore;
  /** The login throttle's counters; in this process's memory when absent. */
  readonly throttle?: LoginThrottle;
}

/** SQLite: read models in `<db>.read`, password hashes in `<db>.auth`, beside the log. */
export const sqliteSideStorage = (db: string): SideStorage => ({
  readModel: openSqliteReadModel({ filename: `${db}.read` }),
  credentials: sqliteCredentials(`${db}.auth`),
  blobs: directoryBlobs(`${db}.blobs`),
  sessions: sqliteSessions(`${db}.auth`),
  throttle: sqliteThrottle(`${db}.auth`),
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
  // Sessions in the shared database: a session made on one server is valid on every other.
  sessions: await postgresSessions(url, schema),
  // …and a lock earned on one holds on every other.
  throttle: await postgresThrottle(url, schema),
});

export interface Composed {
  readonly deps: ApiDeps;
  /** Stops following the log and closes the side storage (the log is the caller's). */
  readonly close: () => Promise<void>;
}

export const composeApi = async (
  store: EventStorePort,
  side: SideStorage,
  options: {
    readonly version: string;
    readonly registers?: RegisterConfig;
    /** The server clock (tests move it); the system's own time otherwise. */
    readonly now?: () => Date;
    /** A command the process managers could not issue; logged to stderr when absent. */
    readonly onAutomationProblem?: (problem: ManagerProblem) => void;
    /**
     * Run the process managers (archive hand-off, deadline monitor); default true. Tools that only
     * read or rebuild (projections rebuild, bench) may turn them off so they write nothing.
     */
    readonly automation?: boolean;
  },
): Promise<Composed> => {
  const projector = createProjector({
    store,
    readModel: side.readModel,
    processes: defaultProcesses,
  });
  await projector.sync();
  // Other servers' commands on a shared database reach this one's read model from here.
  const following = projector.follow();
  // The administrator's settings (numbering, added calendar years), replayed from the log and
  // followed, so a change made on another server of a shared database applies here too.
  const configured = { registers: options.registers ?? demoRegisterConfig, calendarAdditions: [] };
  const settingsFrom = (await store.head()).position;
  const settings = liveSettings(await loadSettings(store, configured));
  const followingSettings = followSettings(store, settings, configured, settingsFrom);
  const deps: ApiDeps = {
    version: options.version,
    store,
    projector,
    settings,
    get processes() {
      return settings.current().processes;
    },
    credentials: side.credentials,
    blobs: side.blobs,
    sessions: side.sessions ?? memorySessions(),
    throttle: side.throttle ?? makeLoginThrottle(),
    get calendar() {
      return settings.current().calendar;
    },
    get registers() {
      return settings.current().registers;
    },
    now: options.now ?? (() => new Date()),
    // Time-ordered: case and command ids append to the log's and read model's indexes.
    newId: timeOrderedId,
  };
  // Process managers (archive hand-off): event-driven, checkpointed, idempotent.
  const automation =
    options.automation === false
      ? undefined
      : await startAutomation(deps, {
          onProblem: options.onAutomationProblem ?? reportAutomationProblem,
        });
  return {
    deps,
    close: async () => {
      await automation?.close();
      await following.close();
      await followingSettings.close();
      await side.readModel.close();
      await side.credentials.close();
      await deps.sessions.close();
      await deps.throttle.close();
    },
  };
};
