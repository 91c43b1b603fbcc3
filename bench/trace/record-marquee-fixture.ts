/**
 * Records tests/fixtures/traces/pano-marquee-1080p.json.gz: Pano's idle marquee at 1920×1080 under the
 * benchmark's own browser (bench/support), the case where viz skips every draw ("Draw skipped.", no
 * Display::FrameDisplayed, every PipelineReporter STATE_DROPPED) while the page's compositor submits ~60
 * frames/s and a screencast of the page counts ~60/s. Needs the built host (npm run -s build).
 *
 *   npx tsx bench/trace/record-marquee-fixture.ts [--out=DIR]
 *
 * The trace is recorded without a screencast (its copy requests make viz draw, which hides the case);
 * the screencast is counted afterwards, in a stretch of its own, and printed.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { mark, openBrowser, traceWhile } from '../support/browser';
import { idlePlaylist } from '../support/content';
import { screencastFps } from '../support/measure';
import { writeBenchMedia } from '../support/media';
import { openPlayer, setUpStand } from '../support/stand';
import { windowFromMarks } from './events';
import { frameStats, presentedFrameTimes } from './frames';
import { MARKS, trimForFixture } from './record-fixture';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

async function main(): Promise<void> {
  const outArg = process.argv.find((a) => a.startsWith('--out='));
  const dir = outArg
    ? outArg.slice('--out='.length)
    : fileURLToPath(new URL('../../tests/fixtures/traces/', import.meta.url));
  const mediaDir = join(tmpdir(), 'pano-bench-media-v1');
  await writeBenchMedia(mediaDir);
  const stand = await setUpStand('pano', { playlist: idlePlaylist(), mediaDir });
  const bench = await openBrowser({ width: 1920, height: 1080 });
  try {
    await openPlayer(bench.page, stand);
    await bench.page.waitForTimeout(1500);
    const events = await traceWhile(bench.browser, async () => {
      await bench.page.waitForTimeout(150);
      await mark(bench.page, MARKS.start);
      await bench.page.waitForTimeout(2000);
      await mark(bench.page, MARKS.end);
      await bench.page.waitForTimeout(150);
    });
    const screencast = await screencastFps(bench.page, 2000);
    const trimmed = trimForFixture(events);
    const window = windowFromMarks(trimmed, MARKS.start, MARKS.end);
    const times = presentedFrameTimes(trimmed);
    const stats = frameStats(times, window);
    console.log(
      `pano-marquee-1080p: ${events.length} events → ${trimmed.length} kept; source ${times.source};`,
      `${stats.frames} frames (${stats.fps.toFixed(1)} fps, p99 ${stats.intervalsMs.p99.toFixed(1)} ms);`,
      `Display::FrameDisplayed ${presentedFrameTimes(trimmed, { source: 'display' }).length};`,
      `screencast afterwards ${screencast.toFixed(1)}/s`,
    );
    const gz = gzipSync(JSON.stringify({ traceEvents: trimmed }), { level: 9 });
    writeFileSync(join(dir, 'pano-marquee-1080p.json.gz'), gz);
    console.log(`  wrote ${join(dir, 'pano-marquee-1080p.json.gz')} (${(gz.length / 1024).toFixed(1)} KB)`);
  } finally {
    await bench.close();
    await stand.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
