import type { StoredEvent } from "./envelope.js";

/**
 * Deterministic JSON: object keys sorted by code unit, no whitespace, `undefined` properties
 * dropped. The hash chain and the export file both depend on these exact bytes, so anything
 * JSON cannot round-trip (NaN, functions, undefined in arrays) is refused rather than coerced.
 */
export const canonicalJson = (value: unknown): string => {
  if (value === null) return "null";
  switch (typeof value) {
    case "string":
      return JSON.stringify(value);
    case "number":
      if (!Number.isFinite(value)) throw new TypeError(`not JSON: ${value}`);
      return JSON.stringify(value);
    case "boolean":
      return value ? "true" : "false";
    case "object": {
      if (Array.isArray(value)) {
        let out = "[";
        for (let i = 0; i < value.length; i++) {
          const item: unknown = value[i];
          if (item === undefined) throw new TypeError("not JSON: undefined in an array");
          out += (i === 0 ? "" : ",") + canonicalJson(item);
        }
        return `${out}]`;
      }
      const record = value as Record<string, unknown>;
      const keys = Object.keys(record).sort();
      let out = "{";
      let first = true;
      for (const key of keys) {
        const item = record[key];
        if (item === undefined) continue;
        out += `${first ? "" : ","}${JSON.stringify(key)}:${canonicalJson(item)}`;
        first = false;
      }
      return `${out}}`;
    }
    default:
      throw new TypeError(`not JSON: ${typeof value}`);
  }
};

/** The envelope's fields other than `hash`, in the order canonical JSON sorts them. */
export type UnhashedEvent = Omit<StoredEvent, "hash">;

/**
 * The canonical bytes of an envelope, split around where `"hash"` sorts (between `eventId` and
 * `onBehalfOf`): `head + tail` is what is hashed, `head + ,"hash":… + tail` is the export line.
 * Built by hand rather than through `canonicalJson` because it runs once per event on every
 * append, replay and verify; a test pins it to `canonicalJson`.
 */
export const envelopeParts = (
  event: UnhashedEvent,
  dataJson: string = canonicalJson(event.data),
  actorJson: string = canonicalJson(event.actor),
): readonly [head: string, tail: string] => {
  const head =
    `{"actor":${actorJson},"causationId":${JSON.stringify(event.causationId)}` +
    `,"commandId":${JSON.stringify(event.commandId)}` +
    `,"correlationId":${JSON.stringify(event.correlationId)},"data":${dataJson}` +
    `,"eventId":${JSON.stringify(event.eventId)}`;
  const tail =
    (event.onBehalfOf === undefined ? "" : `,"onBehalfOf":${canonicalJson(event.onBehalfOf)}`) +
    `,"position":${event.position},"prevHash":${JSON.stringify(event.prevHash)}` +
    `,"recordedAt":${JSON.stringify(event.recordedAt)}` +
    `,"schemaVersion":${event.schemaVersion},"streamId":${JSON.stringify(event.streamId)}` +
    `,"type":${JSON.stringify(event.type)},"version":${event.version}}`;
  return [head, tail];
};

/** The export line of an event: its full canonical envelope including the hash. */
export const eventLine = (event: StoredEvent): string => {
  const [head, tail] = envelopeParts(event);
  return `${head},"hash":${JSON.stringify(event.hash)}${tail}`;
};

/**
 * The canonical bytes with holes for what only the database knows at commit time: for a store
 * that assigns position, prevHash and version inside its append statement (PostgreSQL), the
 * hashed text is `pre + position + ',"prevHash":"' + prevHash + '",' + post + version + "}"`.
 */
export const envelopeTemplate = (
  event: Omit<UnhashedEvent, "position" | "prevHash" | "version">,
  dataJson?: string,
  actorJson?: string,
): readonly [pre: string, post: string] => {
  const [head, tail] = envelopeParts(
    { ...event, position: 0, prevHash: "", version: 0 },
    dataJson,
    actorJson,
  );
  // The last occurrence is the envelope's own: inside string values quotes are escaped, and
  // only strings follow it.
  const hole = ',"position":0,"prevHash":"",';
  const at = tail.lastIndexOf(hole);
  const post = tail.slice(at + hole.length, tail.length - "0}".length);
  return [`${head}${tail.slice(0, at)},"position":`, post];
};
