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
 */
export async function dragCard(page: Page, itemId: string, ontoItemId: string): Promise<void> {
  const from = await card(page, itemId).getByTestId('item-drag-handle').boundingBox();
  const onto = await card(page, ontoItemId).boundingBox();
  if (!from || !onto) throw new Error(`cards ${itemId} and ${ontoItemId} must be on screen`);
  const startX = from.x + from.width / 2;
  const startY = from.y + from.height / 2;
  await page.mouse.move(startX, startY);
  await page.mouse.down();
  await page.mouse.move(startX, startY - 10, { steps: 3 });
  // Onto the upper part of the target, so the dragged card lands before it.
  await page.mouse.move(startX, onto.y + onto.height * 0.25, { steps: 8 });
  await page.mouse.move(startX, onto.y + onto.height * 0.2, { steps: 2 });
  await page.mouse.up();
}

/** Moves a card up by `places` with the keyboard on its handle: Space lifts, ↑ moves, Space drops. */
export async function keyboardMoveUp(page: Page, itemId: string, places: number): Promise<void> {
  const handle = card(page, itemId).getByTestId('item-drag-handle');
  await handle.focus();
  await page.keyboard.press('Space');
  for (let i = 0; i < places; i++) await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Space');
}
