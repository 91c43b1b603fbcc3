/**
 * Slows down password guessing per client address: the first few failures are
 * free (typos happen), then each further failure locks the address out for
 * twice as long as the last, up to a ceiling. A success clears the record.
 * An IPv6 client counts by its /64 network: one machine holds a whole /64 and
 * could otherwise pick a fresh address for every guess.
 */
import { isIP } from 'node:net';

/** Tuning of the limiter. */
export interface SignInLimits {
  /** Failures allowed before the first lockout. */
  freeFailures: number;
  firstLockoutMs: number;
  maxLockoutMs: number;
  /** A record with no failure for this long is forgotten. */
  forgetAfterMs: number;
  /** Addresses remembered at most (the oldest go first), so a flood cannot fill memory. */
  maxAddresses: number;
}

export const DEFAULT_SIGN_IN_LIMITS: SignInLimits = {
  freeFailures: 5,
  firstLockoutMs: 30_000,
  maxLockoutMs: 15 * 60_000,
  forgetAfterMs: 24 * 3600_000,
  maxAddresses: 10_000,
};

/** The limiter. */
export interface SignInLimiter {
  /** Seconds until `address` may try again, or 0 when it may try now. */
  retryAfterS(address: string): number;
  /** Records a wrong password; returns the seconds of lockout it earned (0 while still free). */
  failed(address: string): number;
  succeeded(address: string): void;
}

/** The key an address is counted under: IPv4 as it is (also when IPv4-mapped), IPv6 by its /64 prefix. */
export function guessingKey(address: string): string {
  const plain = address.toLowerCase().replace(/%.*$/, ''); // a zone (fe80::1%eth0) names the interface, not the host
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(plain);
  if (mapped) return mapped[1] as string;
  if (isIP(plain) !== 6) return plain;
  const [head = '', tail = ''] = plain.split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = plain.includes('::') && tail ? tail.split(':') : [];
  const groups = plain.includes('::')
    ? [...headGroups, ...Array<string>(8 - headGroups.length - tailGroups.length).fill('0'), ...tailGroups]
    : headGroups;
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

interface Record {
  failures: number;
  lastFailureMs: number;
  lockedUntilMs: number;
}

/** A limiter with no history. */
export function createSignInLimiter(nowMs: () => number, limits: SignInLimits = DEFAULT_SIGN_IN_LIMITS): SignInLimiter {
  const records = new Map<string, Record>();

  function live(address: string): Record | null {
    const record = records.get(address);
    if (record && nowMs() - record.lastFailureMs > limits.forgetAfterMs) {
      records.delete(address);
      return null;
    }
    return record ?? null;
  }

  const seconds = (ms: number) => (ms > 0 ? Math.ceil(ms / 1000) : 0);

  return {
    retryAfterS(address) {
      const record = live(guessingKey(address));
      return record ? seconds(record.lockedUntilMs - nowMs()) : 0;
    },
    failed(client) {
      const address = guessingKey(client);
      const at = nowMs();
      const record = live(address) ?? { failures: 0, lastFailureMs: at, lockedUntilMs: 0 };
      record.failures += 1;
      record.lastFailureMs = at;
      const over = record.failures - limits.freeFailures;
      if (over > 0) {
        const lockoutMs = Math.min(limits.firstLockoutMs * 2 ** Math.min(over - 1, 20), limits.maxLockoutMs);
        record.lockedUntilMs = at + lockoutMs;
      }
      records.delete(address); // re-insert: the map's order is the order of last failure
      records.set(address, record);
      if (records.size > limits.maxAddresses) {
        const oldest = records.keys().next().value;
        if (oldest !== undefined) records.delete(oldest);
      }
      return seconds(record.lockedUntilMs - at);
    },
    succeeded(address) {
      records.delete(guessingKey(address));
    },
  };
}
