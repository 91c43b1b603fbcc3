/**
 * A log file the disk will not take (the disk-read-only fault drill): the warnings and errors it could not write
 * are kept by the logger and shown in the console's /api/status, which otherwise read an empty log and looked
 * clean exactly while saves were failing. We run as root, so "cannot write" is made with a directory standing
 * where pano.log should be: no permission bit is involved.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SESSION_COOKIE } from '../../../main/core/api/routes';
import { statusResponseSchema } from '../../../main/core/api/status-api';
import type { RunningHost } from '../../../main/services/host/host-api';
import { startHost } from '../../../main/services/host/start-host';
import { createLogger } from '../../../main/services/logger';

const ASSETS_DIR = fileURLToPath(new URL('../../../assets', import.meta.url));
const PASSWORD = 'Dai-hoi-XIII-2023';

let dir: string;
let host: RunningHost | undefined;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pano-log-unwritable-'));
  host = undefined;
});

afterEach(async () => {
  await host?.close();
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

/** A log path that cannot be opened for writing, whoever we run as. */
async function unwritableLogFile(): Promise<string> {
  const file = join(dir, 'logs', 'pano.log');
  await mkdir(file, { recursive: true });
  return file;
}

describe('the logger', () => {
  it('keeps the warnings and errors (not the info) that the log file could not take', async () => {
    const lines: string[] = [];
    const times = ['2023-10-20T01:00:00.000Z', '2023-10-20T01:00:01.000Z', '2023-10-20T01:00:02.000Z'];
    let tick = 0;
    const logger = createLogger({
      file: await unwritableLogFile(),
      writeLine: (line) => lines.push(line),
      now: () => new Date(times[tick++] ?? '2023-10-20T02:00:00.000Z'),
    });

    logger.info('playlist-loaded', 'playlist.json loaded: 2 items');
    logger.warn('playlist-keep-failed', 'cannot keep a copy of the valid playlist');
    logger.error('settings-save-failed', 'cannot save settings.json (the disk is read-only)');

    expect(logger.unwrittenProblems()).toEqual([
      {
        at: '2023-10-20T01:00:01.000Z',
        level: 'warn',
        event: 'playlist-keep-failed',
        message: 'cannot keep a copy of the valid playlist',
      },
      {
        at: '2023-10-20T01:00:02.000Z',
        level: 'error',
        event: 'settings-save-failed',
        message: 'cannot save settings.json (the disk is read-only)',
      },
    ]);
    // The terminal is told once why the file stays empty.
    expect(lines.filter((line) => line.includes('cannot write the log file'))).toHaveLength(1);
  });

  it('keeps only the newest twenty, so a long outage cannot grow memory without end', async () => {
    const logger = createLogger({ file: await unwritableLogFile(), writeLine: () => undefined });
    for (let i = 1; i <= 25; i++) logger.error(`failure-${i}`, `failure number ${i}`);
    const kept = logger.unwrittenProblems();
    expect(kept).toHaveLength(20);
    expect(kept[0]?.event).toBe('failure-6');
    expect(kept.at(-1)?.event).toBe('failure-25');
  });

  it('keeps nothing aside while the log file takes every line', async () => {
    const file = join(dir, 'logs', 'pano.log');
    const logger = createLogger({ file, writeLine: () => undefined });
    logger.error('settings-save-failed', 'cannot save settings.json');
    expect(logger.unwrittenProblems()).toEqual([]);
    expect(await readFile(file, 'utf8')).toContain('settings-save-failed');
  });
});

describe('the console status of a host whose log file cannot be written', () => {
  it('lists the errors the log file never got', async () => {
    const dataDir = join(dir, 'data');
    const rendererDir = join(dir, 'renderer');
    await mkdir(join(rendererDir, 'player'), { recursive: true });
    await writeFile(join(rendererDir, 'player', 'index.html'), '<!doctype html><title>Pano</title>');
    await mkdir(join(dataDir, 'logs', 'pano.log'), { recursive: true });
    // An operator's slip the host must report as an error: a slide with no time on screen.
    await writeFile(
      join(dataDir, 'playlist.json'),
      JSON.stringify({ version: 1, items: [{ id: 'dai-hoi', type: 'image', src: 'bk3', durationS: 0 }] }),
    );
    // The host's own logger (the one that knows what the file missed) writes to stderr: keep the run quiet.
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);

    host = await startHost({
      dataDir,
      port: 0,
      host: '127.0.0.1',
      rendererDir,
      assetsDir: ASSETS_DIR,
      version: '0.1.0-test',
    });
    const url = host.url as string;
    // The first password, from this machine, as the console's first-start form sets it; it opens a session.
    const setup = await fetch(`${url}/api/setup-password`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ password: PASSWORD }),
    });
    expect(setup.status).toBe(200);
    const session = setup.headers
      .getSetCookie()
      .map((cookie) => cookie.split(';')[0] as string)
      .find((pair) => pair.startsWith(`${SESSION_COOKIE}=`));
    expect(session).toBeDefined();

    const response = await fetch(`${url}/api/status`, { headers: { cookie: session as string } });
    expect(response.status).toBe(200);
    const status = statusResponseSchema.parse(await response.json());
    const invalid = status.recentErrors.find((problem) => problem.event === 'playlist-invalid');
    expect(invalid).toMatchObject({ level: 'error', message: expect.stringContaining('playlist.json') });
  }, 20_000);
});
