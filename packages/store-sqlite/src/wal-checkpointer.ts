import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";

/**
 * Runs `wal_checkpoint(PASSIVE)` on its own connection in a worker thread. better-sqlite3 is
 * synchronous, so a checkpoint on the command connection would stall the event loop — every
 * command — for as long as it copies pages; a PASSIVE checkpoint on another connection never
 * takes the write lock, so commands keep committing to the WAL meanwhile.
 */
const workerSource = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.driver);
const db = new Database(workerData.filename);
db.pragma("busy_timeout = 5000");
parentPort.on("message", (message) => {
  if (message === "close") {
    db.close();
    parentPort.close();
    return;
  }
  let result;
  try {
    result = db.pragma("wal_checkpoint(PASSIVE)")[0];
  } catch (error) {
    result = { error: String(error) };
  }
  parentPort.postMessage(result);
});
`;

export interface WalCheckpointer {
  /** Asks for a checkpoint unless one is already running. */
  readonly request: () => void;
  readonly close: () => Promise<void>;
}

/** `onDone` runs on the main thread after each checkpoint the worker finished. */
export const startWalCheckpointer = (filename: string, onDone: () => void): WalCheckpointer => {
  const driver = createRequire(import.meta.url).resolve("better-sqlite3");
  const worker = new Worker(workerSource, { eval: true, workerData: { driver, filename } });
  // The checkpointer must never keep a process alive on its own.
  worker.unref();
  let running = false;
  let again = false;
  worker.on("message", () => {
    running = false;
    onDone();
    if (again) {
      again = false;
      running = true;
      worker.postMessage("checkpoint");
    }
  });
  worker.on("error", () => {
    running = false;
  });
  return {
    request: () => {
      if (running) {
        again = true;
        return;
      }
      running = true;
      worker.postMessage("checkpoint");
    },
    close: async () => {
      // Referenced again so the process waits for the worker to close its connection.
      worker.ref();
      const exited = new Promise<void>((resolve) => worker.once("exit", () => resolve()));
      worker.postMessage("close");
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([exited, new Promise((r) => (timer = setTimeout(r, 2000)))]);
      clearTimeout(timer);
      await worker.terminate();
    },
  };
};
