import type { AppendResult, StoredEvent } from "@banli/event-store";
import type { CommandRow, EventRow } from "./schema.js";

export const eventOfRow = (row: EventRow): StoredEvent => ({
  position: row.position,
  eventId: row.event_id,
  streamId: row.stream_id,
  version: row.version,
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

export const resultOfRow = (row: CommandRow, duplicate: boolean): AppendResult => ({
  streamId: row.stream_id,
  commandId: row.command_id,
  version: row.version,
  firstVersion: row.first_version,
  firstPosition: row.first_position,
  lastPosition: row.last_position,
  duplicate,
});
