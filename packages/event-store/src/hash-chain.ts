import { createHash, hash } from "node:crypto";
import { envelopeParts, type UnhashedEvent } from "./canonical.js";
import type { AppendRequest, Head, NewEvent, StoredEvent } from "./envelope.js";

/** `SHA-256(prevHash ‖ canonical)` as lowercase hex; `prevHash` is the previous event's hex hash. */
export const chainHash = (prevHash: string, canonical: string): string =>
  // One-shot `hash` (Node ≥ 20.12) is markedly cheaper than a Hash object per event.
  typeof hash === "function"
    ? hash("sha256", prevHash + canonical, "hex")
    : createHash("sha256").update(prevHash).update(canonical).digest("hex");

export const hashEvent = (event: UnhashedEvent): string => {
  const [head, tail] = envelopeParts(event);
  return chainHash(event.prevHash, head + tail);
};

/**
 * What an event's envelope takes from its command and from itself: everything but the places
 * only the log gives (position, version, the chain link). `data` is the caller's value, not
 * re-parsed: adapters store the JSON texts, and the memory adapter parses them back so reads
 * never share objects with writers.
 */
export const envelopeOf = (
  request: AppendRequest,
  event: NewEvent,
): Omit<UnhashedEvent, "position" | "version" | "prevHash"> => ({
  eventId: event.eventId,
  streamId: request.streamId,
  type: event.type,
  schemaVersion: event.schemaVersion,
  data: event.data,
  recordedAt: request.recordedAt,
  actor: request.actor,
  ...(request.onBehalfOf === undefined ? {} : { onBehalfOf: request.onBehalfOf }),
  commandId: request.commandId,
  correlationId: request.correlationId,
  causationId: request.causationId,
});

/** An envelope ready to write, with the JSON texts adapters store so nothing is serialised twice. */
export interface PreparedEvent {
  readonly event: StoredEvent;
  readonly dataJson: string;
  readonly actorJson: string;
  readonly onBehalfOfJson: string | undefined;
}

/**
 * Gives a command's new events their versions, positions and chain links. Pure: adapters call
 * it inside their write transaction with the stream's version and the chain's head as they are
 * there, so the chain is built in exactly the order positions are committed.
 */
export const prepareEvents = (
  request: AppendRequest,
  streamVersion: number,
  head: Head,
  toJson: (value: unknown) => string,
): ReadonlyArray<PreparedEvent> => {
  const actorJson = toJson(request.actor);
  const onBehalfOfJson = request.onBehalfOf === undefined ? undefined : toJson(request.onBehalfOf);
  const prepared: Array<PreparedEvent> = [];
  let prevHash = head.hash;
  for (let i = 0; i < request.events.length; i++) {
    const next = request.events[i];
    if (next === undefined) continue;
    const dataJson = toJson(next.data);
    const unhashed: UnhashedEvent = {
      ...envelopeOf(request, next),
      position: head.position + i + 1,
      version: streamVersion + i + 1,
      prevHash,
    };
    const [h, t] = envelopeParts(unhashed, dataJson, actorJson);
    const hash = chainHash(prevHash, h + t);
    prepared.push({ event: { ...unhashed, hash }, dataJson, actorJson, onBehalfOfJson });
    prevHash = hash;
  }
  return prepared;
};
