/**
 * Guessing the operator password is slowed per client: after 5 misses the
 * address waits, the right password included, for the whole window, and the
 * wait doubles. Time is the kit's clock (no real waiting). The basic schedule
 * is in tests/unit/services/auth/auth.test.ts and api-auth.test.ts; these are
 * the ways around it an attacker would try.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSignInLimiter, guessingKey } from '../../../main/services/auth/sign-in-limiter';
import { PASSWORD, startKit, type Kit } from '../services/http/api/api-test-kit';

let kit: Kit;
beforeEach(async () => {
  kit = await startKit();
});
afterEach(() => kit.close());

const attempt = (password: string, remoteAddress = '127.0.0.1') =>
  kit.app.inject({ method: 'POST', url: '/api/session', payload: { password }, remoteAddress });

describe('the window after the 6th wrong password', () => {
  it('the right password is refused until the last millisecond of the window, and accepted once it has passed', async () => {
    for (let i = 1; i <= 6; i++) await attempt(`wrong-guess-${i}`);
    const lockedAt = kit.clock.ms;
    for (const offsetMs of [0, 1_000, 15_000, 29_000, 29_999]) {
      kit.clock.ms = lockedAt + offsetMs;
      const response = await attempt(PASSWORD);
      expect(response.statusCode, `${offsetMs} ms into the window`).toBe(429);
      expect(response.json().error).toMatch(/^too many wrong passwords; try again in \d+ s$/);
      expect(response.cookies).toEqual([]);
    }
    kit.clock.ms = lockedAt + 30_000;
    expect((await attempt(PASSWORD)).statusCode).toBe(200);
  });

  it('tries made during the window do not count, but do not shorten it either', async () => {
    for (let i = 1; i <= 6; i++) await attempt(`wrong-guess-${i}`);
    for (let i = 0; i < 50; i++) expect((await attempt(`during-${i}`)).statusCode).toBe(429);
    kit.clock.ms += 30_000;
    // The 7th real miss earns 60 s, not the ceiling: the 50 refused tries were not checked at all.
    expect((await attempt('wrong-guess-7')).json()).toMatchObject({ retryAfterS: 60 });
  });
});

describe('ways around the limit', () => {
  it('a burst of parallel guesses cannot all be checked before the first one fails', async () => {
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => attempt(`parallel-${i}`)));
    const checked = answers.filter((a) => a.statusCode === 401).length;
    expect(checked).toBeLessThanOrEqual(5);
    expect(answers.filter((a) => a.statusCode === 429).length).toBeGreaterThanOrEqual(15);
    expect((await attempt(PASSWORD)).statusCode).toBe(429);
  });

  it('an IPv6 client cannot take a fresh address of its /64 for every guess', async () => {
    for (let i = 1; i <= 6; i++) await attempt(`wrong-guess-${i}`, `2001:db8:0:1::${i.toString(16)}`);
    const fresh = await attempt(PASSWORD, '2001:db8:0:1:dead:beef:0:7');
    expect(fresh.statusCode).toBe(429);
    // A neighbour on another /64 (another network) is not punished.
    expect((await attempt(PASSWORD, '2001:db8:0:2::1')).statusCode).toBe(200);
  });

  it('the same IPv4 client as a plain and as an IPv4-mapped IPv6 address is one client', async () => {
    for (let i = 1; i <= 3; i++) await attempt(`wrong-guess-${i}`, '192.168.1.30');
    for (let i = 4; i <= 6; i++) await attempt(`wrong-guess-${i}`, '::ffff:192.168.1.30');
    expect((await attempt(PASSWORD, '192.168.1.30')).statusCode).toBe(429);
  });

  it('a success elsewhere does not unlock the guesser', async () => {
    for (let i = 1; i <= 6; i++) await attempt(`wrong-guess-${i}`, '192.168.1.30');
    expect((await attempt(PASSWORD, '192.168.1.31')).statusCode).toBe(200);
    expect((await attempt(PASSWORD, '192.168.1.30')).statusCode).toBe(429);
  });
});

describe('guessingKey', () => {
  it('counts IPv4 as it is, IPv6 by /64 in any spelling, and drops a zone', () => {
    expect(guessingKey('192.168.1.30')).toBe('192.168.1.30');
    expect(guessingKey('::FFFF:192.168.1.30')).toBe('192.168.1.30');
    const oneNetwork = ['2001:db8:0:1::1', '2001:0db8:0000:0001:ffff::', '2001:DB8:0:1:1:2:3:4'];
    expect(new Set(oneNetwork.map(guessingKey))).toEqual(new Set(['2001:db8:0:1::/64']));
    expect(guessingKey('fe80::1%eth0')).toBe(guessingKey('fe80::2'));
    expect(guessingKey('::1')).toBe('0:0:0:0::/64');
    expect(guessingKey('2001:db8::1')).not.toBe(guessingKey('2001:db8:0:1::1'));
  });

  it('the limiter itself applies it: a lockout earned by one address of a /64 holds for the others', () => {
    let now = 0;
    const limiter = createSignInLimiter(() => now);
    for (let i = 1; i <= 6; i++) limiter.failed(`2001:db8:1:2::${i}`);
    expect(limiter.retryAfterS('2001:db8:1:2:aaaa::1')).toBe(30);
    now += 30_000;
    expect(limiter.retryAfterS('2001:db8:1:2:aaaa::1')).toBe(0);
  });
});
