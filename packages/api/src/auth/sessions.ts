import { randomBytes } from "node:crypto";

export interface Session {
  readonly id: string;
  readonly userId: string;
  readonly createdAt: number;
  readonly lastSeenAt: number;
}

export interface SessionPolicy {
  /** Idle timeout: a session unused this long is dead (default 30 minutes). */
  readonly idleMs: number;
  /** Absolute timeout: no session lives longer than this, used or not (default 12 hours). */
  readonly absoluteMs: number;
}

export const defaultSessionPolicy: SessionPolicy = {
  idleMs: 30 * 60_000,
  absoluteMs: 12 * 60 * 60_000,
};

/**
 * Sessions, by id. Times are the server clock's milliseconds, passed in (never read here), so
 * the timeouts are tested on a clock the test moves.
 */
export interface SessionStore {
  /** A new session with a fresh unguessable id (login always rotates: the old id is dropped). */
  readonly create: (userId: string, now: number) => Promise<Session>;
  /** The live session for an id, refreshed; `undefined` (and forgotten) once timed out. */
  readonly touch: (id: string, now: number) => Promise<Session | undefined>;
  readonly destroy: (id: string) => Promise<void>;
  /** Ends every session of a user (deactivation, password change). */
  readonly destroyUser: (userId: string) => Promise<void>;
  readonly close: () => Promise<void>;
}

/** 256 random bits, URL-safe: the cookie value. */
export const newSessionId = (): string => randomBytes(32).toString("base64url");

export const isExpired = (session: Session, now: number, policy: SessionPolicy): boolean =>
  now - session.lastSeenAt > policy.idleMs || now - session.createdAt > policy.absoluteMs;

/**
 * Refreshing `lastSeenAt` on every request would write on every read; a session is only
 * written back when a minute has passed, which moves the idle timeout by at most that minute.
 */
export const touchGranularityMs = 60_000;

/** Sessions in this process's memory (tests, the TUI's local mode). */
export const memorySessions = (policy: SessionPolicy = defaultSessionPolicy): SessionStore => {
  const sessions = new Map<string, Session>();
  return {
    create: async (userId, now) => {
      const session = { id: newSessionId(), userId, createdAt: now, lastSeenAt: now };
      sessions.set(session.id, session);
      return session;
    },
    touch: async (id, now) => {
      const session = sessions.get(id);
      if (session === undefined) return undefined;
      if (isExpired(session, now, policy)) {
        sessions.delete(id);
        return undefined;
      }
      const touched = { ...session, lastSeenAt: now };
      sessions.set(id, touched);
      return touched;
    },
    destroy: async (id) => {
      sessions.delete(id);
    },
    destroyUser: async (userId) => {
      for (const [id, session] of sessions) if (session.userId === userId) sessions.delete(id);
    },
    close: async () => undefined,
  };
};
