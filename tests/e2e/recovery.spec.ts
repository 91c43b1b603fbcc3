/**
 * The screen heals by itself: a render fault, a slow first picture, a broken
 * picture that comes back, a stream that dies without a word. Nobody is in
 * the hall to press reload.
 */
import { writeFile } from 'node:fs/promises';
import { createConnection, createServer, type Socket } from 'node:net';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { STREAM_CHECK_INTERVAL_MS, STREAM_SILENCE_LIMIT_MS } from '../../renderer/bridge/stream-liveness';
import { startHostProcess, type HostProcess } from '../support/host-process';

let host: HostProcess;
test.beforeEach(async () => {
  host = await startHostProcess();
});
test.afterEach(async () => {
  await host.dispose();
});

const activeSlide = (page: Page) => page.locator('[data-testid="slide"][data-active="true"]');

async function activeInfo(page: Page): Promise<{ id: string; startedAtMs: number }> {
  const slide = activeSlide(page);
  await expect(slide).toHaveCount(1);
  const id = (await slide.getAttribute('data-item-id')) as string;
  const startedAtMs = Number(await slide.getAttribute('data-started-at'));
  return { id, startedAtMs };
}

/** From now on every render that asks whether the screen is landscape throws, until `setRenderFault(page, false)`. */
async function setRenderFault(page: Page, on: boolean): Promise<void> {
  await page.evaluate((faulty) => {
    const flags = window as unknown as { renderFault?: boolean; renderFaultInstalled?: boolean };
    flags.renderFault = faulty;
    if (flags.renderFaultInstalled) return;
    flags.renderFaultInstalled = true;
    const matches = Object.getOwnPropertyDescriptor(MediaQueryList.prototype, 'matches') as PropertyDescriptor;
    Object.defineProperty(MediaQueryList.prototype, 'matches', {
      configurable: true,
      get(this: MediaQueryList) {
        if (flags.renderFault) throw new Error('a render fault injected by the test');
        return (matches.get as () => boolean).call(this);
      },
    });
  }, on);
}

test('a render fault that keeps recurring leaves the last picture on screen, not the standby card', async ({
  page,
}) => {
  await page.clock.install();
  await page.goto(host.url);
  const first = await activeInfo(page);
  await expect(activeSlide(page).locator('img.slide-image')).toBeVisible();

  await setRenderFault(page, true);
  await page.clock.pauseAt(first.startedAtMs + 8000 + 50); // the next slide renders, and fails
  const recovery = page.getByTestId('slide-recovery');
  await expect(recovery.locator('img')).toBeVisible();
  await expect(recovery.locator('img')).toHaveAttribute('src', new RegExp(`/${first.id}\\.jpg$`));
  // Tries again after 5 s and fails again: still the picture, never a blank.
  await page.clock.runFor(5_100);
  await expect(recovery.locator('img')).toBeVisible();
  await expect(page.locator('.stage')).toHaveCount(1);
});

test('after one render fault the slides come back by themselves within 10 s, with no new state', async ({ page }) => {
  await page.clock.install();
  await page.goto(host.url);
  const first = await activeInfo(page);
  await expect(activeSlide(page).locator('img.slide-image')).toBeVisible();

  await setRenderFault(page, true);
  await page.clock.pauseAt(first.startedAtMs + 8000 + 50);
  await expect(page.getByTestId('slide-recovery')).toHaveCount(1);
  await setRenderFault(page, false); // the fault passes

  await page.clock.runFor(10_000);
  await expect(activeSlide(page)).toHaveCount(1);
  await expect(activeSlide(page).locator('img.slide-image')).toBeVisible();
  await expect(page.getByTestId('slide-recovery')).toHaveCount(0);
});

