/**
 * Console sessions, in memory only (a restart signs everyone out, which is
 * fine for a screen). A session id is 32 random bytes; the map is keyed by its
 * SHA-256 so a lookup's timing says nothing about the ids. Each session has
 * its own CSRF token, an idle timeout and an absolute lifetime.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** How long sessions live. */
export interface SessionLimits {
  idleMs: number;
  absoluteMs: number;
  /** Oldest sessions are dropped beyond this many. */
  maxSessions: number;
}

export const DEFAULT_SESSION_LIMITS: SessionLimits = {
  idleMs: 8 * 3600_000,
  absoluteMs: 24 * 3600_000,
  maxSessions: 100,
};

/** A live session as the routes see it. */
export interface Session {
  csrfToken: string;
  createdAtMs: number;
  lastSeenAtMs: number;
}

/** The session table. */
export interface Sessions {
  /** Starts a session; returns the id for the cookie and the session. */
  create(): { id: string; session: Session };
  /** The live session for a cookie value, touching its idle timer; null when unknown or expired. */
  get(id: string | undefined): Session | null;
  /** Ends a session (sign-out). */
  remove(id: string | undefined): void;
  /** Ends every session (e.g. after the password changed). */
  clear(): void;
  /** True when `token` is the session's CSRF token (constant time). */
  csrfMatches(session: Session, token: string | undefined): boolean;
}

const keyOf = (id: string) => createHash('sha256').update(id).digest('base64url');
const token = () => randomBytes(32).toString('base64url');

/** An empty session table. */
export function createSessions(nowMs: () => number, limits: SessionLimits = DEFAULT_SESSION_LIMITS): Sessions {
  const table = new Map<string, Session>(); // insertion order = age, for dropping the oldest

  const expired = (session: Session, at: number) =>
    at - session.lastSeenAtMs > limits.idleMs || at - session.createdAtMs > limits.absoluteMs;

  function sweep(at: number): void {
    for (const [key, session] of table) if (expired(session, at)) table.delete(key);
    while (table.size >= limits.maxSessions) {
      const oldest = table.keys().next().value;
      if (oldest === undefined) break;
      table.delete(oldest);
    }
  }

  return {
    create() {
      const at = nowMs();
      sweep(at);
      const id = token();
      const session: Session = { csrfToken: token(), createdAtMs: at, lastSeenAtMs: at };
      table.set(keyOf(id), session);
      return { id, session };
    },
    get(id) {
      if (!id || id.length > 128) return null;
      const key = keyOf(id);
      const session = table.get(key);
      if (!session) return null;
      const at = nowMs();
      if (expired(session, at)) {
        table.delete(key);
        return null;
      }
      session.lastSeenAtMs = at;
      return session;
    },
    remove(id) {
      if (id) table.delete(keyOf(id));
    },
    clear() {
      table.clear();
    },
    csrfMatches(session, given) {
      if (typeof given !== 'string') return false;
      const a = Buffer.from(session.csrfToken);
      const b = Buffer.from(given);
      return a.length === b.length && timingSafeEqual(a, b);
    },
  };
}
