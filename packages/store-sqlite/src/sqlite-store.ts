import { createRequire } from "node:module";
import {
  type AppendRequest,
  type AppendResult,
  ConcurrencyConflict,
  canonicalJson,
  EMPTY_HEAD,
  EventStore,
  type EventStorePort,
  expectedVersionMatches,
  type Head,
  ImportError,
  type Outcome,
  prepareEvents,
  type SignedCheckpoint,
  type StoredEvent,
  StoreError,
  settleBatch,
  startSubscription,
  startWalCheckpointer,
  type Waiter,
  type WalCheckpointer,
} from "@banli/event-store";
import Database from "better-sqlite3";
import { Effect, Layer } from "effect";
import { RecentEvents } from "./recent-events.js";
import { eventOfRow, resultOfRow, rowOf } from "./rows.js";
import { type CommandRow, type EventRow, schemaSql } from "./schema.js";

export interface SqliteStoreOptions {
  readonly filename: string;
  /**
   * `FULL` (default): every acknowledged command survives power loss. `NORMAL` survives a
   * process crash only; it exists for benchmarks and throwaway stores.
   */
  readonly synchronous?: "FULL" | "NORMAL" | "OFF";
  /** Commands waiting together share one transaction (one fsync); default 512 per batch. */
  readonly maxBatch?: number;
  /**
   * Where WAL checkpoints run: `"worker"` (default) on a separate connection in a worker thread
   * so commands never wait for them; `"inline"` lets SQLite auto-checkpoint on the command
   * connection; `"off"` leaves it to the caller.
   */
  readonly walCheckpoint?: "worker" | "inline" | "off";
  /**
   * Events written between two checkpoint requests; default 1000. Counted in events, not
   * commits, because a group commit of 50 commands fills the WAL as 50 single ones do, and the
   * WAL must restart before it outgrows its file: appending to a growing file makes every
   * commit's fsync pay for the file's metadata too, and overwriting it in place does not.
   */
  readonly checkpointEvery?: number;
  /**
   * Events last committed through this store kept in memory for the readers that follow the log
   * (see `RecentEvents`); default 4096, 0 turns it off.
   */
  readonly recentEvents?: number;
}

interface Pending extends Waiter<AppendResult> {
  readonly request: AppendRequest;
}

const sqliteDriver = createRequire(import.meta.url).resolve("better-sqlite3");

/** A write of an unisolated command failed midway; the transaction must be rolled back. */
class PartialWrite {
  constructor(readonly cause: unknown) {}
}

const toStoreError = (error: unknown) =>
  error instanceof StoreError ? error : new StoreError({ message: String(error), cause: error });

/**
 * The SQLite adapter: one file in WAL mode with group commit. Appends are queued and flushed on
 * the next turn of the event loop in one `BEGIN IMMEDIATE` transaction; a conflict or failure of
 * one command leaves the others alone (see `flush`) while all of them share the commit's single
 * fsync. A command is acknowledged only after that commit returns.
 */
