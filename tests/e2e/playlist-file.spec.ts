import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startHostProcess, type HostProcess } from '../support/host-process';

let host: HostProcess;
test.beforeEach(async () => {
  host = await startHostProcess();
});
test.afterEach(async () => {
  await host.dispose();
});

const activeId = (page: Page) => page.locator('[data-testid="slide"][data-active="true"]').getAttribute('data-item-id');

/** Rotation ids seen by advancing the page clock through `count` slide boundaries of `durationMs` each. */
async function rotation(page: Page, count: number, durationMs: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const active = page.locator('[data-testid="slide"][data-active="true"]');
    await expect(active).toHaveCount(1);
    const id = (await active.getAttribute('data-item-id')) as string;
    ids.push(id);
    const endsAt = Number(await active.getAttribute('data-started-at')) + durationMs;
    await page.clock.pauseAt(endsAt + 50);
    if (i < count - 1) await expect(active).not.toHaveAttribute('data-item-id', id);
  }
  return ids;
}

const customPlaylist = {
  version: 1,
  items: [
    { id: 'hoi-nghi', type: 'image', src: 'bk3', durationS: 5 },
    { id: 'dai-hoi', type: 'image', src: 'bk1', durationS: 5, transition: 'zoom' },
  ],
  marquee: { text: ['Chào mừng Đại hội Công đoàn các cấp', 'Đoàn kết – Dân chủ – Đổi mới'], speedPxPerS: 90 },
};

test('a playlist.json written while the screen runs replaces the rotation and the slogans without a reload', async ({
  page,
}) => {
  await page.clock.install();
  await page.goto(host.url);
  await expect(page.locator('[data-testid="slide"][data-active="true"]')).toHaveCount(1);
  await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

  await writeFile(join(host.dataDir, 'playlist.json'), JSON.stringify(customPlaylist, null, 2));

  await expect.poll(() => activeId(page), { timeout: 10_000 }).toMatch(/^(hoi-nghi|dai-hoi)$/);
  // The slogans come in the same state as the slides: within 2 s of it, without a reload.
  await expect(page.getByTestId('marquee')).toContainText('Chào mừng Đại hội Công đoàn các cấp', { timeout: 2_000 });
  expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
  const ids = await rotation(page, 4, 5000);
  expect(new Set(ids)).toEqual(new Set(['hoi-nghi', 'dai-hoi']));
  expect(ids[0]).not.toBe(ids[1]);
});

test('an invalid playlist.json keeps the previous rotation playing and the host log names the field', async ({
  page,
}) => {
  await writeFile(join(host.dataDir, 'playlist.json'), JSON.stringify(customPlaylist));
  await host.waitForLog('playlist.json loaded');
  await page.clock.install();
  await page.goto(host.url);
  await expect.poll(() => activeId(page)).toMatch(/^(hoi-nghi|dai-hoi)$/);

  const broken = structuredClone(customPlaylist) as { items: Array<Record<string, unknown>> };
  (broken.items[1] as Record<string, unknown>).durationS = -3;
  await writeFile(join(host.dataDir, 'playlist.json'), JSON.stringify(broken));

  await host.waitForLog(/playlist\.json: items\[1\]\.durationS: must be greater than 0/);
  const health = (await (await fetch(`${host.url}/healthz`)).json()) as {
    status: string;
    playlist: { problem: string };
  };
  expect(health.status).toBe('degraded');
  expect(health.playlist.problem).toContain('items[1].durationS');
  const ids = await rotation(page, 3, 5000);
  expect(new Set(ids)).toEqual(new Set(['hoi-nghi', 'dai-hoi']));
});

test('an image that cannot be decoded shows a readable fallback card, never a broken image, and the host logs it', async ({
  page,
}) => {
  await mkdir(join(host.dataDir, 'media'), { recursive: true });
  await writeFile(join(host.dataDir, 'media', 'hong.jpg'), '<html>this is not a picture</html>');
  await writeFile(
    join(host.dataDir, 'playlist.json'),
    JSON.stringify({ version: 1, items: [{ id: 'anh-hong', type: 'image', src: 'hong.jpg', durationS: 10 }] }),
  );
  await host.waitForLog('playlist.json loaded');
  await page.goto(host.url);
  const slide = page.locator('[data-testid="slide"][data-active="true"]');
  await expect(slide).toHaveAttribute('data-item-id', 'anh-hong');
  await expect(slide).toContainText('LIÊN ĐOÀN LAO ĐỘNG TỈNH BẮC KẠN');
  const brokenImages = await page.evaluate(
    () => [...document.images].filter((img) => img.complete && img.naturalWidth === 0 && img.src !== '').length,
  );
  expect(brokenImages).toBe(0);
  await host.waitForLog(/image \/media\/library\/hong\.jpg of item "anh-hong" failed/);
});
