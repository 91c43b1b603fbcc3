/**
 * What the console spec shares: a host with (or without) an operator
 * password and a playlist of its own, signing in the way an operator does,
 * a real JPEG to upload, the player's active slide, and moving a card with
 * the mouse or the keyboard.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { REPO_ROOT, startHostProcess, type HostProcess } from '../support/host-process';
import { SESSION_COOKIE } from '../../main/core/api/routes';

/** The password the specs give the operator (long enough for PASSWORD_MIN_LENGTH). */
export const PASSWORD = 'Công đoàn Bắc Kạn 2023';

/** A short playlist of two bundled slides, so every card fits on the console's screen. */
export const TWO_SLIDES = {
  version: 1,
  items: [
    { id: 'bk1', type: 'image', src: 'bk1', durationS: 8 },
    { id: 'bk2', type: 'image', src: 'bk2', durationS: 8 },
  ],
  marquee: { text: ['Chào mừng Đại hội Công đoàn các cấp'], speedPxPerS: 120 },
};

/**
 * A host on a fresh data dir. With `password`, the operator password is set the
 * way the first-start page does it (POST /api/setup-password from this machine);
 * with `playlist`, DATA/playlist.json holds it and the host has loaded it.
 */
export async function startConsoleHost(options: { password?: string; playlist?: object } = {}): Promise<HostProcess> {
  const host = await startHostProcess();
  try {
    if (options.playlist) {
      await writeFile(playlistFile(host), JSON.stringify(options.playlist, null, 2));
      await host.waitForLog('playlist.json loaded');
    }
    if (options.password !== undefined) {
      const response = await fetch(`${host.url}/api/setup-password`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ password: options.password }),
      });
      expect(response.status, await response.text()).toBe(200);
    }
    return host;
  } catch (error) {
    await host.dispose();
    throw error;
  }
}

/** Signs in through the API as the console does; returns the session cookie and the CSRF token for changes. */
export async function apiSession(url: string, password = PASSWORD): Promise<{ cookie: string; csrf: string }> {
  const response = await fetch(`${url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify({ password }),
  });
  expect(response.status).toBe(200);
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`)) as string;
  return { cookie: cookie.split(';')[0] as string, csrf: ((await response.json()) as { csrfToken: string }).csrfToken };
}

/** DATA/playlist.json of a host. */
export const playlistFile = (host: HostProcess) => join(host.dataDir, 'playlist.json');

/** The bytes of DATA/playlist.json, or null while there is none. */
export const playlistBytes = (host: HostProcess) => readFile(playlistFile(host), 'utf8').catch(() => null);

/** Opens /console and signs in with the password, as an operator types it. */
export async function signIn(page: Page, host: HostProcess, password = PASSWORD): Promise<void> {
  await page.goto(`${host.url}/console`);
  await page.getByTestId('sign-in-password').fill(password);
  await page.getByTestId('sign-in-submit').click();
  await expect(page.getByTestId('nav-playlist')).toBeVisible();
}

/** A real photograph as a browser file: the bundled bk3 slide, under a name an operator would give it. */
export async function jpegFile(name: string): Promise<{ name: string; mimeType: string; buffer: Buffer }> {
  return { name, mimeType: 'image/jpeg', buffer: await readFile(join(REPO_ROOT, 'assets', 'slides', 'bk3.jpg')) };
}

/** The slide the player shows (or is bringing in). */
export const activeSlide = (player: Page): Locator => player.locator('[data-testid="slide"][data-active="true"]');

/**
 * Waits (at most `withinMs`) until the player's rotation has restarted with
 * `itemId` at or after `sinceMs` (the host restarts a rotation at its first
 * item when the playlist's shape changes), and says how long that took.
 */
export async function rotationRestartsWith(player: Page, itemId: string, sinceMs: number, withinMs = 2_000) {
  const slide = activeSlide(player);
  await expect(slide).toHaveAttribute('data-item-id', itemId, { timeout: withinMs });
  const tookMs = Date.now() - sinceMs;
  // The slide's start is the new rotation's epoch, set by the host at the save (same machine, same clock).
  expect(Number(await slide.getAttribute('data-started-at'))).toBeGreaterThanOrEqual(sinceMs - 50);
  return tookMs;
}

/** The playlist cards of the console, in order. */
export const cards = (page: Page): Locator => page.getByTestId('playlist-item');

/** The item ids of the console's cards, top to bottom. */
export const cardIds = (page: Page): Promise<string[]> =>
  cards(page).evaluateAll((els) => els.map((el) => el.getAttribute('data-item-id') ?? ''));

/** The card of one item. */
export const card = (page: Page, itemId: string): Locator =>
  page.locator(`[data-testid="playlist-item"][data-item-id="${itemId}"]`);

/**
 * Drags a card by its handle with the mouse and drops it on another card, in
 * small steps as a hand moves (the list starts a drag after a few pixels).
 * The dragged card's middle ends a little above the target's middle, which is
 * where the list (closest centre) puts it in the target's place.
 */
export async function dragCard(page: Page, itemId: string, ontoItemId: string): Promise<void> {
  const handle = await card(page, itemId).getByTestId('item-drag-handle').boundingBox();
  const from = await card(page, itemId).boundingBox();
  const onto = await card(page, ontoItemId).boundingBox();
  if (!handle || !from || !onto) throw new Error(`cards ${itemId} and ${ontoItemId} must be on screen`);
  const x = handle.x + handle.width / 2;
  const startY = handle.y + handle.height / 2;
  const endY = startY + (onto.y + onto.height / 2) - (from.y + from.height / 2) - 4;
  await page.mouse.move(x, startY);
  await page.mouse.down();
  await page.mouse.move(x, startY + Math.sign(endY - startY) * 10, { steps: 2 });
  await page.mouse.move(x, endY, { steps: 8 });
  await page.mouse.up();
}

/**
 * Moves a card up by `places` with the keyboard on its handle: Space lifts, ↑
 * moves, Space drops. Each key waits for what a screen reader hears (the
 * list's live region says "name → position/count"), so no key outruns the list.
 */
export async function keyboardMoveUp(page: Page, itemId: string, places: number): Promise<void> {
  const moved = card(page, itemId);
  await expect(moved).toBeVisible(); // the list has loaded: positions below are read from it
  const count = await cards(page).count();
  const from = (await cardIds(page)).indexOf(itemId) + 1;
  const heard = page.locator('[id^="DndLiveRegion"]');
  await moved.getByTestId('item-drag-handle').focus();
  await page.keyboard.press('Space');
  await expect(moved).toHaveClass(/\bdragging\b/);
  // dnd-kit listens for arrows only once the lifted card is over its own place (it says "→ from/count"):
  // an arrow pressed before that is lost (seen under CI load).
  await expect(heard).toContainText(`→ ${from}/${count}`);
  for (let i = 1; i <= places; i++) {
    const target = `→ ${from - i}/${count}`;
    // dnd-kit starts listening for keys a task after the lift and needs the list measured: a key pressed before
    // that is dropped, never queued (seen on fresh CI clones). So a key that moved nothing within a second is
    // pressed again, and only then: a press that was heard is never doubled.
    await expect(async () => {
      if (!((await heard.textContent()) ?? '').includes(target)) await page.keyboard.press('ArrowUp');
      await expect(heard).toContainText(target, { timeout: 1_000 });
    }).toPass({ timeout: 10_000 });
  }
  await page.keyboard.press('Space');
  await expect(moved).not.toHaveClass(/\bdragging\b/);
}
