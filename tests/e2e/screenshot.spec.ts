import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { PlayerState } from '../../main/core/player-state';
import { REPO_ROOT, startHostProcess } from '../support/host-process';

// The README's pictures are taken here, from the real player, so they cannot drift from what a hall sees.
// PANO_UPDATE_SCREENSHOTS=1 npm run test:e2e -- screenshot  copies them into docs/images.
const SHOTS = [
  { name: 'pano-1920x1080.png', width: 1920, height: 1080, itemId: 'bk1', fit: 'cover' },
  // A landscape slide on a portrait screen is shown whole (over a blurred copy), not cropped to its middle.
  { name: 'pano-1080x1920.png', width: 1080, height: 1920, itemId: 'bk1', fit: 'contain' },
  // The bundled sample article, as a fresh install shows it.
  { name: 'pano-news-1920x1080.png', width: 1920, height: 1080, itemId: 'tin-dai-hoi', fit: null },
  { name: 'pano-news-1080x1920.png', width: 1080, height: 1920, itemId: 'tin-dai-hoi', fit: null },
] as const;

const SHOT_TIME_MS = Date.parse('2026-11-26T09:05:00Z');

/** The state the host pushes to screens: its first server-sent event. */
async function hostState(url: string): Promise<PlayerState> {
  const controller = new AbortController();
  const response = await fetch(`${url}/events`, { signal: controller.signal });
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  let text = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) throw new Error('the event stream ended before the first state');
    text += new TextDecoder().decode(value);
    const data = /event: state\ndata: (.*)\n/.exec(text)?.[1];
    if (data) {
      controller.abort();
      return JSON.parse(data) as PlayerState;
    }
  }
}

/**
 * A page time near SHOT_TIME_MS at which `itemId` has just started, so the page opens on it.
 * Time is set before the page loads, not run forward after: framer-motion animates on the
 * real animation timeline, which a faked clock jumping ahead would leave behind.
 */
function timeShowing(state: PlayerState, itemId: string): number {
  const cycleMs = state.slides.reduce((sum, slide) => sum + slide.durationMs, 0);
  let offsetMs = 0;
  for (const slide of state.slides) {
    if (slide.itemId === itemId) break;
    offsetMs += slide.durationMs;
  }
  const intoCycleMs = (((SHOT_TIME_MS - state.epochMs) % cycleMs) + cycleMs) % cycleMs;
  return SHOT_TIME_MS + ((offsetMs - intoCycleMs + cycleMs) % cycleMs) + 100;
}

for (const shot of SHOTS) {
  test(`the player fills a ${shot.width}×${shot.height} screen (screenshot ${shot.name})`, async ({
    page,
  }, testInfo) => {
    const host = await startHostProcess();
    try {
      await page.setViewportSize({ width: shot.width, height: shot.height });
      await page.clock.install({ time: timeShowing(await hostState(host.url), shot.itemId) });
      await page.goto(host.url);
      await page.evaluate(() => document.fonts.ready);
      // Let the entering crossfade finish so the picture shows one slide, fully.
      await page.clock.runFor(2000);
      const active = page.locator('[data-testid="slide"][data-active="true"]');
      await expect(active).toHaveAttribute('data-item-id', shot.itemId);
      await expect.poll(() => active.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
      if (shot.fit) await expect(active.locator('img.slide-image')).toHaveCSS('object-fit', shot.fit);
      else await expect(active.getByTestId('news-title')).toBeVisible();
      expect(await active.boundingBox(), 'the slide covers the whole screen').toEqual({
        x: 0,
        y: 0,
        width: shot.width,
        height: shot.height,
      });
      const file = testInfo.outputPath(shot.name);
      await page.screenshot({ path: file });
      await testInfo.attach(shot.name, { path: file, contentType: 'image/png' });
      if (process.env.PANO_UPDATE_SCREENSHOTS === '1') {
        await mkdir(join(REPO_ROOT, 'docs', 'images'), { recursive: true });
        await copyFile(file, join(REPO_ROOT, 'docs', 'images', shot.name));
      }
    } finally {
      await host.dispose();
    }
  });
}