test('while the first picture is still on its way the standby card shows, never a black slide area', async ({
  page,
}) => {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/media/**', async (route) => {
    await released;
    await route.continue();
  });
  await page.goto(host.url);

  const standby = page.locator('.stage-slides [data-testid="standby"]');
  await expect(standby).toHaveCount(1, { timeout: 2_000 }); // well before the no-state card would (3 s)
  await expect(standby.locator('.fallback')).toBeVisible();
  await expect(activeSlide(page)).toHaveCount(0); // no slide claims to be on screen while it is not

  release();
  await expect(activeSlide(page).locator('img.slide-image')).toBeVisible();
  await expect(standby).toHaveCount(0);
});

test('a single-slide rotation shows its picture once the server has it again, without a new state', async ({
  page,
}) => {
  let broken = true;
  await page.route('**/media/bundled/bk3.jpg', (route) =>
    broken ? route.fulfill({ status: 503, body: 'busy' }) : route.continue(),
  );
  await page.clock.install();
  await page.goto(host.url);
  await writeFile(
    join(host.dataDir, 'playlist.json'),
    JSON.stringify({ version: 1, items: [{ id: 'only', type: 'image', src: 'bk3', durationS: 10 }] }),
  );
  const only = page.locator('[data-testid="slide"][data-active="true"][data-item-id="only"]');
  await expect(only).toHaveAttribute('data-fallback', 'true');

  broken = false; // the server recovers; the rotation (one slide) never moves on
  await page.clock.runFor(61_000);
  await expect(only.locator('img.slide-image')).toBeVisible();
  await expect(only).not.toHaveAttribute('data-fallback', 'true');
});

test('an event stream the network drops without a word is opened again, and the newer state arrives', async ({
  page,
}) => {
  // A proxy standing in for the network between a hall screen and its host.
  const target = new URL(host.url);
  const links = new Set<{ client: Socket; upstream: Socket; events: boolean; dead: boolean }>();
  const proxy = createServer((client) => {
    const upstream = createConnection(Number(target.port), target.hostname);
    const link = { client, upstream, events: false, dead: false };
    links.add(link);
    client.on('data', (chunk: Buffer) => {
      if (chunk.toString('latin1').startsWith('GET /events')) link.events = true;
      if (!link.dead) upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => {
      if (!link.dead) client.write(chunk);
    });
    client.on('error', () => undefined);
    upstream.on('error', () => undefined);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => {
      if (!link.dead) client.destroy();
    });
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const { port } = proxy.address() as { port: number };
  const playlist = (slogan: string) =>
    JSON.stringify({
      version: 1,
      items: [{ id: 'b1', type: 'image', src: 'bk1', durationS: 30 }],
      marquee: { text: [slogan], speedPxPerS: 120 },
    });
  try {
    await writeFile(join(host.dataDir, 'playlist.json'), playlist('Trước khi mạng chập chờn'));
    await page.clock.install();
    await page.goto(`http://127.0.0.1:${port}/`);
    await expect(page.getByTestId('marquee')).toContainText('Trước khi mạng chập chờn');

    // The open stream goes silent: no FIN, no RST, nothing (a Wi-Fi roam, a NAT timeout). New connections work.
    for (const link of links) if (link.events) link.dead = true;
    await writeFile(join(host.dataDir, 'playlist.json'), playlist('Khẩu hiệu mới sau sự cố'));
    await page.waitForTimeout(1_500);
    await expect(page.getByTestId('marquee')).not.toContainText('Khẩu hiệu mới sau sự cố');

    await page.clock.runFor(STREAM_SILENCE_LIMIT_MS + STREAM_CHECK_INTERVAL_MS);
    await expect(page.getByTestId('marquee')).toContainText('Khẩu hiệu mới sau sự cố');
  } finally {
    for (const link of links) {
      link.client.destroy();
      link.upstream.destroy();
    }
    await new Promise<void>((resolve) => proxy.close(() => resolve()));
  }
});

test('a typeface that arrives late never makes the slogans jump: the band waits for it, then scrolls smoothly', async ({
  page,
}) => {
  await page.route('**/*.woff2', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 2_000)); // a slow disk at boot
    await route.continue();
  });
  await page.goto(host.url, { waitUntil: 'commit' });
  type Sample = { opacity: number; x: number; stripWidthPx: number; atMs: number };
  const samples: Array<Sample | null> = [];
  for (let i = 0; i < 50; i++) {
    samples.push(
      await page.evaluate(() => {
        const band = document.querySelector<HTMLElement>('[data-testid="marquee"]');
        const track = band?.querySelector<HTMLElement>('.marquee-track');
        const copy = band?.querySelector<HTMLElement>('.marquee-copy');
        if (!band || !track || !copy) return null;
        return {
          opacity: Number(getComputedStyle(band).opacity),
          x: new DOMMatrix(getComputedStyle(track).transform).m41,
          stripWidthPx: copy.getBoundingClientRect().width,
          atMs: performance.now(),
        };
      }),
    );
    await page.waitForTimeout(100);
  }
  const fontsLoaded = await page.evaluate(() => document.fonts.check('700 40px "Be Vietnam Pro"', 'Đại hội'));
  expect(fontsLoaded, 'the typeface arrived during the test').toBe(true);
  const shown = samples.filter((sample): sample is Sample => sample !== null && sample.opacity > 0);
  expect(shown.length, 'the band showed while the test watched').toBeGreaterThan(10);
  // At 120 px/s the band moves 12 px per 100 ms. A sample taken late (a loaded machine) has moved further by
  // the same speed; a jump is a move beyond what the time between samples explains. The loop's wrap from
  // -stripWidth back to 0 is seamless (the copies join), so distance counts modulo a strip.
  const excess = shown.slice(1).map((sample, index) => {
    const previous = shown[index] as Sample;
    const dx = Math.abs(sample.x - previous.x);
    const moved = Math.min(dx, Math.abs(dx - sample.stripWidthPx));
    return moved - (120 * (sample.atMs - previous.atMs)) / 1000;
  });
  expect(Math.max(...excess), 'the largest move beyond the band’s speed between two samples (px)').toBeLessThan(60);
});

