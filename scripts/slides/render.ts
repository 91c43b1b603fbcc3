/** Renders HTML pages to JPEG/PNG files in headless Chromium, refusing to shoot in a fallback font. */
import { existsSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { FONT_FAMILY, FONT_WEIGHTS } from './fonts';
import { fitLines, loadFonts, textBoxes } from './in-page';

/** The phrase whose glyphs must come from Be Vietnam Pro before any screenshot. */
const FONT_SAMPLE = 'Đại hội Công đoàn'.normalize('NFC');

const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/lib/chromium/chromium'];

// Quiet, offline, deterministic: nothing phones home while we render artwork.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/** An axis-aligned rectangle in canvas pixels. */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** One image to produce. */
export interface Shot {
  html: string;
  out: string;
  width: number;
  height: number;
  format: 'jpeg' | 'png';
  /** Areas text must stay out of: the marquee band, the clock corner. */
  keepClear?: Rect[];
  /** A JPEG above this many bytes is re-encoded at a lower quality. */
  maxBytes?: number;
}

/** The Chromium to drive: `PANO_CHROMIUM` first, then the distribution's paths. */
export function findChromium(): string {
  const fromEnv = process.env['PANO_CHROMIUM'];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`PANO_CHROMIUM points to ${fromEnv}, which does not exist`);
    return fromEnv;
  }
  const found = CHROMIUM_CANDIDATES.find((candidate) => existsSync(candidate));
  if (!found) throw new Error(`No Chromium found at ${CHROMIUM_CANDIDATES.join(' or ')}; set PANO_CHROMIUM`);
  return found;
}

const overlaps = (a: Rect, b: Rect): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * A text box grown by 4 % of its height above and below (narrowed 1 px at the sides). Two such
 * boxes overlap when lines are set tighter than about 1.37: tight enough that in a stack of
 * identical lines the dot below Ộ lands on the circumflex beneath and reads as Ồ.
 */
const breathingRoom = (r: Rect): Rect => {
  const pad = (r.bottom - r.top) * 0.04;
  return { left: r.left + 1, top: r.top - pad, right: r.right - 1, bottom: r.bottom + pad };
};

/** Loads the page and checks font, fit and safe area; throws with a message naming what is wrong. */
async function prepare(page: Page, shot: Shot): Promise<void> {
  await page.setViewportSize({ width: shot.width, height: shot.height });
  await page.setContent(shot.html, { waitUntil: 'load' });
  const fonts = await page.evaluate(loadFonts, {
    family: FONT_FAMILY,
    weights: [...FONT_WEIGHTS],
    sample: FONT_SAMPLE,
  });
  const missing = FONT_WEIGHTS.filter((w) => !fonts.weightsOk[w] || !fonts.loadedWeights.includes(String(w)));
  if (!fonts.sampleOk || missing.length > 0) {
    throw new Error(`${shot.out}: ${FONT_FAMILY} did not load (weights ${missing.join(', ') || '700'})`);
  }
  for (const note of await page.evaluate(fitLines)) console.warn(`  ${path.basename(shot.out)}: shrank ${note}`);
  const canvas: Rect = { left: 0, top: 0, right: shot.width, bottom: shot.height };
  const boxes = await page.evaluate(textBoxes);
  for (const [i, box] of boxes.entries()) {
    const outside =
      box.left < canvas.left || box.top < canvas.top || box.right > canvas.right || box.bottom > canvas.bottom;
    const intruding = (shot.keepClear ?? []).some((zone) => overlaps(box, zone));
    if (outside || intruding) {
      throw new Error(`${shot.out}: text "${box.text}" ${outside ? 'leaves the canvas' : 'enters a keep-clear zone'}`);
    }
    // Text boxes span the font's ascent and descent, stacked diacritics (Ấ, Ệ) and dots below (Ạ, Ộ) included.
    const clash = boxes.slice(i + 1).find((other) => overlaps(breathingRoom(box), breathingRoom(other)));
    if (clash) throw new Error(`${shot.out}: lines "${box.text}" and "${clash.text}" are set too tight`);
  }
}

/** Screenshots at quality 85, stepping down only if the file is over budget. */
async function capture(page: Page, shot: Shot): Promise<number> {
  if (shot.format === 'png') {
    await page.screenshot({ path: shot.out, type: 'png', omitBackground: true });
    return statSync(shot.out).size;
  }
  let size = 0;
  for (const quality of [85, 82, 78]) {
    await page.screenshot({ path: shot.out, type: 'jpeg', quality });
    size = statSync(shot.out).size;
    if (size <= (shot.maxBytes ?? Infinity)) break;
    console.warn(`  ${path.basename(shot.out)}: ${size} bytes at quality ${quality}, re-encoding`);
  }
  return size;
}

/** Opens one browser, renders every shot in order, and always closes the browser. Returns bytes per file. */
export async function renderAll(shots: readonly Shot[]): Promise<Map<string, number>> {
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const sizes = new Map<string, number>();
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    // Artwork is self-contained; any request would mean a mistake in a template.
    await page.route('**/*', (route) => {
      const url = route.request().url();
      return url.startsWith('data:') ? route.continue() : route.abort();
    });
    for (const shot of shots) {
      await mkdir(path.dirname(shot.out), { recursive: true });
      await prepare(page, shot);
      sizes.set(shot.out, await capture(page, shot));
    }
  } finally {
    await browser.close();
  }
  return sizes;
}
