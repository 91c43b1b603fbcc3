import { spawnSync } from 'node:child_process';
import { connect, createServer } from 'node:net';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { healthSchema, type Health } from '../../main/core/health';
import { REPO_ROOT, SERVE_ENTRY, startHostProcess } from '../support/host-process';

test('/healthz answers with the fields of the contract', async () => {
  const host = await startHostProcess();
  try {
    const response = await fetch(`${host.url}/healthz`);
    expect(response.status).toBe(200);
    const health = healthSchema.parse(await response.json());
    expect(health.status).toBe('ok');
    expect(health.playlist.items).toBe(6);
    expect(health.playlist.slides).toBe(6);
    expect(health.feed).toMatchObject({ url: null, origin: 'sample', lastSuccessAt: null, items: 1, stale: false });
    expect((await fetch(`${host.url}/api/playlist`, { method: 'PUT', body: '{}' })).status).toBe(401);
    expect(await (await fetch(`${host.url}/metrics`)).text()).toContain('pano_slides 6');
  } finally {
    await host.dispose();
  }
});

test('SIGTERM stops the host within 5 s, cleanly', async () => {
  const host = await startHostProcess();
  const result = await host.stop();
  expect(result.code).toBe(0);
  expect(result.ms).toBeLessThan(5000);
  await host.dispose();
});

test('SIGTERM stops the host within 5 s even while a slow screen is still downloading a large picture', async () => {
  const host = await startHostProcess();
  await mkdir(join(host.dataDir, 'media'), { recursive: true });
  await writeFile(join(host.dataDir, 'media', 'lon.jpg'), Buffer.alloc(20 * 1024 * 1024, 0xff));
  // A client that asks and then reads nothing: the server's socket stays busy with unsent bytes.
  const socket = connect(Number(new URL(host.url).port), '127.0.0.1');
  socket.write('GET /media/library/lon.jpg HTTP/1.1\r\nHost: x\r\n\r\n');
  socket.pause();
  await new Promise((resolve) => setTimeout(resolve, 500));
  const result = await host.stop();
  socket.destroy();
  expect(result.code).toBe(0);
  expect(result.ms).toBeLessThan(5000);
  await host.dispose();
});

test('the host keeps serving when the terminal that read its output goes away', async () => {
  const host = await startHostProcess();
  try {
    host.child.stderr?.destroy();
    host.child.stdout?.destroy();
    // Something to log: a new playlist.
    await writeFile(
      join(host.dataDir, 'playlist.json'),
      JSON.stringify({ version: 1, items: [{ id: 'a', type: 'image', src: 'bk2', durationS: 8 }] }),
    );
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const health = (await (await fetch(`${host.url}/healthz`)).json()) as { playlist: { items: number } };
    expect(health.playlist.items).toBe(1);
    expect(host.child.exitCode).toBeNull();
  } finally {
    await host.dispose();
  }
});

test('the host prints exactly one ready line on stdout', async () => {
  const host = await startHostProcess();
  try {
    expect(host.stdout().trim().split('\n')).toEqual([`pano: listening on ${host.url}`]);
  } finally {
    await host.dispose();
  }
});

test('bad flags, a port in use and an unusable data dir each get one clear line and no stack trace', async () => {
  const run = (args: string[]) =>
    spawnSync(process.execPath, [SERVE_ENTRY, ...args], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 15_000 });
  const tmp = await mkdtemp(join(tmpdir(), 'pano-flags-'));
  const blocker = createServer();
  try {
    const unknown = run(['--colour', 'red', '--data-dir', tmp]);
    expect(unknown.status).not.toBe(0);
    expect(unknown.stderr.trim()).toBe(
      'pano: unknown flag --colour (known flags: --data-dir, --port, --host, --feed-url, --timezone)',
    );

    const badPort = run(['--port', 'abc', '--data-dir', tmp]);
    expect(badPort.stderr).toContain('--port must be a whole number');

    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    const inUse = run(['--port', String(port), '--data-dir', tmp]);
    expect(inUse.status).not.toBe(0);
    expect(inUse.stderr).toMatch(new RegExp(`port ${port} .*already in use.*--port`));

    for (const result of [unknown, badPort, inUse]) {
      expect(result.stderr, 'no stack trace reaches the operator').not.toMatch(/\n\s+at /);
      expect(result.stdout).toBe('');
    }
  } finally {
    blocker.close();
    await rm(tmp, { recursive: true, force: true });
  }
});

