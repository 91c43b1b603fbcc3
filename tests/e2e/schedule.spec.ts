import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { AnnouncementState, PlayerState } from '../../main/core/player-state';
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
  const announcements: AnnouncementState[] = [
    {
      id: 'so-tan',
      mode: 'takeover',
      title: 'Mời toàn thể cán bộ về hội trường',
      body: 'Hội nghị bắt đầu lúc 10 giờ 15.',
      startsAtMs: starts,
      endsAtMs: starts + 60_000,
    },
    {
      id: 'nhac-nho',
      mode: 'banner',
      title: 'Giữ trật tự trong phòng họp',
      body: '',
      startsAtMs: starts,
      endsAtMs: starts + 120_000,
    },
  ];
  // The host does not keep announcements yet (its store is not wired): answer the page's event stream
  // with the host's own state plus these announcements; page and media are the real host's.
  const state = await hostState(host.url);
  const withAnnouncements = { ...state, revision: state.revision + 1, announcements };
  await page.route(`${host.url}/events`, (route) =>
    route.fulfill({
      status: 200,
      headers: { 'content-type': 'text/event-stream', 'cache-control': 'no-store' },
      body: `retry: 60000\nevent: state\ndata: ${JSON.stringify(withAnnouncements)}\n\n`,
    }),
  );
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
