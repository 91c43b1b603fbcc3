/**
 * Only a session the host opened, still alive, under the password in force,
 * is a credential. Forged, tampered, stale and superseded cookies get 401.
 * (An unknown 43-character cookie and the 8 h / 24 h expiry are covered in
 * tests/unit/services/http/api/api-auth.test.ts; these are the other tricks.)
 */
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../../../main/core/api/routes';
import { authFilePath, writePasswordHash } from '../../../main/services/auth/auth-file';
import { hashPassword } from '../../../main/services/auth/password-hash';
import { PASSWORD, TEST_SCRYPT, startKit, type Kit } from '../services/http/api/api-test-kit';

let kit: Kit;
beforeEach(async () => {
  kit = await startKit();
});
afterEach(() => kit.close());

const settingsWith = (cookie: string) => kit.app.inject({ method: 'GET', url: '/api/settings', headers: { cookie } });

/** The id inside a `pano_session=…` cookie. */
const idOf = (cookie: string) => cookie.slice(SESSION_COOKIE.length + 1);

function flipOneCharacter(id: string, at: number): string {
  const swapped = id[at] === 'A' ? 'B' : 'A';
  return id.slice(0, at) + swapped + id.slice(at + 1);
}

describe('forged and tampered cookies', () => {
  it('a real session works; the same id changed in one place, cut, lengthened or re-cased does not', async () => {
    const { cookie } = await kit.signIn();
    expect((await settingsWith(cookie)).statusCode).toBe(200);
    const id = idOf(cookie);
    const tampered = [
      flipOneCharacter(id, 0),
      flipOneCharacter(id, id.length - 1),
      id.slice(0, -1),
      `${id}A`,
      id.toUpperCase(),
      `${id}=`,
      encodeURIComponent(id).replace(/[A-Za-z]/, (c) => `%${c.charCodeAt(0).toString(16)}`),
      ` ${id}x`,
      id.repeat(4), // over the 128-character cap: refused without a lookup
    ];
    for (const value of tampered) {
      expect((await settingsWith(`${SESSION_COOKIE}=${value}`)).statusCode, value).toBe(401);
    }
  });

  it('random, empty, and structurally plausible ids are refused', async () => {
    await kit.signIn(); // a live session exists; none of these may hit it
    const forged = [
      randomBytes(32).toString('base64url'),
      '',
      '0'.repeat(43),
      'null',
      'undefined',
      '[object Object]',
      '../../auth.json',
      'a'.repeat(10_000),
    ];
    for (const value of forged) {
      expect((await settingsWith(`${SESSION_COOKIE}=${value}`)).statusCode, value.slice(0, 30)).toBe(401);
    }
  });

  it('the CSRF token is not a session id, and the id under another cookie name is no session', async () => {
    const session = await kit.signIn();
    expect((await settingsWith(`${SESSION_COOKIE}=${session.csrf}`)).statusCode).toBe(401);
    const id = idOf(session.cookie);
    for (const cookie of [`PANO_SESSION=${id}`, `pano_session_=${id}`, `x${SESSION_COOKIE}=${id}`]) {
      expect((await settingsWith(cookie)).statusCode, cookie).toBe(401);
    }
    const asHeader = await kit.app.inject({
      method: 'GET',
      url: '/api/settings',
      headers: { authorization: `Bearer ${id}`, 'x-pano-session': id },
    });
    expect(asHeader.statusCode).toBe(401);
  });
});

describe('stale sessions', () => {
  it('a session from before a restart of the host is gone (sessions live in memory only)', async () => {
    const { cookie } = await kit.signIn();
    const restarted = await startKit();
    try {
      const response = await restarted.app.inject({ method: 'GET', url: '/api/settings', headers: { cookie } });
      expect(response.statusCode).toBe(401);
    } finally {
      await restarted.close();
    }
  });

  it('an expired session is not brought back by using it, nor by the clock going back', async () => {
    const { cookie } = await kit.signIn();
    kit.clock.ms += 8 * 3600_000 + 1;
    expect((await settingsWith(cookie)).statusCode).toBe(401);
    kit.clock.ms -= 2 * 3600_000; // an NTP correction after the expiry was seen
    expect((await settingsWith(cookie)).statusCode).toBe(401);
  });

  it('a signed-out session cannot be replayed', async () => {
    const session = await kit.signIn();
    await kit.asConsole(session, { method: 'DELETE', url: '/api/session' });
    expect((await settingsWith(session.cookie)).statusCode).toBe(401);
  });
});

describe('a changed password ends every session', () => {
  it('after `npm run set-password` while the host runs, a session opened with the old password is refused', async () => {
    const leaked = await kit.signIn(PASSWORD);
    expect((await settingsWith(leaked.cookie)).statusCode).toBe(200);
    // What scripts/set-password.ts does: a new hash in DATA/auth.json, written behind the host's back.
    await writePasswordHash(
      authFilePath(kit.data),
      await hashPassword('a-new-passphrase-2024', TEST_SCRYPT),
      new Date(kit.clock.ms),
    );
    expect((await settingsWith(leaked.cookie)).statusCode).toBe(401);
    const renewed = await kit.signIn('a-new-passphrase-2024');
    expect((await settingsWith(renewed.cookie)).statusCode).toBe(200);
  });

  it('when auth.json is removed, no session outlives the password', async () => {
    const session = await kit.signIn();
    await rm(authFilePath(kit.data));
    expect((await settingsWith(session.cookie)).statusCode).toBe(401);
  });
});
