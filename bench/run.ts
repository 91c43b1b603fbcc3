/**
 * `npm run bench`: measures Pano and the naive baseline player on the same
 * content in the same run, prints a table (Pano / baseline / ratio) and writes
 * JSON. `--quick` runs everything briefly at 1920×1080 only and judges
 * nothing; a full run also checks issue 6's targets (and still exits 0 when
 * some are missed: a missed target is a finding, not a failed run).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { feedThroughput } from './scenarios/feed-throughput';
import { idleMarquee } from './scenarios/idle-marquee';
import { memory } from './scenarios/memory';
import { reference } from './scenarios/reference';
import { start } from './scenarios/start';
import { transitions } from './scenarios/transitions';
import { underLoad } from './scenarios/under-load';
import type { ScenarioContext, ScenarioResult } from './scenarios/context';
import { parseArgs, type ScenarioId } from './support/args';
import { CHROMIUM_PATH, sizeLabel, type ScreenSize } from './support/browser';
import { formatTable, type Figure } from './support/figures';
import { writeBenchMedia } from './support/media';
import { formatVerdicts, judge } from './support/targets';

const FULL_HD: ScreenSize = { width: 1920, height: 1080 };
const UHD: ScreenSize = { width: 3840, height: 2160 };

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const startedAt = Date.now();
  const log = (message: string) =>
    console.error(`bench: ${message} (${((Date.now() - startedAt) / 1000).toFixed(0)} s)`);
  // Generated once per machine: a 4000×3000 photo takes seconds to make.
  const mediaDir = join(tmpdir(), 'pano-bench-media-v1');
  const mediaBytes = await writeBenchMedia(mediaDir);
  const context: ScenarioContext = { mediaDir, quick: args.quick, log };
  const sizes = args.quick ? [FULL_HD] : [FULL_HD, UHD];

  const results: Record<string, ScenarioResult> = {};
  const wanted = (id: ScenarioId) => args.only.has(id);
  for (const size of sizes) {
    if (wanted('reference')) results[`reference ${sizeLabel(size)}`] = await reference(context, size);
    if (wanted('marquee')) results[`idle marquee ${sizeLabel(size)}`] = await idleMarquee(context, size);
    if (wanted('transitions')) results[`transitions ${sizeLabel(size)}`] = await transitions(context, size);
    if (wanted('load')) results[`under load ${sizeLabel(size)}`] = await underLoad(context, size);
  }
  if (wanted('memory')) results.memory = await memory(context);
  if (wanted('start')) results.start = await start(context);
  if (wanted('feed')) results['feed throughput'] = await feedThroughput(context);

  const figures: Figure[] = Object.values(results).flatMap((r) => r.figures);
  console.log(formatTable(figures));
  const verdicts = args.quick ? null : judge(figures);
  if (verdicts) console.log(`\nTargets (issue 6, Pano at 1920×1080):\n${formatVerdicts(verdicts)}`);

  const machine = {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? null,
    loadavg: loadavg(),
    chromium: CHROMIUM_PATH,
  };
  await mkdir(dirname(args.out), { recursive: true });
  await writeFile(
    args.out,
    `${JSON.stringify({ mode: args.quick ? 'quick' : 'full', only: [...args.only], startedAt: new Date(startedAt).toISOString(), seconds: (Date.now() - startedAt) / 1000, machine, mediaBytes, figures, verdicts, results }, null, 2)}\n`,
  );
  log(`wrote ${args.out}`);
}

main().catch((error: unknown) => {
  console.error(`bench: failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
