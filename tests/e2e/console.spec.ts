// The operator console at /console against the real host, as an operator uses it (issue 4):
// first start, sign-in, upload → playlist → save → the screen, validation, announcements, undo,
// and the API's 401 for anyone without a session.
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { API_METHODS, API_ROUTES, apiPath, type ApiRouteName } from '../../main/core/api/routes';
import type { HostProcess } from '../support/host-process';
import {
  activeSlide,
  card,
  cardIds,
  dragCard,
  jpegFile,
  keyboardMoveUp,
  PASSWORD,
  playlistBytes,
  playlistFile,
  rotationRestartsWith,
  signIn,
  startConsoleHost,
  TWO_SLIDES,
} from './support-console';

let host: HostProcess | undefined;
test.afterEach(async () => {
  await host?.dispose();
  host = undefined;
});

/** The player page, opened in its own browser context (a screen has no session), showing a slide. */
async function openPlayer(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(activeSlide(page)).toHaveCount(1);
  await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
}

const notReloaded = (player: Page) =>
  player.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded === true);

test('first start on the machine itself: set a password, sign out, a wrong one is refused, the right one signs in', async ({
  page,
}) => {
  host = await startConsoleHost();
  await page.goto(`${host.url}/console`);
  // 127.0.0.1 is the machine itself, and no password is set yet: the console offers to set one.
  await expect(page.getByTestId('setup-password-form')).toBeVisible();
  await expect(page.getByTestId('sign-in-form')).toHaveCount(0);
  await page.getByTestId('setup-password').fill(PASSWORD);
  await page.getByTestId('setup-password-repeat').fill(PASSWORD);
  await page.getByTestId('setup-password-submit').click();
  await expect(page.getByTestId('nav-playlist')).toBeVisible();
  // Only a hash is stored, never the password.
  const auth = await stat(join(host.dataDir, 'auth.json'));
  expect(auth.size).toBeGreaterThan(0);

  await page.getByTestId('sign-out').click();
  await expect(page.getByTestId('sign-in-form')).toBeVisible();
  await expect(page.getByTestId('setup-password-form')).toHaveCount(0);

  await page.getByTestId('sign-in-password').fill('not the password');
  await page.getByTestId('sign-in-submit').click();
  await expect(page.getByTestId('sign-in-form').getByRole('alert')).toHaveText('Sai mật khẩu.');
  await expect(page.getByTestId('nav-playlist')).toHaveCount(0);

  await page.getByTestId('sign-in-password').fill(PASSWORD);
  await page.getByTestId('sign-in-submit').click();
  await expect(page.getByTestId('nav-playlist')).toBeVisible();
  // A reload keeps the session (the cookie), and the first-start page never comes back.
  await page.reload();
  await expect(page.getByTestId('nav-playlist')).toBeVisible();
});

test('upload a picture, add it, drag it first with the mouse, shorten it, save: the screen shows it first within 2 s', async ({
  page,
  browser,
}) => {
  host = await startConsoleHost({ password: PASSWORD, playlist: TWO_SLIDES });
  const player = await browser.newPage();
  try {
    await openPlayer(player, host.url);
    await signIn(page, host);

    // Upload a real JPEG through the library's file input.
    await page.getByTestId('nav-media').click();
    await page.getByTestId('media-upload-input').setInputFiles(await jpegFile('Hội nghị công đoàn.jpg'));
    await expect(page.getByTestId('media-note')).toContainText('Đã tải lên Hội nghị công đoàn.jpg');
    const uploaded = page.getByTestId('media-item');
    await expect(uploaded).toHaveCount(1);
    const mediaName = (await uploaded.getAttribute('data-media-name')) as string;
    expect(mediaName).toMatch(/^[0-9a-f]{16}\.jpg$/);
    // Stored content-addressed in the library, where a playlist's src finds it.
    expect((await stat(join(host.dataDir, 'media', mediaName))).size).toBeGreaterThan(0);

    // Add it from the playlist page's library picker: it lands last.
    await page.getByTestId('nav-playlist').click();
    await page.getByTestId('add-from-library').click();
    await page.locator(`[data-testid="media-pick"][data-media-name="${mediaName}"]`).click();
    const newId = 'hoi-nghi-cong-doan';
    await expect.poll(() => cardIds(page)).toEqual(['bk1', 'bk2', newId]);
    await expect(page.getByTestId('unsaved-marker')).toBeVisible();

    // Drag and drop with the mouse, onto the first card.
    await dragCard(page, newId, 'bk1');
    await expect.poll(() => cardIds(page)).toEqual([newId, 'bk1', 'bk2']);

    await card(page, newId).getByTestId('item-duration').fill('5');

    const savedAt = Date.now();
    await page.getByTestId('save-playlist').click();
    const tookMs = await rotationRestartsWith(player, newId, savedAt);
    expect(tookMs, 'from pressing save to the new slide on the screen').toBeLessThan(2_000);
    expect(await notReloaded(player), 'the player page was not reloaded').toBe(true);

    await expect(page.getByTestId('save-bar')).toContainText('Đã lưu');
    await expect(page.getByTestId('unsaved-marker')).toHaveCount(0);
    const saved = JSON.parse((await playlistBytes(host)) as string) as {
      items: Array<{ id: string; src?: string; durationS?: number }>;
    };
    expect(saved.items.map((item) => item.id)).toEqual([newId, 'bk1', 'bk2']);
    expect(saved.items[0]).toMatchObject({ type: 'image', src: mediaName, durationS: 5 });
    // The picture itself shows, from the library.
    await expect(activeSlide(player).locator('img').first()).toHaveAttribute('src', new RegExp(mediaName));
  } finally {
    await player.close();
  }
});

