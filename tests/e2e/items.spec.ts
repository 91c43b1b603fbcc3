import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { webmBytes } from '../fixtures/video/video-bytes';
import { startHostProcess, type HostProcess } from '../support/host-process';

let host: HostProcess;
test.beforeEach(async () => {
  host = await startHostProcess();
});
test.afterEach(async () => {
  await host.dispose();
});

const DAY_MS = 86_400_000;

/** The local date in Hà Nội (UTC+7) `daysAhead` days from today there, YYYY-MM-DD. */
function hanoiDay(daysAhead: number): string {
  return new Date(Date.now() + 7 * 3_600_000 + daysAhead * DAY_MS).toISOString().slice(0, 10);
}

const active = (page: Page) => page.locator('[data-testid="slide"][data-active="true"]');

async function writePlaylist(items: unknown[]): Promise<void> {
  await writeFile(join(host.dataDir, 'playlist.json'), JSON.stringify({ version: 1, items }, null, 2));
  await host.waitForLog('playlist.json loaded');
}

test('a countdown says how many days and hours are left, and the done text once the moment has come', async ({
  page,
}) => {
  const targetDay = hanoiDay(14);
  await writePlaylist([
    {
      id: 'dem-nguoc',
      type: 'countdown',
      title: 'Đại hội XIII Công đoàn Việt Nam',
      targetAt: `${targetDay}T08:00`,
      doneText: 'Chào mừng Đại hội XIII Công đoàn Việt Nam',
      durationS: 10,
    },
  ]);
  // 12 days and 5 hours before 08:00 on the target day: 03:00 twelve days earlier.
  await page.clock.install({ time: Date.parse(`${hanoiDay(2)}T03:00:00+07:00`) });
  await page.goto(host.url);
  const slide = active(page);
  await expect(slide).toHaveAttribute('data-item-id', 'dem-nguoc');
  await expect(slide.locator('[data-unit="ngày"]')).toHaveText('12ngày');
  await expect(slide.locator('[data-unit="giờ"]')).toHaveText('5giờ');
  await expect(slide.getByTestId('countdown')).toHaveAttribute(
    'aria-label',
    'Còn 12 ngày 5 giờ đến Đại hội XIII Công đoàn Việt Nam',
  );

  // The last minute before the moment, then the moment itself, by the page clock.
  const targetMs = Date.parse(`${targetDay}T08:00:00+07:00`);
  await page.clock.pauseAt(targetMs - 30_000);
  await page.clock.runFor(1_000);
  await expect(slide.locator('[data-unit="phút"]')).toHaveText('1phút');
  await page.clock.runFor(30_000);
  await expect(slide.getByTestId('countdown-done')).toHaveText('Chào mừng Đại hội XIII Công đoàn Việt Nam');
});

test('a text slide shows its title and body, in NFC, inside the screen above the slogan band', async ({ page }) => {
  await writePlaylist([
    {
      id: 'thong-bao',
      type: 'text',
      // Typed in decomposed form, as some editors save Vietnamese.
      title: 'Thông báo lịch họp Ban Chấp hành'.normalize('NFD'),
      body: `Ban Chấp hành họp phiên thường kỳ lúc 8 giờ sáng thứ Hai tại hội trường tầng 2.\n\n${'Đề nghị các đồng chí có mặt đúng giờ. '.repeat(30)}`,
      durationS: 10,
    },
  ]);
  for (const viewport of [
    { width: 1920, height: 1080 },
    { width: 1080, height: 1920 },
  ]) {
    await page.setViewportSize(viewport);
    await page.goto(host.url);
    const slide = active(page);
    await expect(slide).toHaveAttribute('data-item-id', 'thong-bao');
    await expect(slide.getByTestId('card-title')).toHaveText('Thông báo lịch họp Ban Chấp hành'.normalize('NFC'));
    await expect(slide.getByTestId('card-body')).toContainText('Ban Chấp hành họp phiên thường kỳ');
    // The long second paragraph is cut at a line, never run under the band.
    const band = await page.getByTestId('marquee').boundingBox();
    const lastShown = slide.locator('.card-summary > p').last();
    const box = await lastShown.boundingBox();
    expect(box && band && box.y + box.height <= band.y + 1, 'the body ends above the band').toBe(true);
  }
});

