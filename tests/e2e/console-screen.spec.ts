// The console's Screen page against the real host (issue 5): an operator sets the display hours, the daily
// refresh and the update server without touching settings.json; what the server refuses is named on the field
// and nothing is stored. Also the Status page's proof-of-play link and screenshot button.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { HostProcess } from '../support/host-process';
import { PASSWORD, signIn, startConsoleHost } from './support-console';

let host: HostProcess | undefined;
test.afterEach(async () => {
  await host?.dispose();
  host = undefined;
});

const settingsFile = (h: HostProcess) => join(h.dataDir, 'settings.json');
const settingsText = (h: HostProcess) => readFile(settingsFile(h), 'utf8');
const storedSettings = async (h: HostProcess) => JSON.parse(await settingsText(h)) as Record<string, unknown>;

const WORKING_DAY = [{ start: '06:00', end: '22:00' }];

async function openScreenPage(page: Page, h: HostProcess): Promise<void> {
  await signIn(page, h);
  await page.getByTestId('nav-screen').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Màn hình');
}

test('display hours, daily refresh and updates set on the Screen page are stored and kept after a reload', async ({
  page,
}) => {
  host = await startConsoleHost({ password: PASSWORD });
  await openScreenPage(page, host);
  const summary = page.getByTestId('power-summary');
  await expect(summary).toHaveText('Màn hình luôn bật.');

  await page.getByTestId('power-enabled').check();
  await page.getByTestId('power-mon-0-start').fill('07:00');
  await page.getByTestId('power-mon-0-end').fill('21:00');
  // Saturday: the working day, then a wedding-season evening that runs until 01:00 on Sunday morning.
  await page.getByTestId('power-sat-add').click();
  await page.getByTestId('power-sat-1-start').fill('22:00');
  await page.getByTestId('power-sat-1-end').fill('01:00');
  await expect(page.getByTestId('power-day-sat')).toContainText('Tắt vào sáng hôm sau');
  await expect(summary.getByRole('listitem')).toHaveText([
    'Thứ Hai: bật 07:00–21:00',
    'Thứ Ba–Thứ Sáu: bật 06:00–22:00',
    'Thứ Bảy: bật 06:00–22:00, 22:00–01:00 (hôm sau)',
    'Chủ Nhật: bật 06:00–22:00',
  ]);

  await page.getByTestId('maintenance-time').fill('04:15');
  await page.getByTestId('updates-url').fill('https://updates.ldld-backan.vn/pano');
  await page.getByTestId('updates-hours').fill('12');
  await page.getByTestId('updates-window-start').fill('01:00');
  await page.getByTestId('updates-window-end').fill('04:00');
  await page.getByTestId('updates-channel').fill('beta');

  await page.getByTestId('screen-save').click();
  await expect(page.getByTestId('screen-note')).toHaveText('Đã lưu cài đặt màn hình.');

  const stored = await storedSettings(host);
  expect(stored.displayPower).toEqual({
    enabled: true,
    on: {
      mon: [{ start: '07:00', end: '21:00' }],
      tue: WORKING_DAY,
      wed: WORKING_DAY,
      thu: WORKING_DAY,
      fri: WORKING_DAY,
      sat: [...WORKING_DAY, { start: '22:00', end: '01:00' }],
      sun: WORKING_DAY,
    },
  });
  expect(stored.maintenance).toEqual({ reloadAt: '04:15' });
  expect(stored.updates).toEqual({
    feedUrl: 'https://updates.ldld-backan.vn/pano',
    checkEveryHours: 12,
    installWindow: { start: '01:00', end: '04:00' },
    channel: 'beta',
  });

  // A fresh load of the console reads them back from the host.
  await page.reload();
  await expect(page.getByTestId('power-enabled')).toBeChecked();
  await expect(page.getByTestId('power-mon-0-start')).toHaveValue('07:00');
  await expect(page.getByTestId('power-mon-0-end')).toHaveValue('21:00');
  await expect(page.getByTestId('power-sat-1-start')).toHaveValue('22:00');
  await expect(page.getByTestId('power-sat-1-end')).toHaveValue('01:00');
  await expect(page.getByTestId('maintenance-time')).toHaveValue('04:15');
  await expect(page.getByTestId('updates-url')).toHaveValue('https://updates.ldld-backan.vn/pano');
  await expect(page.getByTestId('updates-hours')).toHaveValue('12');
  await expect(page.getByTestId('updates-channel')).toHaveValue('beta');
  await expect(summary.getByRole('listitem').first()).toHaveText('Thứ Hai: bật 07:00–21:00');
});