export const openSqliteEventStore = (options: SqliteStoreOptions): EventStorePort => {
  const db = new Database(options.filename);
  db.pragma("journal_mode = WAL");
  db.pragma(`synchronous = ${options.synchronous ?? "FULL"}`);
  db.pragma("busy_timeout = 5000");
  const checkpointMode = options.walCheckpoint ?? "worker";
  if (checkpointMode !== "inline") db.pragma("wal_autocheckpoint = 0");
  // After a rewind, give back disk space beyond 64 MB rather than keep the high-water mark.
  db.pragma("journal_size_limit = 67108864");
  db.exec(schemaSql);

  const sql = {
    head: db.prepare<[], { position: number; hash: string }>(
      "SELECT position, hash FROM events ORDER BY position DESC LIMIT 1",
    ),
    version: db
      .prepare<[string], number | null>("SELECT max(version) FROM events WHERE stream_id = ?")
      .pluck(),
    command: db.prepare<[string], CommandRow>("SELECT * FROM commands WHERE command_id = ?"),
    insertEvent: db.prepare(
      `INSERT INTO events (position, event_id, stream_id, version, type, schema_version, data,
         recorded_at, actor, on_behalf_of, command_id, correlation_id, causation_id, prev_hash, hash)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    // An append checked the command id first, so its row is new: a plain insert, which costs
    // about half the upsert an import needs (it adds a command's events one at a time).
    insertCommand: db.prepare(
      `INSERT INTO commands (command_id, stream_id, version, first_version, first_position, last_position)
       VALUES (?, ?, ?, ?, ?, ?)`,
    ),
    importCommand: db.prepare(
      `INSERT INTO commands (command_id, stream_id, version, first_version, first_position, last_position)
       VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (command_id) DO UPDATE SET version = excluded.version,
         last_position = excluded.last_position`,
    ),
    readStream: db.prepare<[string, number, number], EventRow>(
      "SELECT * FROM events WHERE stream_id = ? AND version >= ? ORDER BY version LIMIT ?",
    ),
    readAll: db.prepare<[number, number], EventRow>(
      "SELECT * FROM events WHERE position > ? ORDER BY position LIMIT ?",
    ),
    // Raw rows (arrays): a replay reads millions of them and skips building a row object each.
    readRecords: db
      .prepare<[number, number], [number, string, number, string, number, string]>(
        `SELECT position, stream_id, version, type, schema_version, data FROM events
         WHERE position > ? ORDER BY position LIMIT ?`,
      )
      .raw(true),
    insertCheckpoint: db.prepare("INSERT INTO checkpoints (body) VALUES (?)"),
    latestCheckpoint: db
      .prepare<[], string>("SELECT body FROM checkpoints ORDER BY id DESC LIMIT 1")
      .pluck(),
    dataVersion: db.prepare<[], number>("PRAGMA data_version").pluck(),
    begin: db.prepare("BEGIN IMMEDIATE"),
    commit: db.prepare("COMMIT"),
    rollback: db.prepare("ROLLBACK"),
    savepoint: db.prepare("SAVEPOINT command"),
    release: db.prepare("RELEASE command"),
    rollbackTo: db.prepare("ROLLBACK TO command"),
  };

  const readHead = (): Head => sql.head.get() ?? EMPTY_HEAD;
  const writeEvent = (e: StoredEvent, dataJson: string, actorJson: string, obo: string | null) =>
    sql.insertEvent.run(
      e.position,
      e.eventId,
      e.streamId,
      e.version,
      e.type,
      e.schemaVersion,
      dataJson,
      e.recordedAt,
      actorJson,
      obo,
      e.commandId,
      e.correlationId,
      e.causationId,
      e.prevHash,
      e.hash,
    );

  /**
   * One command inside the open transaction; returns the new head. `isolate`: wrap its writes in
   * a savepoint so a failure leaves the batch's other commands alone; otherwise a failed write
   * throws `PartialWrite` and the caller rolls the whole transaction back.
   */
  const appendOne = (
    request: AppendRequest,
    head: Head,
    isolate: boolean,
  ): { result: AppendResult; head: Head; events: ReadonlyArray<EventRow> } => {
    const original = sql.command.get(request.commandId);
    if (original !== undefined) return { result: resultOfRow(original, true), head, events: [] };
    const actual = sql.version.get(request.streamId) ?? 0;
    if (!expectedVersionMatches(request.expectedVersion, actual)) {
      throw new ConcurrencyConflict({
        streamId: request.streamId,
        expected: request.expectedVersion,
        actual,
      });
    }
    const prepared = prepareEvents(request, actual, head, canonicalJson);
    const first = prepared[0]?.event;
    const last = prepared[prepared.length - 1]?.event;
    if (first === undefined || last === undefined) {
      const result: AppendResult = {
        streamId: request.streamId,
        commandId: request.commandId,
        version: actual,
        firstVersion: undefined,
        firstPosition: undefined,
        lastPosition: undefined,
        duplicate: false,
      };
      return { result, head, events: [] };
    }
    if (isolate) sql.savepoint.run();
    try {
      for (const p of prepared)
        writeEvent(p.event, p.dataJson, p.actorJson, p.onBehalfOfJson ?? null);
      sql.insertCommand.run(
        request.commandId,
        request.streamId,
        last.version,
        first.version,
        first.position,
        last.position,
      );
      if (isolate) sql.release.run();
    } catch (error) {
      if (!isolate) throw new PartialWrite(error);
      sql.rollbackTo.run();
      sql.release.run();
      throw toStoreError(error);
    }
    const result: AppendResult = {
      streamId: request.streamId,
      commandId: request.commandId,
      version: last.version,
      firstVersion: first.version,
      firstPosition: first.position,
      lastPosition: last.position,
      duplicate: false,
    };
    // The rows as written: a reader gets events parsed from the stored JSON, shared with no
    // writer (RecentEvents parses them on the first read).
    const events = prepared.map((p) => rowOf(p.event, p.dataJson, p.actorJson, p.onBehalfOfJson));
    return { result, head: { position: last.position, hash: last.hash }, events };
  };

  const listeners = new Set<() => void>();
  const checkpointer: WalCheckpointer | undefined =
    checkpointMode === "worker" && options.filename !== ":memory:"
      ? startWalCheckpointer({
          filename: options.filename,
          driver: sqliteDriver,
          every: options.checkpointEvery ?? 1000,
          copyTail: () => db.pragma("wal_checkpoint(PASSIVE)"),
        })
      : undefined;
  const maxBatch = options.maxBatch ?? 512;
  const recentCapacity = options.recentEvents ?? 4096;
  const recent = recentCapacity > 0 ? new RecentEvents(recentCapacity, eventOfRow) : undefined;
  // `data_version` right after this connection's last commit; see `logEndsAtRun`.
  let ownDataVersion: number | undefined;
  let queue: Array<Pending> = [];
  let scheduled = false;
  let closed = false;

  const afterCommit = (events: number) => {
    for (const listener of listeners) listener();
    checkpointer?.wrote(events);
  };

  const flush = () => {
    scheduled = false;
    const batch = queue.length <= maxBatch ? queue : queue.slice(0, maxBatch);
    queue = queue.length <= maxBatch ? [] : queue.slice(maxBatch);
    if (queue.length > 0) schedule();
    if (batch.length === 0) return;
    /*
     * Optimistic first: no savepoints, since every check that can refuse a command (duplicate
     * command id, expected version) runs before its first write. Only a write that fails midway
     * (an event id used twice, a full disk) leaves half a command behind; then the whole
     * transaction is rolled back and the batch runs again with a savepoint per command, so the
     * failing command alone is refused. A batch of one just fails.
     */
    const attempt = (isolate: boolean) => {
      const outcomes: Array<Outcome<AppendResult>> = [];
      const events: Array<EventRow> = [];
      sql.begin.run();
      let head = readHead();
      for (const pending of batch) {
        try {
          const done = appendOne(pending.request, head, isolate);
          for (const event of done.events) events.push(event);
          head = done.head;
          outcomes.push({ ok: done.result });
        } catch (error) {
          if (error instanceof PartialWrite) throw error;
          outcomes.push({ error });
        }
      }
      sql.commit.run();
      return { outcomes, events };
    };
    let committed: ReturnType<typeof attempt>;
    try {
      checkpointer?.beforeWrite();
      try {
        committed = attempt(false);
      } catch (error) {
        if (!(error instanceof PartialWrite)) throw error;
        if (db.inTransaction) sql.rollback.run();
        if (batch.length === 1) throw error.cause;
        committed = attempt(true);
      }
    } catch (error) {
      if (db.inTransaction) sql.rollback.run();
      const failure = toStoreError(error instanceof PartialWrite ? error.cause : error);
      for (const pending of batch) pending.reject(failure);
      return;
    }
    const { outcomes, events } = committed;
    // Before anyone is answered: a reply's read-back must find what its commit wrote.
    if (recent !== undefined && events.length > 0) {
      recent.add(events);
      ownDataVersion = sql.dataVersion.get();
    }
    settleBatch(batch, outcomes);
    if (events.length > 0) afterCommit(events.length);
  };
  function schedule() {
    if (scheduled) return;
    scheduled = true;
    setImmediate(flush);
  }

  const guard = <A>(read: () => A): Promise<A> => {
    if (closed) return Promise.reject(new StoreError({ message: "the store is closed" }));
    try {
      return Promise.resolve(read());
    } catch (error) {
      return Promise.reject(toStoreError(error));
    }
  };

  const readRows = (after: number, limit: number) => sql.readAll.all(after, limit).map(eventOfRow);
  /*
   * The kept run ends where this connection's last commit ended. The log ends there too unless
   * another connection (another process on the same file) has committed since, which SQLite's
   * `data_version` tells for a fraction of what an empty read of the events table costs.
   */
  const logEndsAtRun = () =>
    ownDataVersion !== undefined && sql.dataVersion.get() === ownDataVersion;
  const readAll = (after: number, limit: number): ReadonlyArray<StoredEvent> => {
    const kept = recent?.read(after, limit);
    if (kept === undefined) {
      return after === recent?.end && logEndsAtRun() ? [] : readRows(after, limit);
    }
    const last = kept[kept.length - 1];
    if (last === undefined || kept.length === limit || logEndsAtRun()) return kept;
    const more = readRows(last.position, limit - kept.length);
    return more.length === 0 ? kept : [...kept, ...more];
  };

  return {
    append: (request) =>
      closed
        ? Promise.reject(new StoreError({ message: "the store is closed" }))
        : new Promise<AppendResult>((resolve, reject) => {
            queue.push({ request, resolve, reject });
            schedule();
          }),
    readStream: (streamId, options) =>
      guard(() =>
        sql.readStream
          .all(streamId, options?.fromVersion ?? 1, options?.limit ?? -1)
          .map(eventOfRow),
      ),
    readAll: (options) => guard(() => readAll(options?.after ?? 0, options?.limit ?? 1000)),
    readAllRecords: (options) =>
      guard(() =>
        sql.readRecords
          .all(options?.after ?? 0, options?.limit ?? 1000)
          .map(([position, streamId, version, type, schemaVersion, data]) => ({
            position,
            streamId,
            version,
            type,
            schemaVersion,
            data: JSON.parse(data),
          })),
      ),
    findCommand: (commandId) =>
      guard(() => {
        const row = sql.command.get(commandId);
        return row === undefined ? undefined : resultOfRow(row, true);
      }),
    streamVersion: (streamId) => guard(() => sql.version.get(streamId) ?? 0),
    head: () => guard(readHead),
    subscribe: (subscribeOptions, handler) =>
      startSubscription(
        {
          readAll: (after, limit) => guard(() => readAll(after, limit)),
          onCommit: (wake) => {
            listeners.add(wake);
            return () => listeners.delete(wake);
          },
        },
        subscribeOptions.after,
        handler,
      ),
    importEvents: (events) =>
      guard(() => {
        db.transaction(() => {
          let head = readHead();
          for (const event of events) {
            if (event.position !== head.position + 1 || event.prevHash !== head.hash) {
              throw new ImportError({
                message: `event at position ${event.position} does not continue the chain at ${head.position}`,
              });
            }
            if (event.version !== (sql.version.get(event.streamId) ?? 0) + 1) {
              throw new ImportError({
                message: `event at ${event.position}: version out of order`,
              });
            }
            const obo = event.onBehalfOf === undefined ? null : canonicalJson(event.onBehalfOf);
            writeEvent(event, canonicalJson(event.data), canonicalJson(event.actor), obo);
            sql.importCommand.run(
              event.commandId,
              event.streamId,
              event.version,
              event.version,
              event.position,
              event.position,
            );
            head = { position: event.position, hash: event.hash };
          }
        })();
        // Imported events reach readers from the rows; the kept run would no longer continue.
        recent?.clear();
        ownDataVersion = undefined;
        if (events.length > 0) afterCommit(events.length);
      }),
    saveCheckpoint: (checkpoint) =>
      guard(() => {
        sql.insertCheckpoint.run(canonicalJson(checkpoint));
      }),
    latestCheckpoint: () =>
      guard(() => {
        const body = sql.latestCheckpoint.get();
        return body === undefined ? undefined : (JSON.parse(body) as SignedCheckpoint);
      }),
    close: async () => {
      if (closed) return;
      // Commands already queued were promised an answer: commit them before closing.
      while (queue.length > 0) flush();
      closed = true;
      listeners.clear();
      await checkpointer?.close();
      db.close();
    },
  };
};

/** The SQLite store as the `EventStore` service, closed with its scope. */
export const layerSqlite = (options: SqliteStoreOptions): Layer.Layer<EventStore, StoreError> =>
  Layer.scoped(
    EventStore,
    Effect.acquireRelease(
      Effect.try({
        try: () => openSqliteEventStore(options),
        catch: (cause) => new StoreError({ message: `cannot open ${options.filename}`, cause }),
      }),
      (store) => Effect.promise(() => store.close()),
    ),
  );
