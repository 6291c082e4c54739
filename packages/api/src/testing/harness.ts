import { randomUUID } from "node:crypto";
import { type EventStorePort, makeMemoryEventStore } from "@banli/event-store";
import {
  createProjector,
  defaultProcesses,
  memoryReadModel,
  type ReadModelStore,
} from "@banli/projections";
import { memoryBlobs } from "../attachments/blob-store.js";
import { memoryCredentials } from "../auth/credentials.js";
import { memorySessions, type SessionStore } from "../auth/sessions.js";
import { makeLoginThrottle } from "../auth/throttle.js";
import { demoRegisterConfig } from "../demo/seed.js";
import type { ApiDeps } from "../deps.js";
import { liveSettings } from "../settings/index.js";

/**
 * Everything in memory, with a clock the test moves. The composition root builds the same
 * shape from SQLite or PostgreSQL.
 */
export const makeMemoryDeps = (
  options: {
    readonly store?: EventStorePort;
    readonly readModel?: ReadModelStore;
    readonly now?: () => Date;
    /** Sessions in this process's memory when absent. */
    readonly sessions?: SessionStore;
  } = {},
): ApiDeps => {
  const store = options.store ?? makeMemoryEventStore();
  const settings = liveSettings({ registers: demoRegisterConfig, calendarAdditions: [] });
  return {
    version: "test",
    store,
    projector: createProjector({
      store,
      readModel: options.readModel ?? memoryReadModel(),
      processes: defaultProcesses,
    }),
    settings,
    get processes() {
      return settings.current().processes;
    },
    credentials: memoryCredentials(),
    blobs: memoryBlobs(),
    sessions: options.sessions ?? memorySessions(),
    throttle: makeLoginThrottle(),
    get calendar() {
      return settings.current().calendar;
    },
    get registers() {
      return settings.current().registers;
    },
    now: options.now ?? (() => new Date("2026-11-25T10:00:00+08:00")),
    newId: randomUUID,
  };
};
