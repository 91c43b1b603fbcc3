/**
 * A page left alone in a Chromium kiosk for months: it reloads itself when
 * its main thread was stuck, refreshes itself once a day at a slide change,
 * goes dark outside its display hours and wakes by itself, and tells the host
 * what it shows and that it is alive.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { Announcement } from '../../main/core/announcements';
import { PAGE_HEARTBEAT_INTERVAL_MS, REPORT_PATH, type ScreenReport } from '../../main/core/bridge';
import { DEFAULT_PAGE_WATCHDOG_CONFIG } from '../../main/core/kiosk/page-watchdog';
import { API_ROUTES, CSRF_HEADER } from '../../main/core/api/routes';
import { startHostProcess, type HostProcess } from '../support/host-process';
import { apiSession, PASSWORD } from './support-console';

let host: HostProcess | undefined;
let dataDir: string | undefined;
test.afterEach(async () => {
  await host?.dispose();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
  host = undefined;
  dataDir = undefined;
});

/** Starts a host whose data dir already holds these files, as an installer would have left them. */
async function startWith(files: { settings?: unknown; playlist?: unknown; announcements?: Announcement[] }) {
  dataDir = await mkdtemp(join(tmpdir(), 'pano-kiosk-'));
  if (files.settings) await writeFile(join(dataDir, 'settings.json'), JSON.stringify(files.settings));
  if (files.playlist) await writeFile(join(dataDir, 'playlist.json'), JSON.stringify(files.playlist));
  if (files.announcements) {
    const body = { version: 1, announcements: files.announcements };
    await writeFile(join(dataDir, 'announcements.json'), JSON.stringify(body));
  }
  host = await startHostProcess({ dataDir });
  return host;
}

const TWO_SLIDES = {
  version: 1,
  items: [
    { id: 'anh-bk1', type: 'image', src: 'bk1', durationS: 8 },
    { id: 'anh-bk2', type: 'image', src: 'bk2', durationS: 8 },
    { id: 'anh-bk3', type: 'image', src: 'bk3', durationS: 8 },
  ],
  marquee: { text: ['Đoàn kết – Dân chủ – Đổi mới'], speedPxPerS: 100 },
};
const SLIDE_MS = 8_000;

const DAY_MS = 86_400_000;
/** `hhmmss` in Hà Nội (the host's zone), `daysAhead` days from today there, as epoch ms. */
function hanoi(daysAhead: number, hhmmss: string): number {
  const day = new Date(Date.now() + 7 * 3_600_000 + daysAhead * DAY_MS).toISOString().slice(0, 10);
  return Date.parse(`${day}T${hhmmss}+07:00`);
}
function hanoiIso(ms: number): string {
  return `${new Date(ms + 7 * 3_600_000).toISOString().slice(0, 19)}+07:00`;
}

const active = (page: Page) => page.locator('[data-testid="slide"][data-active="true"]');

/** Every report the page POSTs to the host, in the order it sent them (across reloads). */
function collectReports(page: Page): ScreenReport[] {
  const reports: ScreenReport[] = [];
  page.on('request', (request) => {
    if (request.method() !== 'POST' || new URL(request.url()).pathname !== REPORT_PATH) return;
    reports.push(JSON.parse(request.postData() ?? 'null') as ScreenReport);
  });
  return reports;
}
const ofType = <T extends ScreenReport['type']>(reports: ScreenReport[], type: T) =>
  reports.filter((report): report is Extract<ScreenReport, { type: T }> => report.type === type);

/** Counts the page loads after this call (a reload is one). */
function countLoads(page: Page): () => number {
  let loads = 0;
  page.on('load', () => (loads += 1));
  return () => loads;
}

/** Leaves a mark on this page load; a reload wipes it. */
const markPage = (page: Page) => page.evaluate(() => ((window as { kioskMark?: true }).kioskMark = true));
const isSamePage = (page: Page) => page.evaluate(() => (window as { kioskMark?: true }).kioskMark === true);