test('a duration of 0 is refused next to its card and playlist.json is left as it was', async ({ page }) => {
  host = await startConsoleHost({ password: PASSWORD, playlist: TWO_SLIDES });
  const before = await playlistBytes(host);
  const beforeMtime = (await stat(playlistFile(host))).mtimeMs;
  await signIn(page, host);

  const bk2 = card(page, 'bk2');
  await bk2.getByTestId('item-duration').fill('0');
  await page.getByTestId('save-playlist').click();

  await expect(bk2.getByRole('alert')).toHaveText('must be greater than 0');
  await expect(bk2.getByTestId('item-duration')).toHaveAttribute('aria-invalid', 'true');
  await expect(card(page, 'bk1').getByRole('alert')).toHaveCount(0);
  await expect(page.getByTestId('save-bar')).toContainText('Chưa lưu được');
  await expect(page.getByTestId('unsaved-marker')).toBeVisible();

  expect(await playlistBytes(host)).toBe(before);
  expect((await stat(playlistFile(host))).mtimeMs).toBe(beforeMtime);
});

test('a takeover announcement posted from the console covers the screen and ends by itself', async ({
  page,
  browser,
}) => {
  host = await startConsoleHost({ password: PASSWORD, playlist: TWO_SLIDES });
  const player = await browser.newPage();
  try {
    // The screen decides by its own clock when the announcement ends; this test moves that clock.
    await player.clock.install();
    await openPlayer(player, host.url);
    await signIn(page, host);
    await page.getByTestId('nav-announcements').click();

    const title = 'Họp Ban Chấp hành lúc 14:00 tại hội trường tầng 2';
    await page.getByTestId('announcement-mode-takeover').check();
    await page.getByTestId('announcement-title').fill(title);
    await page.getByTestId('announcement-body').fill('Đề nghị các đồng chí có mặt đúng giờ.');
    // From now (the form's start, this minute) for two minutes.
    const startsAt = await page.getByTestId('announcement-startsAt').inputValue();
    const endsAt = await page.evaluate((start) => {
      const end = new Date(new Date(start).getTime() + 2 * 60_000);
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${end.getFullYear()}-${pad(end.getMonth() + 1)}-${pad(end.getDate())}T${pad(end.getHours())}:${pad(end.getMinutes())}`;
    }, startsAt);
    await page.getByTestId('announcement-endsAt').fill(endsAt);
    await page.getByTestId('announcement-submit').click();
    await expect(page.getByTestId('announcement-form')).toContainText('Đã đăng thông báo.');
    await expect(page.getByTestId('announcement-item')).toContainText(title);

    const takeover = player.locator('[data-testid="announcement"][data-mode="takeover"][data-active="true"]');
    await expect(takeover).toContainText(title, { timeout: 2_000 });
    expect(await notReloaded(player)).toBe(true);

    // Past its end on the screen's clock: it leaves, with no one touching it.
    await player.clock.fastForward(3 * 60_000);
    await expect(takeover).toHaveCount(0);
    await expect(activeSlide(player)).toHaveCount(1);
  } finally {
    await player.close();
  }
});

test('without a session every /api route answers 401 and changes nothing', async () => {
  host = await startConsoleHost({ password: PASSWORD });
  const seen: string[] = [];
  for (const [route, methods] of Object.entries(API_METHODS) as Array<[ApiRouteName, readonly string[]]>) {
    const path = apiPath(route, { name: 'bk1.jpg', id: 'tb-1' });
    for (const method of methods) {
      const body =
        method === 'GET' || method === 'DELETE'
          ? undefined
          : route === 'playlist'
            ? JSON.stringify({ playlist: TWO_SLIDES, baseRevision: 'x' })
            : JSON.stringify({ password: 'not the password' });
      const response = await fetch(`${host.url}${path}`, {
        method,
        headers: body ? { 'content-type': 'application/json' } : {},
        body,
      });
      seen.push(`${method} ${API_ROUTES[route]} ${response.status}`);
    }
  }
  expect(seen.filter((line) => !line.endsWith(' 401'))).toEqual([]);
  expect(seen.length).toBeGreaterThanOrEqual(Object.keys(API_ROUTES).length);
  expect(await playlistBytes(host)).toBeNull();
});

test('undo after a save puts the previous playlist back on the screen', async ({ page, browser }) => {
  host = await startConsoleHost({ password: PASSWORD, playlist: TWO_SLIDES });
  const player = await browser.newPage();
  try {
    await openPlayer(player, host.url);
    await signIn(page, host);

    // Reorder with the keyboard this time: bk2 first.
    await keyboardMoveUp(page, 'bk2', 1);
    await expect.poll(() => cardIds(page)).toEqual(['bk2', 'bk1']);
    const savedAt = Date.now();
    await page.getByTestId('save-playlist').click();
    // The rotation restarts with the new first item.
    await rotationRestartsWith(player, 'bk2', savedAt);
    await expect(page.getByTestId('save-bar')).toContainText('Đã lưu');

    await page.getByTestId('undo-playlist').click();
    const undoneAt = Date.now();
    await page.getByTestId('undo-confirm').click();
    await rotationRestartsWith(player, 'bk1', undoneAt);
    await expect(page.getByTestId('save-bar')).toContainText('Đã quay lại bản trước.');
    await expect.poll(() => cardIds(page)).toEqual(['bk1', 'bk2']);
    expect(await notReloaded(player)).toBe(true);
    const restored = JSON.parse((await playlistBytes(host)) as string) as { items: Array<{ id: string }> };
    expect(restored.items.map((item) => item.id)).toEqual(['bk1', 'bk2']);
  } finally {
    await player.close();
  }
});
