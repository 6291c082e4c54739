import { Worker } from "node:worker_threads";

/**
 * Runs `wal_checkpoint(PASSIVE)` on its own connection in a worker thread, for the SQLite files a
 * server writes on every command: the log (store-sqlite) and the read model (projections).
 * better-sqlite3 is synchronous, so a checkpoint on the writing connection would stall the event
 * loop — every command — for as long as it copies pages; a PASSIVE checkpoint on another
 * connection never takes the write lock, so commits keep landing in the WAL meanwhile.
 *
 * Under continuous load the WAL still never restarts: SQLite rewinds it only when a writer finds
 * every frame copied, and by then new commits have landed. So after each checkpoint the writer
 * copies the few frames committed meanwhile (a short PASSIVE checkpoint of its own) right before
 * its next transaction, which then rewinds the WAL; `onDone` is where it notes that.
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
    // Frames committed while a pass copied are copied by the next, fewer each time, so the
    // writer's own tail checkpoint (on the event loop) is left only a few.
    for (let pass = 0; pass < 4; pass++) {
      result = db.pragma("wal_checkpoint(PASSIVE)")[0];
      if (result.busy !== 0 || result.log - result.checkpointed <= 32) break;
    }
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

/**
 * `driver`: the resolved path of the caller's better-sqlite3 (this package does not depend on
 * it). `onDone` runs on the main thread after each checkpoint the worker finished.
 */
export const startWalCheckpointer = (
  filename: string,
  driver: string,
  onDone: () => void,
): WalCheckpointer => {
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
