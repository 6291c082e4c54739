import type { Session, SessionStore } from "./sessions.js";

/**
 * How long a session found in a shared store (SQLite file, PostgreSQL) is trusted from this
 * process's memory before the store is asked again. This is the cross-server staleness bound:
 * a logout, deactivation or password reset made on ANOTHER server process takes effect here at
 * most this long later. The same change made through THIS store takes effect at once, since
 * `destroy`/`destroyUser` drop the local entries before they return.
 */
export const sessionCacheTtlMs = 1_000;

/** Live sessions held at most; only found sessions are kept, so random ids cannot fill it. */
export const sessionCacheMaxEntries = 10_000;

interface Entry {
  readonly session: Session;
  /** The server clock's time (`touch`'s `now`) when the store answered. */
  readonly at: number;
  /** This process's monotonic time then: a clock a test holds still does not stretch the TTL. */
  readonly seenAt: number;
}

/**
 * A store's `touch` answered from memory for `ttlMs`: every signed-in request looks its session
 * up, and on a cached read that lookup was ~13% of the CPU. Within the TTL the session is not
 * refreshed in the store, which the stores themselves only do once a minute
 * (`touchGranularityMs`), so the idle timeout moves by at most `ttlMs` more. An entry is only
 * used while both the server clock and the process's monotonic clock are within `ttlMs` of when
 * it was read, so a clock moved past a timeout (tests) always reaches the store.
 */
export const withSessionCache = (
  store: SessionStore,
  ttlMs: number = sessionCacheTtlMs,
  maxEntries: number = sessionCacheMaxEntries,
  monotonic: () => number = performance.now.bind(performance),
): SessionStore => {
  const entries = new Map<string, Entry>();
  // Bumped as each ending starts and again once the store has it: a lookup in flight across
  // either is not kept, so a session read before a logout reached the store cannot come back.
  let endings = 0;
  const remember = (session: Session, now: number) => {
    entries.delete(session.id);
    entries.set(session.id, { session, at: now, seenAt: monotonic() });
    // A `Map` iterates in insertion order: the first entry is the oldest one.
    if (entries.size > maxEntries) {
      const oldest = entries.keys().next();
      if (oldest.done !== true) entries.delete(oldest.value);
    }
  };
  const forgetUser = (userId: string) => {
    for (const [id, entry] of entries) if (entry.session.userId === userId) entries.delete(id);
  };
  return {
    create: (userId, now) => store.create(userId, now),
    touch: async (id, now) => {
      const entry = entries.get(id);
      if (entry !== undefined) {
        const age = now - entry.at;
        if (age >= 0 && age < ttlMs && monotonic() - entry.seenAt < ttlMs) return entry.session;
        entries.delete(id);
      }
      const before = endings;
      const session = await store.touch(id, now);
      if (session !== undefined && endings === before) remember(session, now);
      return session;
    },
    destroy: async (id) => {
      endings += 1;
      entries.delete(id);
      await store.destroy(id);
      endings += 1;
    },
    destroyUser: async (userId) => {
      endings += 1;
      forgetUser(userId);
      await store.destroyUser(userId);
      endings += 1;
    },
    close: async () => {
      entries.clear();
      await store.close();
    },
  };
};
