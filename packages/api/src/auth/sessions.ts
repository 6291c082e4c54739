import { randomBytes } from "node:crypto";

export interface Session {
  readonly id: string;
  readonly userId: string;
  readonly createdAt: number;
  lastSeenAt: number;
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

export interface SessionStore {
  /** A new session with a fresh unguessable id (login always rotates: the old id is dropped). */
  readonly create: (userId: string, now: number) => Session;
  /** The live session for an id, refreshed; `undefined` (and forgotten) once timed out. */
  readonly touch: (id: string, now: number) => Session | undefined;
  readonly destroy: (id: string) => void;
  /** Ends every session of a user (deactivation, password change). */
  readonly destroyUser: (userId: string) => void;
}

/**
 * Sessions in the server's memory: a restart logs everyone out, which is acceptable for one
 * office server. Several servers behind one PostgreSQL would need them in the database.
 */
export const memorySessions = (policy: SessionPolicy = defaultSessionPolicy): SessionStore => {
  const sessions = new Map<string, Session>();
  return {
    create: (userId, now) => {
      const session = {
        id: randomBytes(32).toString("base64url"),
        userId,
        createdAt: now,
        lastSeenAt: now,
      };
      sessions.set(session.id, session);
      return session;
    },
    touch: (id, now) => {
      const session = sessions.get(id);
      if (session === undefined) return undefined;
      if (now - session.lastSeenAt > policy.idleMs || now - session.createdAt > policy.absoluteMs) {
        sessions.delete(id);
        return undefined;
      }
      session.lastSeenAt = now;
      return session;
    },
    destroy: (id) => {
      sessions.delete(id);
    },
    destroyUser: (userId) => {
      for (const [id, session] of sessions) if (session.userId === userId) sessions.delete(id);
    },
  };
};
