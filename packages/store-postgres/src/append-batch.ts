import {
  type AppendRequest,
  type AppendResult,
  ConcurrencyConflict,
  canonicalJson,
  envelopeOf,
  envelopeTemplate,
  type Outcome,
  StoreError,
} from "@banli/event-store";
import pg from "pg";
import { resultOfRow } from "./rows.js";
import type { ResultRow } from "./schema.js";

/** One command as `append_batch` takes it: its per-command and per-event columns. */
export interface EncodedCommand {
  readonly request: AppendRequest;
  readonly expected: number;
  readonly actor: string;
  readonly onBehalfOf: string | null;
  readonly data: ReadonlyArray<string>;
  readonly pre: ReadonlyArray<string>;
  readonly post: ReadonlyArray<string>;
}

const UNIQUE_VIOLATION = "23505";

const expectedCode = (expected: AppendRequest["expectedVersion"]): number =>
  expected === "any" ? -1 : expected === "no_stream" ? 0 : expected;

/** Serialises a request before it joins a batch, so the batch's turn is not spent on JSON. */
export const encodeCommand = (request: AppendRequest): EncodedCommand => {
  const actor = canonicalJson(request.actor);
  const onBehalfOf = request.onBehalfOf === undefined ? null : canonicalJson(request.onBehalfOf);
  const data: Array<string> = [];
  const pre: Array<string> = [];
  const post: Array<string> = [];
  for (const event of request.events) {
    const dataJson = canonicalJson(event.data);
    const [p, q] = envelopeTemplate(envelopeOf(request, event), dataJson, actor);
    data.push(dataJson);
    pre.push(p);
    post.push(q);
  }
  return {
    request,
    expected: expectedCode(request.expectedVersion),
    actor,
    onBehalfOf,
    data,
    pre,
    post,
  };
};

const paramsOf = (batch: ReadonlyArray<EncodedCommand>): Array<unknown> => {
  const column = <A>(pick: (command: EncodedCommand) => A) => batch.map(pick);
  const events = batch.flatMap((command) =>
    command.request.events.map((event, i) => ({ command, event, i })),
  );
  const eventColumn = <A>(pick: (e: (typeof events)[number]) => A) => events.map(pick);
  return [
    column((c) => c.request.streamId),
    column((c) => c.expected),
    column((c) => c.request.commandId),
    column((c) => c.request.events.length),
    column((c) => c.request.recordedAt),
    column((c) => c.actor),
    column((c) => c.onBehalfOf),
    column((c) => c.request.correlationId),
    column((c) => c.request.causationId),
    eventColumn((e) => e.event.eventId),
    eventColumn((e) => e.event.type),
    eventColumn((e) => e.event.schemaVersion),
    eventColumn((e) => e.command.data[e.i]),
    eventColumn((e) => e.command.pre[e.i]),
    eventColumn((e) => e.command.post[e.i]),
  ];
};

const outcomeOf = (command: EncodedCommand, row: ResultRow | undefined): Outcome<AppendResult> => {
  const request = command.request;
  if (row === undefined)
    return { error: new StoreError({ message: "append_batch lost a result" }) };
  if (row.status === "conflict") {
    const actual = Number(row.version);
    const conflict = new ConcurrencyConflict({
      streamId: request.streamId,
      expected: request.expectedVersion,
      actual,
    });
    return { error: conflict };
  }
  return { ok: resultOfRow(row, request.commandId) };
};

/** A command id committed meanwhile by another transaction, on another stream. */
const isCommandRace = (error: unknown) =>
  (error as { code?: string }).code === UNIQUE_VIOLATION &&
  ((error as { constraint?: string }).constraint ?? "").startsWith("commands");

/**
 * Runs batches of encoded commands through `append_batch`, one transaction per call.
 *
 * When PostgreSQL refuses a whole batch (an event id used twice, a command id that committed
 * meanwhile in another transaction), nothing of it was written, and every command of the batch
 * is sent again on its own: so only the command at fault fails, and a raced command id is then
 * found stored and answered as a duplicate. Retrying singly rather than finding the culprit in
 * SQL keeps the common path free of subtransactions. Errors without a SQLSTATE (the connection
 * failed) are not retried: the batch's callers get the error.
 */
export const makeBatchAppender = (pool: pg.Pool, schema: string) => {
  const sql = `SELECT * FROM ${schema}.append_batch($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`;
  // A named statement is parsed once per connection.
  const name = `banli_append_batch_${schema}`;

  const call = async (batch: ReadonlyArray<EncodedCommand>) => {
    const { rows } = await pool.query<ResultRow>({ name, text: sql, values: paramsOf(batch) });
    if (rows.length !== batch.length) {
      throw new StoreError({ message: `append_batch answered ${rows.length} of ${batch.length}` });
    }
    return batch.map((command, i) => outcomeOf(command, rows[i]));
  };

  const single = async (command: EncodedCommand): Promise<Outcome<AppendResult>> => {
    const once = async () =>
      (await call([command]))[0] ?? { error: new StoreError({ message: "no outcome" }) };
    try {
      return await once();
    } catch (error) {
      if (!isCommandRace(error)) return { error };
      return once().catch((again: unknown) => ({ error: again }));
    }
  };

  return async (
    batch: ReadonlyArray<EncodedCommand>,
  ): Promise<ReadonlyArray<Outcome<AppendResult>>> => {
    if (batch.length === 1 && batch[0] !== undefined) return [await single(batch[0])];
    try {
      return await call(batch);
    } catch (error) {
      if (!(error instanceof pg.DatabaseError)) throw error;
      // In the batch's order: a later command may expect the version an earlier one makes.
      const outcomes: Array<Outcome<AppendResult>> = [];
      for (const command of batch) outcomes.push(await single(command));
      return outcomes;
    }
  };
};
