import { type ContentCoding, compress } from "./compression.js";

/**
 * Serialized query replies, each remembered with the version of the data it was computed from.
 * A reply is served again only while that version is still current: the caller reads the version
 * BEFORE computing a reply, so a reply computed while the data moved is stored under the older
 * version and never served once the newer one is read.
 *
 * Bounded by entry count and by bytes (compressed forms included), least recently used first out.
 * A `Map` keeps insertion order, so moving a hit to the end and evicting from the front is the
 * whole LRU; a library (lru-cache) would do the same with a dependency added to a shared
 * lockfile for ~30 lines.
 */
export interface ReplyCacheLimits {
  readonly maxEntries: number;
  readonly maxBytes: number;
  /** A reply larger than this is not kept (one big page must not evict everyone else). */
  readonly maxEntryBytes: number;
}

export const defaultReplyCacheLimits: ReplyCacheLimits = {
  maxEntries: 2_000,
  maxBytes: 32 * 1_048_576,
  maxEntryBytes: 512 * 1_024,
};

/** A kept reply: its bytes, and the same bytes compressed, each coding worked out once. */
export interface CachedReply {
  readonly body: Buffer;
  /** The body in `coding`; `undefined` when it is better sent as it is (small, incompressible). */
  readonly encoded: (coding: ContentCoding) => Buffer | undefined;
}

export interface ReplyCache {
  /** The reply stored under `key`, if it was computed at `version`; a stale one is dropped. */
  readonly get: (key: string, version: string) => CachedReply | undefined;
  /** Keeps `body`; returns it as kept, or `undefined` when it is too large to keep. */
  readonly set: (key: string, version: string, body: Buffer) => CachedReply | undefined;
  readonly size: () => number;
  readonly bytes: () => number;
}

interface Entry extends CachedReply {
  readonly key: string;
  readonly version: string;
  /** Bytes held: the body and its compressed forms. */
  held: number;
}

export const makeReplyCache = (
  limits: ReplyCacheLimits = defaultReplyCacheLimits,
  encode: (coding: ContentCoding, body: Buffer) => Buffer | undefined = compress,
): ReplyCache => {
  const entries = new Map<string, Entry>();
  let bytes = 0;

  const drop = (key: string, entry: Entry) => {
    entries.delete(key);
    bytes -= entry.held;
  };

  const trim = () => {
    for (const [oldest, entry] of entries) {
      if (entries.size <= limits.maxEntries && bytes <= limits.maxBytes) break;
      drop(oldest, entry);
    }
  };

  const entryOf = (key: string, version: string, body: Buffer): Entry => {
    // `null`: worked out, and the body goes out as it is.
    const codings = new Map<ContentCoding, Buffer | null>();
    const entry: Entry = {
      key,
      version,
      body,
      held: body.length,
      encoded: (coding) => {
        const known = codings.get(coding);
        if (known !== undefined) return known ?? undefined;
        const encoded = encode(coding, body);
        codings.set(coding, encoded ?? null);
        if (encoded !== undefined) {
          entry.held += encoded.length;
          // Counted only while the entry is still kept (it may have been evicted meanwhile).
          if (entries.get(key) === entry) {
            bytes += encoded.length;
            trim();
          }
        }
        return encoded;
      },
    };
    return entry;
  };
  return {
    get: (key, version) => {
      const entry = entries.get(key);
      if (entry === undefined) return undefined;
      if (entry.version !== version) {
        drop(key, entry);
        return undefined;
      }
      // Most recently used goes last, so eviction (from the front) takes the least recent.
      entries.delete(key);
      entries.set(key, entry);
      return entry;
    },
    set: (key, version, body) => {
      const previous = entries.get(key);
      if (previous !== undefined) drop(key, previous);
      if (body.length > limits.maxEntryBytes) return undefined;
      const entry = entryOf(key, version, body);
      entries.set(key, entry);
      bytes += entry.held;
      trim();
      return entry;
    },
    size: () => entries.size,
    bytes: () => bytes,
  };
};
