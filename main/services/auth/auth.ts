/**
 * The console's sign-in: the operator password (DATA/auth.json), the sessions
 * it opens, and the limits on guessing. There is never a default password; the
 * first one is set with `npm run set-password` or, from the machine itself,
 * through POST /api/setup-password while none is set.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { Logger } from '../logger';
import { authFilePath, readPasswordHash, writePasswordHash } from './auth-file';
import { DEFAULT_SCRYPT, hashPassword, verifyPassword, type PasswordHash, type ScryptParams } from './password-hash';
import { createSessions, type Session, type SessionLimits, type Sessions } from './sessions';
import { createSignInLimiter, type SignInLimits } from './sign-in-limiter';

/** A session just opened: the id goes into the cookie, the CSRF token to the console. */
export interface OpenedSession {
  id: string;
  session: Session;
}

/** What a sign-in came to. */
export type SignInResult =
  ({ ok: true } & OpenedSession) | { ok: false; status: 401 } | { ok: false; status: 429; retryAfterS: number };

/** The host's authentication. */
export interface Auth {
  /** True when an operator password is set (read from disk, so `npm run set-password` counts at once). */
  passwordSet(): boolean;
  /** Checks `password` for a client at `address`, within the guessing limits. */
  signIn(password: string, address: string): Promise<SignInResult>;
  /** Sets the first password and signs in; refused once one is set. The caller checks loopback. */
  setupPassword(password: string): Promise<({ ok: true } & OpenedSession) | { ok: false; error: string }>;
  sessions: Sessions;
}

/** How to open the auth service. */
export interface AuthOptions {
  dataDir: string;
  nowMs?: () => number;
  sessionLimits?: SessionLimits;
  signInLimits?: SignInLimits;
  /** Parameters for new hashes (tests may not go below the file's floor of N = 16384). */
  scrypt?: ScryptParams;
  /** Where a damaged auth.json is reported at open; without it a damaged file only reads as "no password". */
  logger?: Logger;
}

/** Password checks running at once; each takes tens of MiB, so a flood must queue, not fill memory. */
const MAX_CONCURRENT_CHECKS = 2;
const MAX_WAITING_CHECKS = 16;

/** Opens the auth service for a data directory. */
export async function openAuth(options: AuthOptions): Promise<Auth> {
  const nowMs = options.nowMs ?? Date.now;
  const file = authFilePath(options.dataDir);
  const params = options.scrypt ?? DEFAULT_SCRYPT;
  const sessions = createSessions(nowMs, options.sessionLimits);
  const limiter = createSignInLimiter(nowMs, options.signInLimits);
  // Checked when no password is set, so a wrong guess costs the same whether a password exists or not.
  const decoy: PasswordHash = await hashPassword(randomBytes(16).toString('hex'), params);
  // A damaged file reads as "no password set" (never as a default one), which silently reopens the loopback
  // first-password setup and, on a LAN-bound host, refuses to start: the operator must be told why.
  if (options.logger && existsSync(file) && readPasswordHash(file) === null) {
    options.logger.error(
      'auth-invalid',
      `${file} is damaged or not a password file: no operator password is in force until one is set again (npm run set-password)`,
      { file },
    );
  }

  let running = 0;
  const waiting: (() => void)[] = [];
  async function limited<T>(work: () => Promise<T>): Promise<T | null> {
    if (running >= MAX_CONCURRENT_CHECKS) {
      if (waiting.length >= MAX_WAITING_CHECKS) return null;
      await new Promise<void>((resolve) => waiting.push(resolve));
    }
    running += 1;
    try {
      return await work();
    } finally {
      running -= 1;
      waiting.shift()?.();
    }
  }

  let setupQueue: Promise<unknown> = Promise.resolve();

  // A session is only as good as the password it was opened under. When auth.json changes behind the
  // host's back (`npm run set-password` because the old one leaked, or the file removed), every open
  // session ends: otherwise whoever signed in with the old password would keep the console for 24 h.
  let passwordInForce = readPasswordHash(file)?.hash ?? null;
  function sessionsFollow(hash: string | null): void {
    if (hash === passwordInForce) return;
    sessions.clear();
    passwordInForce = hash;
  }
  const guardedSessions: Sessions = {
    ...sessions,
    get(id) {
      sessionsFollow(readPasswordHash(file)?.hash ?? null);
      return sessions.get(id);
    },
  };

  return {
    passwordSet: () => readPasswordHash(file) !== null,
    async signIn(password, address) {
      const waitS = limiter.retryAfterS(address);
      if (waitS > 0) return { ok: false, status: 429, retryAfterS: waitS };
      // Counted before the check: a burst of parallel guesses cannot all slip in before the first fails.
      const lockoutS = limiter.failed(address);
      const stored = readPasswordHash(file);
      const matches = await limited(() => verifyPassword(password, stored ?? decoy));
      if (matches === null) return { ok: false, status: 429, retryAfterS: 1 };
      if (matches && stored) {
        limiter.succeeded(address);
        sessionsFollow(stored.hash);
        return { ok: true, ...sessions.create() };
      }
      return lockoutS > 0 ? { ok: false, status: 429, retryAfterS: lockoutS } : { ok: false, status: 401 };
    },
    setupPassword(password) {
      // One at a time: two first-start requests must not both believe no password is set.
      const attempt = setupQueue.then(async () => {
        if (readPasswordHash(file) !== null) return { ok: false as const, error: 'a password is already set' };
        const hash = await hashPassword(password, params);
        await writePasswordHash(file, hash, new Date(nowMs()));
        sessionsFollow(hash.hash);
        return { ok: true as const, ...sessions.create() };
      });
      setupQueue = attempt.catch(() => undefined);
      return attempt;
    },
    sessions: guardedSessions,
  };
}