test('a page whose main thread was blocked longer than the limit reloads itself and plays again', async ({ page }) => {
  test.setTimeout(90_000);
  const running = await startWith({ playlist: TWO_SLIDES });
  const reports = collectReports(page);
  await page.goto(running.url);
  await expect(active(page).locator('img.slide-image')).toBeVisible();
  await markPage(page);
  const loads = countLoads(page);

  // A runaway script holds the main thread past the limit; nothing else can run meanwhile.
  const blockMs = DEFAULT_PAGE_WATCHDOG_CONFIG.blockedThresholdMs + 3_000;
  await page.evaluate((ms) => {
    const until = performance.now() + ms;
    while (performance.now() < until) {
      // busy
    }
  }, blockMs);

  await expect.poll(loads, { timeout: 15_000 }).toBe(1);
  expect(await isSamePage(page)).toBe(false);
  await expect(active(page).locator('img.slide-image')).toBeVisible();
  const reloading = ofType(reports, 'reloading');
  expect(reloading).toHaveLength(1);
  expect(reloading[0]).toMatchObject({ reason: 'blocked', detail: expect.stringContaining('blocked') });
  // The reloaded page is a new page to the host.
  await expect.poll(() => new Set(ofType(reports, 'heartbeat').map((beat) => beat.pageId)).size).toBe(2);
  await running.waitForLog('the page reloads itself (blocked)');
});

test('outside its display hours the screen is black with nothing running, and it wakes at 06:00 by itself', async ({
  page,
}) => {
  const hours = [{ start: '06:00', end: '22:00' }];
  const running = await startWith({
    playlist: TWO_SLIDES,
    settings: {
      displayPower: {
        enabled: true,
        on: { mon: hours, tue: hours, wed: hours, thu: hours, fri: hours, sat: hours, sun: hours },
      },
    },
  });
  const reports = collectReports(page);
  await page.clock.install({ time: hanoi(2, '21:59:40') });
  await page.goto(running.url);
  await expect(active(page).locator('img.slide-image')).toBeVisible();
  await expect(page.getByTestId('marquee')).toBeVisible();
  await expect(page.getByTestId('display-off')).toHaveCount(0);
  await markPage(page);

  await page.clock.pauseAt(hanoi(2, '23:00:00'));
  await expect(page.getByTestId('display-off')).toBeVisible();
  await expect(page.getByTestId('display-off')).toHaveCSS('background-color', 'rgb(0, 0, 0)');
  await expect(page.locator('[data-testid="slide"], [data-testid="standby"]')).toHaveCount(0);
  await expect(page.getByTestId('marquee')).toHaveCount(0);
  await expect(page.getByTestId('clock')).toHaveCount(0);
  // Not hidden but stopped: no animation of any kind is left in the document.
  expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);

  // Still alive while dark: heartbeats go on, with no slide on screen.
  const beatsBefore = ofType(reports, 'heartbeat').length;
  await page.clock.runFor(PAGE_HEARTBEAT_INTERVAL_MS * 2);
  await expect.poll(() => ofType(reports, 'heartbeat').length).toBeGreaterThan(beatsBefore);
  expect(ofType(reports, 'heartbeat').at(-1)).toMatchObject({ slideId: null });

  await page.clock.pauseAt(hanoi(3, '05:59:59'));
  await expect(page.getByTestId('display-off')).toBeVisible();
  await page.clock.pauseAt(hanoi(3, '06:00:00') + 100);
  await expect(active(page).locator('img.slide-image')).toBeVisible();
  await expect(page.getByTestId('marquee')).toBeVisible();
  await expect(page.getByTestId('display-off')).toHaveCount(0);
  expect(await isSamePage(page)).toBe(true); // woke by itself, no reload
});

/** The first slide change at or after `atMs`, given a slide that started at `startedAtMs`. */
function boundaryAtOrAfter(startedAtMs: number, atMs: number): number {
  return startedAtMs + Math.ceil((atMs - startedAtMs) / SLIDE_MS) * SLIDE_MS;
}

