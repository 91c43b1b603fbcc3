import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { readPasswordHash } from '../../../main/services/auth/auth-file';
import { verifyPassword } from '../../../main/services/auth/password-hash';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pano-set-password-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const run = (input: string, dataDir: string) =>
  spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/set-password.ts', '--data-dir', dataDir], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    timeout: 30_000,
  });

it('stores the first line of stdin as a scrypt hash and says where', async () => {
  const data = join(dir, 'data');
  const result = run('Dai-hoi-XIII-2023\nignored second line\n', data);
  expect(result.status).toBe(0);
  expect(result.stdout).toContain(join(data, 'auth.json'));
  const stored = readPasswordHash(join(data, 'auth.json'));
  expect(stored).not.toBeNull();
  expect(await verifyPassword('Dai-hoi-XIII-2023', stored!)).toBe(true);
  expect(await readFile(join(data, 'auth.json'), 'utf8')).not.toContain('Dai-hoi');
}, 40_000);

it('refuses a password shorter than 8 characters and writes nothing', async () => {
  const result = run('short\n', dir);
  expect(result.status).toBe(2);
  expect(result.stderr).toContain('must be at least 8 characters');
  expect(readPasswordHash(join(dir, 'auth.json'))).toBeNull();
}, 40_000);