test('an unusable data dir is named in one line, and the screen plays the bundled defaults anyway', async ({
  page,
}) => {
  const tmp = await mkdtemp(join(tmpdir(), 'pano-baddir-'));
  const file = join(tmp, 'a-file');
  await writeFile(file, 'x');
  const host = await startHostProcess({ dataDir: file });
  try {
    expect(host.stderr()).toContain(`the data directory ${file} is a file, not a folder; playing the bundled defaults`);
    expect(host.stderr()).not.toMatch(/\n\s+at /);
    await page.goto(host.url);
    await expect(page.locator('[data-testid="slide"][data-active="true"]')).toHaveCount(1);
    const health = (await (await fetch(`${host.url}/healthz`)).json()) as { status: string };
    expect(health.status).toBe('degraded');
  } finally {
    await host.dispose();
    await rm(tmp, { recursive: true, force: true });
  }
});

test('a corrupt settings.json is kept aside and the screen plays with defaults', async ({ page }) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'pano-settings-'));
  await writeFile(join(dataDir, 'settings.json'), '{"timezone": "Asia/Ho_Chi_Minh", ');
  const host = await startHostProcess({ dataDir });
  try {
    expect(host.stderr()).toMatch(/settings\.json: is not valid JSON.*kept as .*settings\.json\.invalid-/);
    await page.goto(host.url);
    await expect(page.locator('[data-testid="slide"][data-active="true"]')).toHaveCount(1);
  } finally {
    await host.dispose();
    await rm(dataDir, { recursive: true, force: true });
  }
});

test('the page reconnects by itself when the host restarts, and takes the new state', async ({ page }) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'pano-restart-'));
  const first = await startHostProcess({ dataDir });
  const port = new URL(first.url).port;
  try {
    await page.goto(first.url);
    await expect(page.locator('[data-testid="slide"][data-active="true"]')).toHaveCount(1);
    await first.stop();
    await writeFile(
      join(dataDir, 'playlist.json'),
      JSON.stringify({
        version: 1,
        items: [{ id: 'sau-khi-khoi-dong-lai', type: 'image', src: 'bk4', durationS: 30 }],
      }),
    );
    const second = await startHostProcess({ dataDir, args: ['--port', port] });
    try {
      await expect(page.locator('[data-testid="slide"][data-active="true"]')).toHaveAttribute(
        'data-item-id',
        'sau-khi-khoi-dong-lai',
        { timeout: 20_000 },
      );
    } finally {
      await second.dispose();
    }
  } finally {
    await first.dispose();
    await rm(dataDir, { recursive: true, force: true });
  }
});

test('after a host restart the page reconnects and carries on with the same slide, not from the first one', async ({
  page,
}) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'pano-resume-'));
  const first = await startHostProcess({ dataDir });
  const port = new URL(first.url).port;
  const active = page.locator('[data-testid="slide"][data-active="true"]');
  try {
    await page.clock.install();
    await page.goto(first.url);
    await expect(active).toHaveCount(1);
    // Well into the rotation, away from its first slide, and held there while the host is away.
    const now = await page.evaluate(() => Date.now());
    await page.clock.pauseAt(now + 20_000);
    await expect(active).not.toHaveAttribute('data-item-id', 'bk1');
    const before = {
      item: await active.getAttribute('data-item-id'),
      at: await active.getAttribute('data-started-at'),
    };
    await page.evaluate(() => ((window as { samePage?: true }).samePage = true));

    await first.stop();
    const second = await startHostProcess({ dataDir, args: ['--port', port] });
    try {
      // The page is back on the new host's stream (it counts connected screens)…
      await expect
        .poll(async () => ((await (await fetch(`${second.url}/healthz`)).json()) as Health).screens.connected, {
          timeout: 20_000,
        })
        .toBe(1);
      await page.clock.runFor(1_000);
      // …and shows the same showing of the same slide: the rotation kept its start across the restart.
      await expect(active).toHaveAttribute('data-item-id', before.item as string);
      await expect(active).toHaveAttribute('data-started-at', before.at as string);
      expect(await page.evaluate(() => (window as { samePage?: true }).samePage)).toBe(true);
    } finally {
      await second.dispose();
    }
  } finally {
    await first.dispose();
    await rm(dataDir, { recursive: true, force: true });
  }
});
