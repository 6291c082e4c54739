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

/** The row an event is stored as, given the JSON texts its `data`, actor and principal became. */
export const rowOf = (
  e: StoredEvent,
  dataJson: string,
  actorJson: string,
  onBehalfOfJson: string | undefined,
): EventRow => ({
  position: e.position,
  event_id: e.eventId,
  stream_id: e.streamId,
  version: e.version,
  type: e.type,
  schema_version: e.schemaVersion,
  data: dataJson,
  recorded_at: e.recordedAt,
  actor: actorJson,
  on_behalf_of: onBehalfOfJson ?? null,
  command_id: e.commandId,
  correlation_id: e.correlationId,
  causation_id: e.causationId,
  prev_hash: e.prevHash,
  hash: e.hash,
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
