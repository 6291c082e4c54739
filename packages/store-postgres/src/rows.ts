import type { AppendResult, StoredEvent } from "@banli/event-store";
import type { EventRow, ResultRow } from "./schema.js";

// bigint columns arrive as strings; positions and versions stay far below 2^53.
const optionalNumber = (value: string | null) => (value === null ? undefined : Number(value));

export const eventOfRow = (row: EventRow): StoredEvent => ({
  position: Number(row.position),
  eventId: row.event_id,
  streamId: row.stream_id,
  version: Number(row.version),
  type: row.type,
  schemaVersion: row.schema_version,
  data: JSON.parse(row.data),
  recordedAt: row.recorded_at,
  actor: JSON.parse(row.actor),
  ...(row.on_behalf_of === null ? {} : { onBehalfOf: JSON.parse(row.on_behalf_of) }),
  commandId: row.command_id,
  correlationId: row.correlation_id,
  causationId: row.causation_id,
  prevHash: row.prev_hash,
  hash: row.hash,
});

export const resultOfRow = (row: ResultRow, commandId: string): AppendResult => ({
  streamId: row.stream_id,
  commandId,
  version: Number(row.version),
  firstVersion: optionalNumber(row.first_version),
  firstPosition: optionalNumber(row.first_position),
  lastPosition: optionalNumber(row.last_position),
  duplicate: row.status === "duplicate",
});
