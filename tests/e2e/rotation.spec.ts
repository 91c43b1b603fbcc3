import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { splitSlogans } from '../../main/core/slogans';
import { REPO_ROOT, startHostProcess, type HostProcess } from '../support/host-process';

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
  const id = await slide.getAttribute('data-item-id');
  const startedAtMs = Number(await slide.getAttribute('data-started-at'));
  expect(id, 'the active slide names its playlist item').toBeTruthy();
  expect(Number.isFinite(startedAtMs), 'the active slide says when it started').toBe(true);
  return { id: id as string, startedAtMs };
}

test('the default rotation shows bk1 to bk5 in order, 8 s each, then the bundled congress article for 12 s', async ({
  page,
}) => {
  const order = ['bk1', 'bk2', 'bk3', 'bk4', 'bk5', 'tin-dai-hoi'];
  const durationMs = (id: string) => (id === 'tin-dai-hoi' ? 12_000 : 8_000);
  await page.clock.install();
  await page.goto(host.url);
  const seen: string[] = [];
  let current = await activeInfo(page);
  for (let step = 0; step < 7; step++) {
    seen.push(current.id);
    // Just before the boundary the same slide is still the active one…
    await page.clock.pauseAt(current.startedAtMs + durationMs(current.id) - 50);
    await expect(activeSlide(page)).toHaveAttribute('data-item-id', current.id);
    // …and just after it, the next one has taken over.
    await page.clock.runFor(100);
    await expect(activeSlide(page)).not.toHaveAttribute('data-item-id', current.id);
    const next = await activeInfo(page);
    expect(next.startedAtMs - current.startedAtMs, `${current.id} stays on screen its duration`).toBe(
      durationMs(current.id),
    );
    current = next;
  }
  const start = order.indexOf(seen[0] as string);
  expect(start).toBeGreaterThanOrEqual(0);
  expect(seen).toEqual([0, 1, 2, 3, 4, 5, 6].map((i) => order[(start + i) % order.length]));
});

test('the marquee carries all twelve slogans of the union banner and moves by transform, not by left', async ({
  page,
}) => {
  await page.goto(host.url);
  const marquee = page.getByTestId('marquee');
  await expect(marquee).toBeVisible();
  const banner = readFileSync(join(REPO_ROOT, 'tests', 'fixtures', 'congdoanbackan-banner.txt'), 'utf8');
  const slogans = splitSlogans(banner);
  expect(slogans).toHaveLength(12);
  const text = ((await marquee.textContent()) ?? '').normalize('NFC');
  for (const slogan of slogans) expect(text).toContain(slogan);

  const sample = () =>
    page.evaluate(() => {
      const marqueeEl = document.querySelector('[data-testid="marquee"]') as HTMLElement;
      const moving = [marqueeEl, ...marqueeEl.querySelectorAll<HTMLElement>('*')];
      return moving.map((el) => {
        const style = getComputedStyle(el);
        return { transform: style.transform, left: style.left, x: el.getBoundingClientRect().x };
      });
    });
  const before = await sample();
  await page.waitForTimeout(700);
  const after = await sample();
  const movedByTransform = before.some((b, i) => b.transform !== 'none' && b.transform !== after[i]?.transform);
  expect(movedByTransform, 'some element of the marquee changes its transform over time').toBe(true);
  expect(
    after.map((a) => a.left),
    'no element of the marquee changes its left',
  ).toEqual(before.map((b) => b.left));
});

test('text is set in the bundled Vietnamese font and the clock shows the Vietnamese date', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-11-26T09:05:00Z') });
  await page.goto(host.url);
  await expect(activeSlide(page)).toHaveCount(1);
  const fontReady = await page.evaluate(async () => {
    await document.fonts.ready;
    return document.fonts.check('500 40px "Be Vietnam Pro"', 'Đại hội Công đoàn Việt Nam');
  });
  expect(fontReady, 'Be Vietnam Pro with its Vietnamese glyphs has loaded').toBe(true);
  const family = await page.getByTestId('marquee').evaluate((el) => getComputedStyle(el).fontFamily);
  expect(family).toContain('Be Vietnam Pro');
  // 09:05 UTC is 16:05 in Asia/Ho_Chi_Minh, a Thursday.
  const clock = page.getByTestId('clock');
  await expect(clock).toContainText('16:05');
  await expect(clock).toContainText('26/11/2026');
  await expect(clock).toContainText(/Thứ Năm|Thứ năm/);
});

test('a slide whose picture is still loading never shows half-drawn: the previous slide stays until it is decoded', async ({
  page,
}) => {
  // Every picture the player puts on screen must already be whole at the moment it is inserted.
  await page.addInitScript(() => {
    const record: Array<{ src: string; whole: boolean }> = [];
    (window as unknown as { insertedImages: typeof record }).insertedImages = record;
    new MutationObserver((mutations) => {
      for (const mutation of mutations)
        for (const node of mutation.addedNodes)
          if (node instanceof HTMLElement)
            for (const img of node.matches('img.slide-image') ? [node] : node.querySelectorAll('img.slide-image'))
              record.push({ src: (img as HTMLImageElement).src, whole: (img as HTMLImageElement).complete });
    }).observe(document, { childList: true, subtree: true });
  });
  // Hold bk3 back at the server until the test lets it through.
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/media/bundled/bk3.jpg', async (route) => {
    await released;
    await route.continue();
  });

  await page.clock.install();
  await page.goto(host.url);
  let current = await activeInfo(page);
  while (current.id !== 'bk2') {
    await page.clock.pauseAt(current.startedAtMs + 8000 + 50);
    await expect(activeSlide(page)).not.toHaveAttribute('data-item-id', current.id);
    current = await activeInfo(page);
  }
  // bk2's time is up but bk3 has not arrived: bk2 stays on screen, whole, instead of a blank or a half picture.
  await page.clock.pauseAt(current.startedAtMs + 8000 + 500);
  await page.waitForTimeout(500);
  await expect(activeSlide(page)).toHaveAttribute('data-item-id', 'bk2');
  await expect(activeSlide(page).locator('img.slide-image')).toBeVisible();

  release();
  await expect(activeSlide(page)).toHaveAttribute('data-item-id', 'bk3');
  const inserted = await page.evaluate(
    () => (window as unknown as { insertedImages: Array<{ src: string; whole: boolean }> }).insertedImages,
  );
  expect(inserted.map((i) => new URL(i.src).pathname)).toEqual(
    expect.arrayContaining(['/media/bundled/bk2.jpg', '/media/bundled/bk3.jpg']),
  );
  expect(
    inserted.filter((i) => !i.whole),
    'pictures inserted before they were decoded',
  ).toEqual([]);
});