/** Puts `bytes` into the host's media library (DATA/media), as a copy or an upload would. */
async function addToLibrary(name: string, bytes: Uint8Array): Promise<void> {
  await mkdir(join(host.dataDir, 'media'), { recursive: true });
  await writeFile(join(host.dataDir, 'media', name), bytes);
}

/** A real, playable WebM: two seconds of a canvas recorded by Chromium's MediaRecorder (ffmpeg is not at hand). */
async function recordWebm(browser: Browser): Promise<Buffer> {
  const page = await browser.newPage();
  try {
    const base64 = await page.evaluate(async () => {
      const canvas = document.createElement('canvas');
      canvas.width = 320;
      canvas.height = 180;
      const context = canvas.getContext('2d') as CanvasRenderingContext2D;
      let frame = 0;
      const draw = () => {
        context.fillStyle = frame % 2 ? '#c8102e' : '#f6c544';
        context.fillRect(0, 0, 320, 180);
        frame += 1;
      };
      draw();
      const recorder = new MediaRecorder(canvas.captureStream(25), { mimeType: 'video/webm;codecs=vp8' });
      const chunks: Blob[] = [];
      recorder.ondataavailable = (event) => chunks.push(event.data);
      const stopped = new Promise((resolve) => (recorder.onstop = resolve));
      const timer = setInterval(draw, 40);
      recorder.start();
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      recorder.stop();
      await stopped;
      clearInterval(timer);
      const bytes = new Uint8Array(await new Blob(chunks, { type: 'video/webm' }).arrayBuffer());
      let binary = '';
      for (const byte of bytes) binary += String.fromCharCode(byte);
      return btoa(binary);
    });
    return Buffer.from(base64, 'base64');
  } finally {
    await page.close();
  }
}

test('a video slide plays in the page’s one muted, inline <video> without controls', async ({ page, browser }) => {
  await addToLibrary('phim.webm', await recordWebm(browser));
  await writePlaylist([{ id: 'phim', type: 'video', src: 'phim.webm', durationS: 30 }]);
  // The host reads the file (type, length) before the slide enters the state, then pushes it: wait on the page.
  await page.goto(host.url);
  const slide = active(page);
  await expect(slide).toHaveAttribute('data-item-id', 'phim');
  await expect(slide).toHaveAttribute('data-kind', 'video');
  const video = slide.locator('video');
  await expect(video).toHaveCount(1);
  await expect(page.locator('video')).toHaveCount(1);
  const props = await video.evaluate((v: HTMLVideoElement) => ({
    muted: v.muted,
    controls: v.controls,
    playsInline: v.playsInline,
    src: v.getAttribute('src'),
  }));
  expect(props).toMatchObject({ muted: true, controls: false, playsInline: true });
  // The library URL carries the file's version, so a replaced file is fetched afresh.
  expect(props.src).toMatch(/^\/media\/library\/phim\.webm\?v=\d+-\d+$/);
  // It really plays: time moves on (media time is real time, not the page clock).
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime)).toBeGreaterThan(0.2);
});

test('a video the screen cannot play shows the readable fallback card and the host logs it', async ({ page }) => {
  // A WebM by its bytes (so the host serves it) but without a single track: the browser refuses it.
  await addToLibrary('hong.webm', webmBytes({}));
  await writePlaylist([{ id: 'phim-hong', type: 'video', src: 'hong.webm', durationS: 30 }]);
  await page.goto(host.url);
  const slide = active(page);
  await expect(slide).toHaveAttribute('data-item-id', 'phim-hong');
  await expect(slide).toHaveAttribute('data-fallback', 'true');
  await expect(slide).toContainText('LIÊN ĐOÀN LAO ĐỘNG TỈNH BẮC KẠN');
  // Logged as a video (not as an image), by its path without the version query.
  await host.waitForLog(
    /video \/media\/library\/hong\.webm of item "phim-hong" failed \(the file is missing or not a video/,
  );
});
