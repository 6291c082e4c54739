import {
  type AppendRequest,
  type AppendResult,
  ConcurrencyConflict,
  canonicalJson,
  EventStore,
  type EventStorePort,
  ImportError,
  type SignedCheckpoint,
  type StoredEvent,
  StoreError,
  startSubscription,
} from "@banli/event-store";
import { Effect, Layer } from "effect";
import pg from "pg";
import { makeAnnouncer } from "./announcer.js";
import { type EncodedCommand, encodeCommand, makeBatchAppender } from "./append-batch.js";
import { makeGroupCommit } from "./group-commit.js";
import { makeListener } from "./listener.js";
import { eventOfRow, resultOfRow } from "./rows.js";
import { assertIdentifier, channelOf, type EventRow, type ResultRow, schemaSql } from "./schema.js";

export interface PostgresStoreOptions {
  /** Connection settings; `max` defaults to 16. `synchronous_commit` is forced on. */
  readonly pool?: pg.PoolConfig;
  /** The schema holding this store's tables; default `banli`. */
  readonly schema?: string;
  /** Most commands waiting together that share one transaction and commit; default 256. */
  readonly maxBatch?: number;
}

const toStoreError = (error: unknown) =>
  error instanceof StoreError ||
  error instanceof ImportError ||
  error instanceof ConcurrencyConflict
    ? error
    : new StoreError({ message: String(error), cause: error });

/**
 * The PostgreSQL adapter: several server instances may share one database. Appends waiting
 * together go as one call of the schema's `append_batch` function and share one commit (see
 * schema.ts for why positions are gap-free and in commit order); each gets its own result only
 * after that commit. Subscriptions catch up by position and wake on LISTEN/NOTIFY.
 */
