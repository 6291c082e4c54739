import { randomUUID } from "node:crypto";
import { type EventStorePort, makeMemoryEventStore } from "@banli/event-store";
import { chineseDaysCalendar } from "@banli/kernel";
import {
  createProjector,
  defaultProcesses,
  memoryReadModel,
  type ReadModelStore,
} from "@banli/projections";
import { memoryBlobs } from "../attachments/blob-store.js";
import { memoryCredentials } from "../auth/credentials.js";
import { memorySessions } from "../auth/sessions.js";
import { makeLoginThrottle } from "../auth/throttle.js";
import { demoRegisterConfig } from "../demo/seed.js";
import type { ApiDeps } from "../deps.js";

/**
 * Everything in memory, with a clock the test moves. The composition root builds the same
 * shape from SQLite or PostgreSQL.
 */
export const makeMemoryDeps = (
  options: {
    readonly store?: EventStorePort;
    readonly readModel?: ReadModelStore;
    readonly now?: () => Date;
  } = {},
): ApiDeps => {
  const store = options.store ?? makeMemoryEventStore();
  return {
    version: "test",
    store,
    projector: createProjector({
      store,
      readModel: options.readModel ?? memoryReadModel(),
      processes: defaultProcesses,
    }),
    processes: defaultProcesses,
    credentials: memoryCredentials(),
    blobs: memoryBlobs(),
    sessions: memorySessions(),
    throttle: makeLoginThrottle(),
    calendar: chineseDaysCalendar,
    registers: demoRegisterConfig,
    now: options.now ?? (() => new Date("2026-11-25T10:00:00+08:00")),
    newId: randomUUID,
  };
};
