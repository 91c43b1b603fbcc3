/**
 * The host listens beyond this machine only when the console is protected:
 * without an operator password, any address reachable from elsewhere is
 * refused before anything starts, whatever way it is spelled. (The basic
 * 0.0.0.0 case is in tests/unit/services/auth/auth.test.ts.)
 */
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openAuth } from '../../../main/services/auth/auth';
import { bindRefusal, isLoopbackBindAddress } from '../../../main/services/auth/bind-guard';
import { createLogger } from '../../../main/services/logger';
import { HostStartError, startHost } from '../../../main/services/host/start-host';
import type { RunningHost } from '../../../main/services/host/host-api';

const ASSETS_DIR = join(import.meta.dirname, '..', '..', '..', 'assets');
const SCRYPT = { N: 16384, r: 8, p: 1, keyLength: 32 };

/** Addresses other machines could reach (or that could resolve to one): never without a password. */
const REACHABLE = [
  '0.0.0.0',
  '::',
  '[::]',
  '0:0:0:0:0:0:0:0',
  '::ffff:0.0.0.0',
  '192.168.1.20',
  '10.0.0.5',
  '::ffff:192.168.1.20',
  'fe80::1',
  '2001:db8::20',
  '0', // resolves to 0.0.0.0
  '2130706433', // a number some resolvers read as an address; not ours to guess
  '0x7f000001',
  '127.1',
  'localhost.evil.example',
  '127.0.0.1.nip.io',
  'pano-kiosk', // the machine's own name resolves to its LAN address
  '',
];

/** Addresses only this machine can reach. */
const LOOPBACK = [
  '127.0.0.1',
  '127.0.0.2',
  '127.255.255.254',
  'localhost',
  'LocalHost',
  '::1',
  '[::1]',
  '::ffff:127.0.0.1',
];

let dir: string;
let dataDir: string;
let host: RunningHost | undefined;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pano-bind-guard-'));
  dataDir = join(dir, 'data');
  await mkdir(join(dir, 'renderer', 'player'), { recursive: true });
  await writeFile(join(dir, 'renderer', 'player', 'index.html'), '<!doctype html><title>player</title>');
  host = undefined;
});
afterEach(async () => {
  await host?.close();
  await rm(dir, { recursive: true, force: true });
});

const start = (address: string) =>
  startHost(
    { dataDir, port: 0, host: address, rendererDir: join(dir, 'renderer'), assetsDir: ASSETS_DIR, version: 'test' },
    createLogger({ writeLine: () => undefined }),
  );

describe('which addresses are loopback', () => {
  it.each(REACHABLE)('"%s" is not loopback', (address) => {
    expect(isLoopbackBindAddress(address)).toBe(false);
  });
  it.each(LOOPBACK)('"%s" is loopback', (address) => {
    expect(isLoopbackBindAddress(address)).toBe(true);
  });
});

describe('without an operator password', () => {
  it('every reachable address is refused with a line saying how to set a password', () => {
    for (const address of REACHABLE) {
      expect(bindRefusal(address, dataDir), address).toMatch(
        /^refusing to listen on .*no operator password is set\. Set one first with: npm run set-password -- --data-dir /,
      );
    }
  });

  it.each(['0.0.0.0', '::', '192.168.1.20', 'fe80::1'])(
    'the host refuses "%s" before it listens, and no password file appears to get round it',
    async (address) => {
      const attempt = start(address);
      await expect(attempt).rejects.toBeInstanceOf(HostStartError);
      await expect(attempt).rejects.toThrow(`refusing to listen on ${address}`);
      // Nothing was started that would need stopping, and no auth file appeared to "fix" it.
      expect(await readdir(dataDir).catch(() => [])).not.toContain('auth.json');
    },
  );

  it.each(['127.0.0.1', 'localhost'])('the host starts on "%s" and listens on loopback only', async (address) => {
    host = await start(address);
    expect(host.url).toMatch(/^http:\/\/(127\.0\.0\.1|localhost|\[::1\]):\d+$/);
  });

  it('"::1" is allowed by the guard (no IPv6 listening in this test: only 127.0.0.1 is used)', () => {
    expect(bindRefusal('::1', dataDir)).toBeNull();
    expect(bindRefusal('[::1]', dataDir)).toBeNull();
  });
});

describe('with an operator password', () => {
  it('every address is allowed; a damaged auth.json counts as no password and refuses again', async () => {
    await (await openAuth({ dataDir, scrypt: SCRYPT })).setupPassword('a-real-passphrase');
    for (const address of [...REACHABLE, ...LOOPBACK]) expect(bindRefusal(address, dataDir), address).toBeNull();
    await writeFile(join(dataDir, 'auth.json'), '{"version":1,"password":"hunter2"}');
    expect(bindRefusal('0.0.0.0', dataDir)).toMatch(/no operator password is set/);
  });
});
