import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openAuth } from '../../../../main/services/auth/auth';
import { authFilePath, hasOperatorPassword } from '../../../../main/services/auth/auth-file';
import { bindRefusal, isLoopbackBindAddress } from '../../../../main/services/auth/bind-guard';
import { hashPassword, verifyPassword } from '../../../../main/services/auth/password-hash';
import { createSignInLimiter } from '../../../../main/services/auth/sign-in-limiter';
import { startHost, HostStartError } from '../../../../main/services/host/start-host';

const SCRYPT = { N: 16384, r: 8, p: 1, keyLength: 32 };
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pano-auth-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('password hash', () => {
  it('is salted scrypt: the same password hashes differently and verifies; another does not', async () => {
    const a = await hashPassword('Công đoàn Bắc Kạn', SCRYPT);
    const b = await hashPassword('Công đoàn Bắc Kạn', SCRYPT);
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
    expect(await verifyPassword('Công đoàn Bắc Kạn', a)).toBe(true);
    // Typed on a system that composes letters differently: still the same password.
    expect(await verifyPassword('Công đoàn Bắc Kạn'.normalize('NFD'), a)).toBe(true);
    expect(await verifyPassword('cong doan bac kan', a)).toBe(false);
  });

  it('is stored in DATA/auth.json only as a hash; a weakened or broken file counts as no password', async () => {
    const auth = await openAuth({ dataDir: dir, scrypt: SCRYPT });
    expect(auth.passwordSet()).toBe(false);
    expect((await auth.setupPassword('first-password')).ok).toBe(true);
    const text = await readFile(authFilePath(dir), 'utf8');
    expect(text).not.toContain('first-password');
    expect(hasOperatorPassword(dir)).toBe(true);
    expect(await auth.setupPassword('second-password')).toEqual({ ok: false, error: 'a password is already set' });

    const weakened = JSON.parse(text) as { password: { scrypt: { N: number } } };
    weakened.password.scrypt.N = 1024;
    await writeFile(authFilePath(dir), JSON.stringify(weakened));
    expect(hasOperatorPassword(dir)).toBe(false);
    await writeFile(authFilePath(dir), '{"version":1');
    expect(hasOperatorPassword(dir)).toBe(false);
  });

  it('with no password set every sign-in fails, after the same work as a real check', async () => {
    const auth = await openAuth({ dataDir: dir, scrypt: SCRYPT });
    const started = performance.now();
    expect(await auth.signIn('anything-at-all', '10.0.0.1')).toEqual({ ok: false, status: 401 });
    expect(performance.now() - started).toBeGreaterThan(5); // scrypt ran against the decoy
  });
});

describe('sign-in limiter', () => {
  it('allows 5 failures, then locks out for 30 s, 60 s, 120 s … up to 15 min; a success forgets', () => {
    const clock = { ms: 0 };
    const limiter = createSignInLimiter(() => clock.ms);
    for (let i = 0; i < 5; i++) expect(limiter.failed('a')).toBe(0);
    expect(limiter.failed('a')).toBe(30);
    expect(limiter.retryAfterS('a')).toBe(30);
    expect(limiter.retryAfterS('b')).toBe(0);
    clock.ms += 30_000;
    expect(limiter.retryAfterS('a')).toBe(0);
    expect(limiter.failed('a')).toBe(60);
    for (let i = 0; i < 10; i++) limiter.failed('a');
    expect(limiter.retryAfterS('a')).toBe(900);
    limiter.succeeded('a');
    expect(limiter.retryAfterS('a')).toBe(0);
  });
});

describe('binding', () => {
  it('loopback is always allowed; any other address only with a password', async () => {
    for (const host of ['127.0.0.1', '127.0.0.2', '::1', '[::1]', 'localhost'])
      expect(isLoopbackBindAddress(host)).toBe(true);
    for (const host of ['0.0.0.0', '::', '192.168.1.20', '127.0.0.1.example.com'])
      expect(isLoopbackBindAddress(host)).toBe(false);
    expect(bindRefusal('127.0.0.1', dir)).toBeNull();
    expect(bindRefusal('0.0.0.0', dir)).toMatch(/no operator password is set.*npm run set-password -- --data-dir/);
    await (await openAuth({ dataDir: dir, scrypt: SCRYPT })).setupPassword('a-real-password');
    expect(bindRefusal('0.0.0.0', dir)).toBeNull();
  });

  it('the host refuses --host 0.0.0.0 without a password, before opening anything', async () => {
    const attempt = startHost({
      dataDir: dir,
      port: 0,
      host: '0.0.0.0',
      rendererDir: join(dir, 'renderer'),
      assetsDir: join(dir, 'assets'),
      version: 'test',
    });
    await expect(attempt).rejects.toBeInstanceOf(HostStartError);
    await expect(attempt).rejects.toThrow(/refusing to listen on 0\.0\.0\.0.*set-password/);
  });
});