export const openPostgresEventStore = async (
  options: PostgresStoreOptions = {},
): Promise<EventStorePort> => {
  const s = assertIdentifier(options.schema ?? "banli");
  const maxBatch = options.maxBatch ?? 256;
  if (!Number.isInteger(maxBatch) || maxBatch < 1) {
    throw new StoreError({ message: `maxBatch must be a positive integer, not ${maxBatch}` });
  }
  const config: pg.PoolConfig = {
    max: 16,
    ...options.pool,
    // An acknowledged command must survive a crash of the database server.
    options: `${options.pool?.options ?? ""} -c synchronous_commit=on`.trim(),
  };
  const pool = new pg.Pool(config);
  // An idle client's error (server restart) must not crash the process; the next query reconnects.
  pool.on("error", () => undefined);

  const migrate = async () => {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      // Two instances starting together must not race on CREATE … IF NOT EXISTS.
      await client.query("SELECT pg_advisory_xact_lock(hashtext($1))", [`banli-migrate-${s}`]);
      await client.query(schemaSql(s));
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  };
  try {
    await migrate();
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new StoreError({ message: `cannot prepare schema ${s}: ${String(error)}`, cause: error });
  }

  const listener = makeListener(config, channelOf(s));
  const announce = makeAnnouncer((position) =>
    pool.query("SELECT pg_notify($1, $2)", [channelOf(s), String(position)]).then(() => undefined),
  );
  const appendBatch = makeBatchAppender(pool, s);
  const appends = makeGroupCommit({
    maxBatch,
    run: async (batch: ReadonlyArray<EncodedCommand>) => {
      const outcomes = await appendBatch(batch);
      let last = 0;
      for (const outcome of outcomes) {
        if ("ok" in outcome && !outcome.ok.duplicate) {
          last = Math.max(last, outcome.ok.lastPosition ?? 0);
        }
      }
      if (last > 0) announce(last);
      return outcomes;
    },
  });

  const findCommand = async (commandId: string): Promise<AppendResult | undefined> => {
    const { rows } = await pool.query<ResultRow>(
      `SELECT 'duplicate' AS status, stream_id, version, first_version, first_position, last_position
       FROM ${s}.command_results WHERE command_id = $1`,
      [commandId],
    );
    const row = rows[0];
    return row === undefined ? undefined : resultOfRow(row, commandId);
  };

  const readAll = async (after: number, limit: number) => {
    const { rows } = await pool.query<EventRow>(
      `SELECT * FROM ${s}.events WHERE position > $1 ORDER BY position LIMIT $2`,
      [after, limit],
    );
    return rows.map(eventOfRow);
  };

  const guarded =
    <A extends ReadonlyArray<unknown>, B>(run: (...args: A) => Promise<B>) =>
    (...args: A): Promise<B> =>
      run(...args).catch((error: unknown) => Promise.reject(toStoreError(error)));

  const importEvents = async (events: ReadonlyArray<StoredEvent>) => {
    if (events.length === 0) return;
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      // Streams first, then the head: append_batch's lock order, so an import and appends of
      // other instances cannot deadlock.
      const streamIds = [...new Set(events.map((e) => e.streamId))];
      await client.query(
        `INSERT INTO ${s}.streams (stream_id, version)
         SELECT id, 0 FROM unnest($1::text[]) id ORDER BY 1 ON CONFLICT DO NOTHING`,
        [streamIds],
      );
      const current = await client.query<{ stream_id: string; version: string }>(
        `SELECT stream_id, version FROM ${s}.streams WHERE stream_id = ANY($1)
         ORDER BY stream_id FOR UPDATE`,
        [streamIds],
      );
      const head = await client.query<{ position: string; hash: string }>(
        `SELECT position, hash FROM ${s}.head WHERE id = 1 FOR UPDATE`,
      );
      let position = Number(head.rows[0]?.position ?? 0);
      let hash = head.rows[0]?.hash ?? "";
      const versions = new Map(current.rows.map((r) => [r.stream_id, Number(r.version)]));
      const commands = new Map<string, Array<unknown>>();
      for (const event of events) {
        if (event.position !== position + 1 || event.prevHash !== hash) {
          throw new ImportError({
            message: `event at position ${event.position} does not continue the chain at ${position}`,
          });
        }
        if (event.version !== (versions.get(event.streamId) ?? 0) + 1) {
          throw new ImportError({ message: `event at ${event.position}: version out of order` });
        }
        versions.set(event.streamId, event.version);
        const first = commands.get(event.commandId);
        commands.set(event.commandId, [
          event.commandId,
          event.streamId,
          event.version,
          first?.[3] ?? event.version,
        ]);
        position = event.position;
        hash = event.hash;
      }
      const column = <A>(pick: (e: StoredEvent) => A) => events.map(pick);
      await client.query(
        `INSERT INTO ${s}.events SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[],
           $4::bigint[], $5::text[], $6::integer[], $7::text[], $8::text[], $9::text[], $10::text[],
           $11::text[], $12::text[], $13::text[], $14::text[], $15::text[])`,
        [
          column((e) => e.position),
          column((e) => e.eventId),
          column((e) => e.streamId),
          column((e) => e.version),
          column((e) => e.type),
          column((e) => e.schemaVersion),
          column((e) => canonicalJson(e.data)),
          column((e) => e.recordedAt),
          column((e) => canonicalJson(e.actor)),
          column((e) => (e.onBehalfOf === undefined ? null : canonicalJson(e.onBehalfOf))),
          column((e) => e.commandId),
          column((e) => e.correlationId),
          column((e) => e.causationId),
          column((e) => e.prevHash),
          column((e) => e.hash),
        ],
      );
      await client.query(
        `UPDATE ${s}.streams t SET version = u.version
         FROM unnest($1::text[], $2::bigint[]) u(stream_id, version) WHERE t.stream_id = u.stream_id`,
        [[...versions.keys()], [...versions.values()]],
      );
      const rows = [...commands.values()];
      const at = (i: number) => rows.map((r) => r[i]);
      // A command split across two imported chunks: the later chunk carries its last version.
      await client.query(
        `INSERT INTO ${s}.commands (command_id, stream_id, version, first_version)
         SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[], $4::bigint[])
         ON CONFLICT (command_id) DO UPDATE SET version = excluded.version`,
        [at(0), at(1), at(2), at(3)],
      );
      await client.query(`UPDATE ${s}.head SET position = $1, hash = $2 WHERE id = 1`, [
        position,
        hash,
      ]);
      await client.query("SELECT pg_notify($1, $2)", [channelOf(s), String(position)]);
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  };

  return {
    // Encoded before it joins the queue: a request that cannot be serialised fails alone.
    append: guarded(async (request: AppendRequest) => appends.submit(encodeCommand(request))),
    readStream: guarded(
      async (streamId: string, options?: { fromVersion?: number; limit?: number }) => {
        const { rows } = await pool.query<EventRow>(
          `SELECT * FROM ${s}.events WHERE stream_id = $1 AND version >= $2 ORDER BY version LIMIT $3`,
          [streamId, options?.fromVersion ?? 1, options?.limit ?? null],
        );
        return rows.map(eventOfRow);
      },
    ),
    readAll: guarded(async (options?: { after?: number; limit?: number }) =>
      readAll(options?.after ?? 0, options?.limit ?? 1000),
    ),
    readAllRecords: guarded(async (options?: { after?: number; limit?: number }) => {
      const { rows } = await pool.query<{
        position: string;
        stream_id: string;
        version: string;
        type: string;
        schema_version: number;
        data: string;
      }>(
        `SELECT position, stream_id, version, type, schema_version, data FROM ${s}.events
         WHERE position > $1 ORDER BY position LIMIT $2`,
        [options?.after ?? 0, options?.limit ?? 1000],
      );
      return rows.map((row) => ({
        position: Number(row.position),
        streamId: row.stream_id,
        version: Number(row.version),
        type: row.type,
        schemaVersion: row.schema_version,
        data: JSON.parse(row.data),
      }));
    }),
    findCommand: guarded(findCommand),
    streamVersion: guarded(async (streamId: string) => {
      const { rows } = await pool.query<{ version: string }>(
        `SELECT version FROM ${s}.streams WHERE stream_id = $1`,
        [streamId],
      );
      return Number(rows[0]?.version ?? 0);
    }),
    head: guarded(async () => {
      const { rows } = await pool.query<{ position: string; hash: string }>(
        `SELECT position, hash FROM ${s}.head WHERE id = 1`,
      );
      const row = rows[0];
      if (row === undefined) throw new StoreError({ message: "the head row is missing" });
      return { position: Number(row.position), hash: row.hash };
    }),
    subscribe: (subscribeOptions, handler) =>
      startSubscription(
        { readAll: guarded(readAll), onCommit: listener.add },
        subscribeOptions.after,
        handler,
      ),
    importEvents: guarded(importEvents),
    saveCheckpoint: guarded(async (checkpoint: SignedCheckpoint) => {
      await pool.query(`INSERT INTO ${s}.checkpoints (body) VALUES ($1)`, [
        canonicalJson(checkpoint),
      ]);
    }),
    latestCheckpoint: guarded(async () => {
      const { rows } = await pool.query<{ body: string }>(
        `SELECT body FROM ${s}.checkpoints ORDER BY id DESC LIMIT 1`,
      );
      const body = rows[0]?.body;
      return body === undefined ? undefined : (JSON.parse(body) as SignedCheckpoint);
    }),
    close: async () => {
      // Commands already accepted get their answers before the pool goes.
      await appends.drain();
      await listener.close();
      await pool.end();
    },
  };
};

/** The PostgreSQL store as the `EventStore` service, closed with its scope. */
export const layerPostgres = (
  options: PostgresStoreOptions = {},
): Layer.Layer<EventStore, StoreError> =>
  Layer.scoped(
    EventStore,
    Effect.acquireRelease(
      Effect.tryPromise({
        try: () => openPostgresEventStore(options),
        catch: (cause) =>
          cause instanceof StoreError
            ? cause
            : new StoreError({ message: "cannot open the PostgreSQL store", cause }),
      }),
      (store) => Effect.promise(() => store.close()),
    ),
  );
