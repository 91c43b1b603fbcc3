/**
 * The cross-check of measuring-frames.md: a page with a known behaviour (a CSS
 * transform keyframe animation presents ~60 frames/s on this machine) must
 * read as expected in the same run, or no frame figure of the run is trusted.
 */
import { openBrowser, sizeLabel, type ScreenSize } from '../support/browser';
import type { Figure } from '../support/figures';
import { traceWindow, windowFigures } from '../support/measure';
import { METRIC, SCENARIO } from '../support/targets';
import type { ScenarioContext, ScenarioResult } from './context';

const PAGE =
  '<!doctype html><style>body{margin:0;background:#102030}@keyframes m{from{transform:translateX(0)}' +
  'to{transform:translateX(1600px)}}.b{width:240px;height:240px;background:#f5c400;animation:m 2s linear infinite alternate}' +
  '</style><div class="b"></div>';

/** Below this the run's frame source is suspect on this machine (it should read ~60). */
export const REFERENCE_MIN_FPS = 50;

export async function reference(context: ScenarioContext, size: ScreenSize): Promise<ScenarioResult> {
  const bench = await openBrowser(size);
  try {
    await bench.page.setContent(PAGE);
    await bench.page.waitForTimeout(500);
    const measured = windowFigures(await traceWindow(bench.browser, bench.page, 2000));
    const fps = measured.frames.fps;
    context.log(
      `reference ${sizeLabel(size)}: ${fps.toFixed(1)} fps (frames: ${measured.frames.source ?? '?'})${fps < REFERENCE_MIN_FPS ? ' — SUSPECT' : ''}`,
    );
    const figure: Figure = {
      scenario: SCENARIO.reference,
      size: sizeLabel(size),
      metric: METRIC.fps,
      unit: 'frames/s',
      better: 'higher',
      pano: fps,
      baseline: null,
    };
    return { figures: [figure], details: { ...measured, trusted: fps >= REFERENCE_MIN_FPS } };
  } finally {
    await bench.close();
  }
}
