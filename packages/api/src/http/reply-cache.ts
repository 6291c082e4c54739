/**
 * Serialized query replies, each remembered with the version of the data it was computed from.
 * A reply is served again only while that version is still current: the caller reads the version
 * BEFORE computing a reply, so a reply computed while the data moved is stored under the older
 * version and never served once the newer one is read.
 *
 * Bounded by entry count and by bytes, least recently used first out. A `Map` keeps insertion
 * order, so moving a hit to the end and evicting from the front is the whole LRU; a library
 * (lru-cache) would do the same with a dependency added to a shared lockfile for ~30 lines.
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

interface Entry {
  readonly version: string;
  readonly body: Buffer;
}

export interface ReplyCache {
  /** The reply stored under `key`, if it was computed at `version`; a stale one is dropped. */
  readonly get: (key: string, version: string) => Buffer | undefined;
  readonly set: (key: string, version: string, body: Buffer) => void;
  readonly size: () => number;
  readonly bytes: () => number;
}

export const makeReplyCache = (limits: ReplyCacheLimits = defaultReplyCacheLimits): ReplyCache => {
  const entries = new Map<string, Entry>();
  let bytes = 0;

  const drop = (key: string, entry: Entry) => {
    entries.delete(key);
    bytes -= entry.body.length;
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
      return entry.body;
    },
    set: (key, version, body) => {
      const previous = entries.get(key);
      if (previous !== undefined) drop(key, previous);
      if (body.length > limits.maxEntryBytes) return;
      entries.set(key, { version, body });
      bytes += body.length;
      for (const [oldest, entry] of entries) {
        if (entries.size <= limits.maxEntries && bytes <= limits.maxBytes) break;
        drop(oldest, entry);
      }
    },
    size: () => entries.size,
    bytes: () => bytes,
  };
};