test('a state that fails the schema is dropped and reported once, naming the field', async ({ page }) => {
  const reports: string[] = [];
  await page.route('**/player/report', async (route) => {
    reports.push(route.request().postData() ?? '');
    await route.fulfill({ status: 204 });
  });
  // What a broken host might send: JSON has no NaN, so the epoch arrives as null.
  const state = {
    revision: 1,
    epochMs: null,
    timezone: 'Asia/Ho_Chi_Minh',
    slides: [
      {
        kind: 'image',
        id: 'bk1',
        src: '/media/bundled/bk1.jpg',
        durationMs: 8000,
        transition: 'crossfade',
        fit: 'auto',
      },
    ],
    marquee: { slogans: ['Khẩu hiệu'], speedPxPerS: 120 },
    showClock: true,
    version: '0.1.0',
  };
  await page.route('**/events', (route) =>
    route.fulfill({
      status: 200,
      headers: { 'content-type': 'text/event-stream' },
      body: `retry: 200\nevent: state\ndata: ${JSON.stringify(state)}\n\n`,
    }),
  );
  await page.goto(host.url);
  // Heartbeats come and go as well; the problem is reported as a render error.
  const problems = () =>
    reports.map((r) => JSON.parse(r) as { type: string; message: string }).filter((r) => r.type === 'render-error');
  await expect.poll(() => problems().length).toBeGreaterThan(0);
  const report = problems()[0] as { type: string; message: string };
  expect(report.message).toMatch(/^invalid state from host: epochMs: /);
  // The stream reconnects and sends the same bad state again: no second report, and the page stands by.
  await page.waitForTimeout(1_500);
  expect(reports.filter((r) => r.includes('invalid state'))).toHaveLength(1);
  await expect(activeSlide(page)).toHaveCount(0);
  await expect(page.locator('.fallback')).toBeVisible();
});

test('checking states needs no eval: the page plays without a single CSP violation', async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.sourceFile}:${event.lineNumber}`),
    );
  });
  await page.goto(host.url);
  await expect(activeSlide(page).locator('img.slide-image')).toBeVisible();
  await expect(page.getByTestId('marquee')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
});
