import { rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { Announcement } from '../../main/core/announcements';
import { startHostProcess, type HostProcess } from '../support/host-process';

// The screen resolves schedules by its own clock (page.clock) in the host's zone, Asia/Ho_Chi_Minh (UTC+7).
// Page times lie a few days after the host's real start, so the rotation's epoch is in the page's past.

let host: HostProcess;
test.beforeEach(async () => {
  host = await startHostProcess();
});
test.afterEach(async () => {
  await host.dispose();
});

const DAY_MS = 86_400_000;

/** `hhmmss` in Hà Nội, `daysAhead` days from today there, as epoch ms. */
function hanoi(daysAhead: number, hhmmss: string): number {
  const day = new Date(Date.now() + 7 * 3_600_000 + daysAhead * DAY_MS).toISOString().slice(0, 10);
  return Date.parse(`${day}T${hhmmss}+07:00`);
}

const active = (page: Page) => page.locator('[data-testid="slide"][data-active="true"]');

async function writePlaylist(playlist: unknown): Promise<void> {
  await writeFile(join(host.dataDir, 'playlist.json'), JSON.stringify(playlist, null, 2));
  await host.waitForLog('playlist.json loaded');
}

const DEFAULT_SLOGAN = 'Đoàn kết – Dân chủ – Đổi mới';

test('an item scheduled for 09:00–09:30 appears when the page clock reaches 09:00 and leaves at 09:30', async ({
  page,
}) => {
  await writePlaylist({
    version: 1,
    items: [
      {
        id: 'giao-ban',
        type: 'text',
        title: 'Giao ban đầu tuần',
        body: 'Mời các đồng chí về phòng họp tầng 2.',
        durationS: 20,
        schedule: { times: [{ start: '09:00', end: '09:30' }] },
      },
      { id: 'anh-bk1', type: 'image', src: 'bk1', durationS: 20 },
    ],
    marquee: { text: [DEFAULT_SLOGAN], speedPxPerS: 100 },
  });
  await page.clock.install({ time: hanoi(2, '08:59:30') });
  await page.goto(host.url);
  await expect(active(page)).toHaveAttribute('data-item-id', 'anh-bk1');
  await expect(page.locator('[data-item-id="giao-ban"]')).toHaveCount(0);

  await page.clock.pauseAt(hanoi(2, '08:59:59'));
  await expect(active(page)).toHaveAttribute('data-item-id', 'anh-bk1');
  // The rotation changes at 09:00 and starts over from its first visible item: the scheduled one.
  await page.clock.pauseAt(hanoi(2, '09:00:00') + 100);
  await expect(active(page)).toHaveAttribute('data-item-id', 'giao-ban');
  await expect(active(page)).toHaveAttribute('data-started-at', String(hanoi(2, '09:00:00')));
  await expect(active(page).getByTestId('card-title')).toHaveText('Giao ban đầu tuần');

  await page.clock.pauseAt(hanoi(2, '09:29:59'));
  await expect(page.locator('[data-testid="slide"][data-item-id="giao-ban"]').first()).toBeAttached();
  await page.clock.pauseAt(hanoi(2, '09:30:00') + 100);
  await expect(active(page)).toHaveAttribute('data-item-id', 'anh-bk1');
});

test('a scheduled playlist takes over with its own slogans in its window and hands back to the default one', async ({
  page,
}) => {
  await writePlaylist({
    version: 1,
    items: [
      { id: 'anh-bk1', type: 'image', src: 'bk1', durationS: 8 },
      { id: 'anh-bk2', type: 'image', src: 'bk2', durationS: 8 },
    ],
    marquee: { text: [DEFAULT_SLOGAN], speedPxPerS: 100 },
    playlists: [
      {
        id: 'dai-hoi',
        priority: 10,
        schedule: { times: [{ start: '14:00', end: '15:00' }] },
        items: [
          { id: 'chao-mung', type: 'text', title: 'Chào mừng Đại hội Công đoàn tỉnh', durationS: 30 },
          { id: 'anh-bk3', type: 'image', src: 'bk3', durationS: 30 },
        ],
        marquee: { text: ['Nhiệt liệt chào mừng Đại hội'], speedPxPerS: 100 },
      },
    ],
  });
  await page.clock.install({ time: hanoi(3, '13:59:40') });
  await page.goto(host.url);
  await expect(active(page)).toHaveAttribute('data-item-id', /^anh-bk[12]$/);
  await expect(page.getByTestId('marquee')).toContainText(DEFAULT_SLOGAN);

  await page.clock.pauseAt(hanoi(3, '14:00:00') + 100);
  await expect(active(page)).toHaveAttribute('data-item-id', 'chao-mung');
  const takeoverSlogans = page.locator('[data-testid="marquee"] .marquee-layer[data-active="true"]');
  await expect(takeoverSlogans).toContainText('Nhiệt liệt chào mừng Đại hội');
  await expect(takeoverSlogans).not.toContainText(DEFAULT_SLOGAN);
  await page.clock.pauseAt(hanoi(3, '14:00:30') + 100);
  await expect(active(page)).toHaveAttribute('data-item-id', 'anh-bk3');

  // A second screen (or this one reloaded) at the same moment agrees to the millisecond.
  const startedAt = await active(page).getAttribute('data-started-at');
  const other = await page.context().newPage();
  await other.clock.install({ time: hanoi(3, '14:00:45') });
  await other.goto(host.url);
  await other.clock.pauseAt(hanoi(3, '14:00:45'));
  await expect(active(other)).toHaveAttribute('data-item-id', 'anh-bk3');
  await expect(active(other)).toHaveAttribute('data-started-at', startedAt as string);
  await other.close();

  await page.clock.pauseAt(hanoi(3, '15:00:00') + 100);
  await expect(active(page)).toHaveAttribute('data-item-id', /^anh-bk[12]$/);
  // The old slogans fade out on the animation timeline, which the faked clock leaves behind: ask for the live layer.
  const slogans = page.locator('[data-testid="marquee"] .marquee-layer[data-active="true"]');
  await expect(slogans).toContainText(DEFAULT_SLOGAN);
  await expect(slogans).not.toContainText('Nhiệt liệt chào mừng Đại hội');
});

/**
 * Writes DATA/announcements.json as the console or an operator's editor would, and waits until the host has
 * taken it (its store watches the folder: a change applies after a 150 ms debounce, well under a second).
 * Written beside it and renamed in, so the store never reads a half-written file (which it would set aside).
 */
async function writeAnnouncements(announcements: Announcement[]): Promise<void> {
  const file = join(host.dataDir, 'announcements.json');
  await writeFile(`${file}.writing`, JSON.stringify({ version: 1, announcements }, null, 2));
  await rename(`${file}.writing`, file);
  await host.waitForLog(`announcements.json loaded (${announcements.length} announcement(s))`);
}

/** An instant as the file holds it: with its zone, in Hà Nội time as an operator would write it. */
function hanoiIso(ms: number): string {
  return `${new Date(ms + 7 * 3_600_000).toISOString().slice(0, 19)}+07:00`;
}

test('a takeover and a banner show exactly inside their windows by the page clock, over slides that keep running', async ({
  page,
}) => {
  await writePlaylist({
    version: 1,
    items: [
      { id: 'anh-bk1', type: 'image', src: 'bk1', durationS: 10 },
      { id: 'anh-bk2', type: 'image', src: 'bk2', durationS: 10 },
    ],
  });
  const starts = hanoi(2, '10:00:00');
  await writeAnnouncements([
    {
      id: 'so-tan',
      mode: 'takeover',
      title: 'Mời toàn thể cán bộ về hội trường',
      body: 'Hội nghị bắt đầu lúc 10 giờ 15.',
      startsAt: hanoiIso(starts),
      endsAt: hanoiIso(starts + 60_000),
    },
    {
      id: 'nhac-nho',
      mode: 'banner',
      title: 'Giữ trật tự trong phòng họp',
      body: '',
      startsAt: hanoiIso(starts),
      endsAt: hanoiIso(starts + 120_000),
    },
  ]);
  await page.clock.install({ time: starts - 5_000 });
  await page.goto(host.url);
  const shown = page.locator('[data-testid="announcement"][data-active="true"]');
  await expect(active(page)).toHaveAttribute('data-item-id', /^anh-bk[12]$/);
  await expect(shown).toHaveCount(0);

  await page.clock.pauseAt(starts - 1);
  await expect(shown).toHaveCount(0);
  await page.clock.pauseAt(starts);
  await expect(page.locator('[data-announcement-id="so-tan"][data-active="true"]')).toHaveAttribute(
    'data-mode',
    'takeover',
  );
  await expect(page.locator('[data-announcement-id="so-tan"]')).toContainText('Mời toàn thể cán bộ về hội trường');
  await expect(page.locator('[data-announcement-id="nhac-nho"][data-active="true"]')).toHaveAttribute(
    'data-mode',
    'banner',
  );

  // Underneath, the rotation keeps time: the slide on screen when the takeover ends is the clock's.
  const before = await active(page).getAttribute('data-item-id');
  await page.clock.pauseAt(starts + 10_100);
  await expect(active(page)).not.toHaveAttribute('data-item-id', before as string);

  await page.clock.pauseAt(starts + 60_000);
  await expect(page.locator('[data-announcement-id="so-tan"][data-active="true"]')).toHaveCount(0);
  await expect(page.locator('[data-announcement-id="nhac-nho"][data-active="true"]')).toHaveCount(1);
  await page.clock.pauseAt(starts + 120_000);
  await expect(shown).toHaveCount(0);
});