test('copying Monday to every day and switching the daily refresh off', async ({ page }) => {
  host = await startConsoleHost({ password: PASSWORD });
  await openScreenPage(page, host);
  await page.getByTestId('power-enabled').check();
  await page.getByTestId('power-mon-0-end').fill('17:30');
  await page.getByTestId('power-copy-monday').click();
  await expect(page.getByTestId('power-summary')).toHaveText('Thứ Hai–Chủ Nhật: bật 06:00–17:30');
  await page.getByTestId('maintenance-enabled').uncheck();
  await expect(page.getByTestId('maintenance-time')).toHaveCount(0);
  await page.getByTestId('screen-save').click();
  await expect(page.getByTestId('screen-note')).toHaveText('Đã lưu cài đặt màn hình.');

  const stored = await storedSettings(host);
  const everyDay = [{ start: '06:00', end: '17:30' }];
  expect(stored.displayPower).toEqual({
    enabled: true,
    on: { mon: everyDay, tue: everyDay, wed: everyDay, thu: everyDay, fri: everyDay, sat: everyDay, sun: everyDay },
  });
  expect(stored.maintenance).toEqual({ reloadAt: null });
});

test('a window that ends when it starts, or an update address that is not http(s), is refused on its field and nothing is stored', async ({
  page,
}) => {
  host = await startConsoleHost({ password: PASSWORD });
  await openScreenPage(page, host);
  const before = await settingsText(host);

  await page.getByTestId('power-enabled').check();
  await page.getByTestId('power-mon-0-end').fill('06:00');
  await page.getByTestId('screen-save').click();
  await expect(page.getByTestId('screen-note')).toContainText('Chưa lưu được');
  // The message sits on Monday's window: both of its times point at it, and no other day shows it.
  await expect(page.getByTestId('power-mon-0-end')).toHaveAccessibleDescription(
    'must not start and end at the same time',
  );
  await expect(page.getByTestId('power-mon-0-start')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('power-day-mon').getByRole('alert')).toHaveText(
    'must not start and end at the same time',
  );
  await expect(page.getByTestId('power-day-tue').getByRole('alert')).toHaveCount(0);
  expect(await settingsText(host)).toBe(before);

  await page.getByTestId('power-mon-0-end').fill('21:00');
  await page.getByTestId('updates-url').fill('ftp://updates.ldld-backan.vn/pano');
  await page.getByTestId('screen-save').click();
  await expect(page.getByTestId('updates-url')).toHaveAccessibleDescription(/starting with http:\/\/ or https:\/\//);
  await expect(page.getByTestId('updates-url')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('power-day-mon').getByRole('alert')).toHaveCount(0);
  expect(await settingsText(host)).toBe(before);

  // Nothing was kept by the host either: a reload shows the display hours still off.
  await page.reload();
  await expect(page.getByTestId('power-enabled')).not.toBeChecked();
  await expect(page.getByTestId('updates-url')).toHaveValue('');
});

test('on a tablet every control of the Screen page is big enough for a finger', async ({ page }) => {
  await page.setViewportSize({ width: 768, height: 1024 });
  host = await startConsoleHost({ password: PASSWORD });
  await openScreenPage(page, host);
  await page.getByTestId('power-enabled').check();
  const controls = page.locator('main').locator('button, input[type="time"], input[type="text"], input[type="url"]');
  expect(await controls.count()).toBeGreaterThan(20);
  const small = await controls.evaluateAll((elements) =>
    elements
      .map((el) => ({ name: el.getAttribute('data-testid') ?? el.textContent, rect: el.getBoundingClientRect() }))
      .filter(({ rect }) => rect.height < 44 || rect.width < 44)
      .map(({ name }) => name),
  );
  expect(small).toEqual([]);
  // And nothing runs off the side of the screen.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(768);
});

/** The days a proof-of-play link asks for, read back as Hà Nội calendar days (`to` is the day after the last). */
async function linkedDays(link: Locator): Promise<{ from: string; to: string }> {
  const query = new URL((await link.getAttribute('href')) ?? '', 'http://127.0.0.1').searchParams;
  const day = (iso: string | null) =>
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(Date.parse(iso ?? ''));
  const midnight = (iso: string | null) =>
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', timeStyle: 'short' }).format(
      Date.parse(iso ?? ''),
    );
  // Each end is the very start of a day on the screen's clock, not midnight UTC.
  expect([midnight(query.get('from')), midnight(query.get('to'))]).toEqual(['00:00', '00:00']);
  return { from: day(query.get('from')), to: day(query.get('to')) };
}

const addDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

test("Status page: the proof-of-play link covers the last 7 days of the screen's calendar and downloads the CSV; a host without a screen to capture says so", async ({
  page,
}) => {
  host = await startConsoleHost({ password: PASSWORD });
  await signIn(page, host);
  await page.getByTestId('nav-status').click();

  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
  const link = page.getByTestId('proof-download');
  await expect(link).toHaveText(/Tải nhật ký phát \(CSV\)/);
  expect(await linkedDays(link)).toEqual({ from: addDays(today, -6), to: addDays(today, 1) });

  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const csv = await readFile((await download.path()) ?? '', 'utf8');
  expect(csv.split('\r\n')[0]).toBe('\uFEFFitemId,slideId,kind,startedAt,endedAt,durationMs,screen');

  await page.getByTestId('proof-from').fill('01/03/2024');
  await page.getByTestId('proof-to').fill('31/03/2024');
  await expect.poll(() => linkedDays(link)).toEqual({ from: '2024-03-01', to: '2024-04-01' });
  await page.getByTestId('proof-from').fill('01/04/2024');
  await expect(page.getByText('Ngày bắt đầu phải trước hoặc trùng ngày kết thúc.')).toBeVisible();
  await expect(link).toHaveCount(0);

  // The browser host has no shell to take a picture with: the page says so instead of showing a broken image.
  await page.getByTestId('screenshot-button').click();
  await expect(page.getByTestId('screenshot-unavailable')).toContainText('Chưa lấy được ảnh màn hình.');
  await expect(page.getByTestId('screenshot-unavailable')).toContainText('kiosk');
  await expect(page.getByTestId('screenshot-image')).toHaveCount(0);
});

test('Status page: “refresh the screens” tells each connected screen, and says how many', async ({ page, context }) => {
  host = await startConsoleHost({ password: PASSWORD });
  const screen = await context.newPage();
  // The screen's stream carries the command; listen to what the page receives.
  await screen.goto(host.url);
  await expect(screen.locator('[data-testid="slide"][data-active="true"]')).toBeVisible();
  await screen.evaluate(() => {
    const events = new EventSource('/events');
    events.addEventListener('command', (event) => {
      (window as { heard?: string[] }).heard = [...((window as { heard?: string[] }).heard ?? []), event.data];
    });
    return new Promise((resolve) => events.addEventListener('open', resolve));
  });
  await signIn(page, host);
  await page.getByTestId('nav-status').click();
  await page.getByTestId('refresh-screens').click();
  await expect(page.getByTestId('refresh-screens-note')).toContainText('màn hình làm mới ở lần chuyển trang tới');
  await expect
    .poll(() => screen.evaluate(() => (window as { heard?: string[] }).heard ?? []))
    .toEqual([JSON.stringify({ type: 'reload-at-boundary', reason: 'an operator asked from the console' })]);
  await host.waitForLog('refresh at their next slide change');
});