test('the daily maintenance reload happens once, at the first slide change after 03:30', async ({ page }) => {
  const running = await startWith({ playlist: TWO_SLIDES, settings: { maintenance: { reloadAt: '03:30' } } });
  const reports = collectReports(page);
  // Loaded the evening before (a page loaded on the day itself counts as that day's refresh).
  await page.clock.install({ time: hanoi(1, '23:59:50') });
  await page.goto(running.url);
  await expect(active(page).locator('img.slide-image')).toBeVisible();
  await markPage(page);
  const loads = countLoads(page);
  const startedAtMs = Number(await active(page).getAttribute('data-started-at'));
  const due = boundaryAtOrAfter(startedAtMs, hanoi(2, '03:30:00'));
  // The night goes by; the last slide change before 03:30 is an ordinary one. (A jump of the page clock
  // fires a timer it passes at the moment it lands on, so the test lands on each slide change it means.)
  await page.clock.pauseAt(due - SLIDE_MS);
  await expect(active(page)).toHaveAttribute('data-started-at', String(due - SLIDE_MS));
  expect(await isSamePage(page)).toBe(true);
  // Past 03:30 but before the next slide change: the slide on screen is not cut short.
  if (due - 500 > hanoi(2, '03:30:00')) {
    await page.clock.pauseAt(due - 500);
    expect(await isSamePage(page)).toBe(true);
  }

  await page.clock.pauseAt(due + 100);
  await expect.poll(loads).toBe(1);
  expect(await isSamePage(page)).toBe(false);
  // The reloaded page shows the slide that was due: to a viewer, an ordinary slide change.
  await expect(active(page)).toHaveAttribute('data-started-at', String(due));
  await expect(active(page).locator('img.slide-image')).toBeVisible();
  expect(ofType(reports, 'reloading')).toEqual([expect.objectContaining({ reason: 'maintenance' })]);

  // Once a day: the following slide changes are ordinary ones.
  await page.clock.pauseAt(due + SLIDE_MS + 100);
  await page.clock.pauseAt(due + 2 * SLIDE_MS + 100);
  await expect(active(page)).toHaveAttribute('data-started-at', String(due + 2 * SLIDE_MS));
  expect(loads()).toBe(1);
  expect(ofType(reports, 'reloading')).toHaveLength(1);
});

test('the maintenance reload waits until an announcement is over', async ({ page }) => {
  const starts = hanoi(2, '03:29:00');
  const ends = hanoi(2, '03:31:00');
  const running = await startWith({
    playlist: TWO_SLIDES,
    settings: { maintenance: { reloadAt: '03:30' } },
    announcements: [
      {
        id: 'hop-khan',
        mode: 'takeover',
        title: 'Họp khẩn Ban Thường vụ',
        body: 'Mời các đồng chí về phòng họp tầng 2.',
        startsAt: hanoiIso(starts),
        endsAt: hanoiIso(ends),
      },
    ],
  });
  const reports = collectReports(page);
  await page.clock.install({ time: hanoi(1, '23:59:50') });
  await page.goto(running.url);
  await expect(active(page).locator('img.slide-image')).toBeVisible();
  await markPage(page);
  const loads = countLoads(page);
  const startedAtMs = Number(await active(page).getAttribute('data-started-at'));
  await page.clock.pauseAt(hanoi(2, '03:29:50'));
  await expect(page.locator('[data-announcement-id="hop-khan"]')).toBeVisible();

  // Every slide change while the announcement is on screen passes without a reload.
  for (let at = boundaryAtOrAfter(startedAtMs, hanoi(2, '03:30:00')); at < ends; at += SLIDE_MS) {
    await page.clock.pauseAt(at + 100);
    await expect(active(page)).toHaveAttribute('data-started-at', String(at));
  }
  expect(await isSamePage(page)).toBe(true);
  expect(ofType(reports, 'reloading')).toHaveLength(0);

  const after = boundaryAtOrAfter(startedAtMs, ends);
  await page.clock.pauseAt(after + 100);
  await expect.poll(loads).toBe(1);
  expect(ofType(reports, 'reloading')).toEqual([expect.objectContaining({ reason: 'maintenance' })]);
  await expect(page.locator('[data-announcement-id="hop-khan"]')).toHaveCount(0);
});

