import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkForRelease, channelFileName, downloadRelease } from '../../../../main/services/update/release-check';
import { appImagePaths, installDownload, type AppImagePaths } from '../../../../main/services/update/update-files';
import { NEW_VERSION, startUpdateServer, type UpdateServer } from './update-server';

const OLD = Buffer.from('#!/bin/sh\necho "Pano 1.3.0"\n');
let dir: string;
let paths: AppImagePaths;
let server: UpdateServer | null = null;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pano-release-'));
  paths = appImagePaths(dir);
  await writeFile(paths.current, OLD, { mode: 0o755 });
});
afterEach(async () => {
  await server?.close();
  server = null;
  await rm(dir, { recursive: true, force: true });
});

const check = (s: UpdateServer, validators = null as Parameters<typeof checkForRelease>[0]['validators']) =>
  checkForRelease({ feedUrl: s.url, arch: 'x64', currentVersion: '1.3.0', validators, timeoutMs: 5000 });

describe('release check against a local update server', () => {
  it('finds a newer release, then asks with its ETag and gets a 304', async () => {
    server = await startUpdateServer('valid');
    const first = await check(server);
    expect(first).toMatchObject({ ok: true, notModified: false, newer: true, release: { version: NEW_VERSION } });
    if (!first.ok) throw new Error(first.error);
    expect(await check(server, first.validators)).toMatchObject({ ok: true, notModified: true });
    expect(server.requests.at(-1)?.ifNoneMatch).toBe(first.validators.etag);
  });

  it('downloads, verifies and installs a valid release; the old AppImage is kept as previous', async () => {
    server = await startUpdateServer('valid');
    const found = await check(server);
    if (!found.ok || found.notModified) throw new Error('no release');
    expect(await downloadRelease(server.url, found.release, paths)).toEqual({ ok: true });
    expect(await installDownload(paths, found.release.files[0]!)).toEqual({ ok: true });
    expect(await readFile(join(dir, 'Pano.AppImage'))).toEqual(server.appImage);
    expect(await readFile(join(dir, 'Pano.previous.AppImage'))).toEqual(OLD);
  });

  it('refuses a malformed latest-linux.yml with the field named, and downloads nothing', async () => {
    server = await startUpdateServer('malformed');
    expect(await check(server)).toEqual({
      ok: false,
      error: `${server.url}/latest-linux.yml is not a release description: files[0].sha512 is missing`,
    });
    expect(server.requests.map((request) => request.path)).toEqual(['/pano/latest-linux.yml']);
  });

  it('refuses a download whose SHA-512 differs: the old AppImage is still there and nothing else is left', async () => {
    server = await startUpdateServer('wrong-sha512');
    const found = await check(server);
    if (!found.ok || found.notModified) throw new Error('no release');
    expect(await downloadRelease(server.url, found.release, paths)).toEqual({
      ok: false,
      error: 'the download’s SHA-512 does not match the update server’s; it was not installed',
    });
    expect(await readFile(join(dir, 'Pano.AppImage'))).toEqual(OLD);
    expect(await readdir(dir)).toEqual(['Pano.AppImage']);
  });

  it('reads a staged rollout as the server states it', async () => {
    server = await startUpdateServer('staged');
    expect(await check(server)).toMatchObject({ ok: true, release: { stagingPercentage: 10 } });
  });

  it('says plainly when the server cannot be reached or has no channel file', async () => {
    server = await startUpdateServer('valid');
    const missing = await checkForRelease({
      feedUrl: server.url,
      channel: 'beta',
      arch: 'x64',
      currentVersion: '1.3.0',
    });
    expect(missing).toEqual({
      ok: false,
      error: `cannot fetch ${server.url}/beta-linux.yml: the server answered 404 Not Found`,
    });
    expect(channelFileName(undefined, 'arm64')).toBe('latest-linux-arm64.yml');
  });
});
