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
 * its next transaction (`beforeWrite`), which then rewinds the WAL.
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
  /**
   * Call right before each write transaction on the writing connection: after a checkpoint of the
   * worker it copies the frames committed meanwhile (`copyTail`), so the write rewinds the WAL.
   */
  readonly beforeWrite: () => void;
  /** Call after each write of `count` items (events, cases): every `every` asks the worker. */
  readonly wrote: (count: number) => void;
  readonly close: () => Promise<void>;
}

export interface WalCheckpointerOptions {
  readonly filename: string;
  /** The resolved path of the caller's better-sqlite3 (this package does not depend on it). */
  readonly driver: string;
  /** Items written between two checkpoints of the worker. */
  readonly every: number;
  /** A PASSIVE checkpoint on the writing connection (`db.pragma("wal_checkpoint(PASSIVE)")`). */
  readonly copyTail: () => void;
}

export const startWalCheckpointer = (options: WalCheckpointerOptions): WalCheckpointer => {
  const { filename, driver } = options;
  const worker = new Worker(workerSource, { eval: true, workerData: { driver, filename } });
  // The checkpointer must never keep a process alive on its own.
  worker.unref();
  let tailDue = false;
  let writtenSince = 0;
  let running = false;
  let again = false;
  worker.on("message", () => {
    running = false;
    tailDue = true;
    if (again) {
      again = false;
      running = true;
      worker.postMessage("checkpoint");
    }
  });
  worker.on("error", () => {
    running = false;
  });
  const request = () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    worker.postMessage("checkpoint");
  };
  return {
    beforeWrite: () => {
      if (!tailDue) return;
      tailDue = false;
      options.copyTail();
    },
    wrote: (count) => {
      writtenSince += count;
      if (writtenSince < options.every) return;
      writtenSince = 0;
      request();
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
