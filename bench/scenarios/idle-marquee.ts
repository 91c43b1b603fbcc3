/** Scenario 1: one picture, only the marquee moves; frames and main-thread work. */
import { openBrowser, sizeLabel, type ScreenSize } from '../support/browser';
import { idlePlaylist } from '../support/content';
import { screencastFps, traceWindow, windowFigures, type WindowFigures } from '../support/measure';
import { PLAYERS, openPlayer, setUpStand } from '../support/stand';
import { SCENARIO } from '../support/targets';
import { frameRows, type PerPlayer, type ScenarioContext, type ScenarioResult } from './context';

export async function idleMarquee(context: ScenarioContext, size: ScreenSize): Promise<ScenarioResult> {
  const seconds = context.quick ? 3 : 10;
  const measured: Partial<PerPlayer<WindowFigures>> = {};
  for (const player of PLAYERS) {
    const stand = await setUpStand(player, { playlist: idlePlaylist(), mediaDir: context.mediaDir });
    const bench = await openBrowser(size);
    try {
      await openPlayer(bench.page, stand);
      await bench.page.waitForTimeout(1500); // fonts, the marquee's first measure, the entrance
      measured[player] = windowFigures(await traceWindow(bench.browser, bench.page, seconds * 1000));
      measured[player].screencastFps = await screencastFps(bench.page, 2000);
      context.log(
        `idle marquee ${sizeLabel(size)} ${player}: ${measured[player].frames.fps.toFixed(1)} fps` +
          ` (frames: ${measured[player].frames.source ?? '?'}; screencast ${measured[player].screencastFps?.toFixed(1)}/s)`,
      );
    } finally {
      await bench.close();
      await stand.close();
    }
  }
  const both = measured as PerPlayer<WindowFigures>;
  return { figures: frameRows(SCENARIO.marquee, sizeLabel(size), both), details: { seconds, ...both } };
}
