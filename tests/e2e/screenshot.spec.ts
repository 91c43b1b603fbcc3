import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { REPO_ROOT, startHostProcess } from '../support/host-process';

// The README's picture is taken here, from the real player, so it cannot drift from what a hall sees.
// PANO_UPDATE_SCREENSHOTS=1 npm run test:e2e -- screenshot  copies them into docs/images.
for (const size of [
  { name: 'pano-1920x1080.png', width: 1920, height: 1080, fit: 'cover' },
  // A landscape slide on a portrait screen is shown whole (over a blurred copy), not cropped to its middle.
  { name: 'pano-1080x1920.png', width: 1080, height: 1920, fit: 'contain' },
]) {
  test(`the player fills a ${size.width}×${size.height} screen (screenshot ${size.name})`, async ({
    page,
  }, testInfo) => {
    const host = await startHostProcess();
    try {
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.clock.install({ time: new Date('2026-11-26T09:05:00Z') });
      await page.goto(host.url);
      await expect(page.locator('[data-testid="slide"][data-active="true"] img.slide-image')).toBeVisible();
      await page.evaluate(() => document.fonts.ready);
      // Let the entering crossfade finish so the picture shows one slide, fully.
      await page.clock.runFor(2000);
      const active = page.locator('[data-testid="slide"][data-active="true"]');
      await expect.poll(() => active.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
      await expect(active.locator('img.slide-image')).toHaveCSS('object-fit', size.fit);
      const slide = await page.locator('[data-testid="slide"][data-active="true"]').boundingBox();
      expect(slide, 'the slide covers the whole screen').toEqual({
        x: 0,
        y: 0,
        width: size.width,
        height: size.height,
      });
      const file = testInfo.outputPath(size.name);
      await page.screenshot({ path: file });
      await testInfo.attach(size.name, { path: file, contentType: 'image/png' });
      if (process.env.PANO_UPDATE_SCREENSHOTS === '1') {
        await mkdir(join(REPO_ROOT, 'docs', 'images'), { recursive: true });
        await copyFile(file, join(REPO_ROOT, 'docs', 'images', size.name));
      }
    } finally {
      await host.dispose();
    }
  });
}