test('the host hears which slides went on screen, in order, once each, and a heartbeat naming the one shown', async ({
  page,
}) => {
  const running = await startWith({ playlist: TWO_SLIDES });
  const reports = collectReports(page);
  await page.clock.install({ time: hanoi(2, '10:00:00') });
  await page.goto(running.url);
  await expect(active(page).locator('img.slide-image')).toBeVisible();
  const first = await active(page).getAttribute('data-item-id');
  const startedAtMs = Number(await active(page).getAttribute('data-started-at'));

  for (let change = 1; change <= 4; change++) {
    await page.clock.pauseAt(startedAtMs + change * SLIDE_MS + 100);
    await expect(active(page)).toHaveAttribute('data-started-at', String(startedAtMs + change * SLIDE_MS));
    await expect(active(page).locator('img.slide-image')).toBeVisible();
  }
  await expect.poll(() => ofType(reports, 'slide-shown').length).toBe(5);

  const ids = TWO_SLIDES.items.map((item) => item.id);
  const from = ids.indexOf(first as string);
  const expected = [0, 1, 2, 3, 4].map((step) => ids[(from + step) % ids.length]);
  const shown = ofType(reports, 'slide-shown');
  expect(shown.map((report) => report.itemId)).toEqual(expected);
  expect(shown.map((report) => report.kind)).toEqual(expected.map(() => 'image'));
  // Each at the moment it went on screen by the page clock; the first when the page showed it.
  expect(shown.slice(1).map((report) => report.atMs)).toEqual(
    [1, 2, 3, 4].map((change) => startedAtMs + change * SLIDE_MS + 100),
  );

  await page.clock.runFor(PAGE_HEARTBEAT_INTERVAL_MS + 100);
  await expect.poll(() => ofType(reports, 'heartbeat').at(-1)?.slideId).toBe(expected[4]);
  const pageIds = new Set([...shown, ...ofType(reports, 'heartbeat')].map((report) => report.pageId));
  expect(pageIds.size).toBe(1);
  expect([...pageIds][0]).toMatch(/^[0-9a-f-]{36}$/);
});

/** Sets the operator password from this machine, as the first-start page does, and signs in. */
async function operatorSession(url: string): Promise<{ cookie: string; csrf: string }> {
  const setup = await fetch(`${url}${API_ROUTES.setupPassword}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify({ password: PASSWORD }),
  });
  expect(setup.status).toBe(200);
  return apiSession(url);
}

test('an operator’s “refresh the screens” reloads the page at its next slide change, not before', async ({ page }) => {
  const running = await startWith({ playlist: TWO_SLIDES });
  const session = await operatorSession(running.url);
  const reports = collectReports(page);
  await page.clock.install({ time: hanoi(1, '10:00:00') });
  await page.goto(running.url);
  await expect(active(page).locator('img.slide-image')).toBeVisible();
  await markPage(page);
  const loads = countLoads(page);
  const startedAtMs = Number(await active(page).getAttribute('data-started-at'));
  // A slide change at least 4 s ahead of the page's clock, which has run on while the page loaded.
  const next = boundaryAtOrAfter(startedAtMs, (await page.evaluate(() => Date.now())) + 4_500);
  await page.clock.pauseAt(next - 4_000);
  await expect(active(page)).toHaveAttribute('data-started-at', String(next - SLIDE_MS));

  const asked = await fetch(`${running.url}${API_ROUTES.screensReload}`, {
    method: 'POST',
    headers: {
      cookie: session.cookie,
      [CSRF_HEADER]: session.csrf,
      'content-type': 'application/json',
      origin: running.url,
    },
    body: '{}',
  });
  expect(asked.status).toBe(200);
  expect(((await asked.json()) as { screens: number }).screens).toBeGreaterThanOrEqual(1);
  await running.waitForLog('refresh at their next slide change');

  // The slide on screen is not cut short.
  await page.clock.pauseAt(next - 500);
  expect(await isSamePage(page)).toBe(true);
  expect(loads()).toBe(0);

  await page.clock.pauseAt(next + 100);
  await expect.poll(loads).toBe(1);
  expect(await isSamePage(page)).toBe(false);
  await expect(active(page)).toHaveAttribute('data-started-at', String(next));
  await expect(active(page).locator('img.slide-image')).toBeVisible();
  expect(ofType(reports, 'reloading')).toEqual([expect.objectContaining({ reason: 'host-request' })]);
});
