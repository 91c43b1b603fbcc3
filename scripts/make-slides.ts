/**
 * Draws Pano's bundled artwork: the campaign slides bk1–bk5, the standby card,
 * the app icon and the picture of the sample feed's article. Run with
 * `npm run make-slides`; the outputs are committed, so players never need
 * Chromium or the font to show them.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ICON_SIZE, iconHtml, standbyHtml } from './slides/brand';
import { campaignSlides } from './slides/campaign';
import { NEWS_SAMPLE, newsSampleHtml } from './slides/news-sample';
import { SLIDE } from './slides/page';
import { renderAll, type Rect, type Shot } from './slides/render';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const slidesDir = path.join(root, 'assets', 'slides');

// The player overlays the slogan marquee on the bottom band and a clock in the top-right corner.
const MARQUEE_BAND: Rect = { left: 0, top: SLIDE.height - 110, right: SLIDE.width, bottom: SLIDE.height };
const CLOCK_CORNER: Rect = { left: SLIDE.width - 440, top: 0, right: SLIDE.width, bottom: 190 };
const MAX_SLIDE_BYTES = 450 * 1024;

const slide = (name: string, html: string): Shot => ({
  html,
  out: path.join(slidesDir, `${name}.jpg`),
  width: SLIDE.width,
  height: SLIDE.height,
  format: 'jpeg',
  keepClear: [MARQUEE_BAND, CLOCK_CORNER],
  maxBytes: MAX_SLIDE_BYTES,
});

const shots: Shot[] = [
  ...campaignSlides().map(({ id, html }) => slide(id, html)),
  slide('standby', standbyHtml()),
  {
    html: iconHtml(),
    out: path.join(root, 'assets', 'icons', 'pano.png'),
    width: ICON_SIZE,
    height: ICON_SIZE,
    format: 'png',
  },
  {
    html: newsSampleHtml(),
    out: path.join(root, 'assets', 'feed', '6.-cong-tac-tuyen-truyen-dh-cac-cap.anh.jpg'),
    width: NEWS_SAMPLE.width,
    height: NEWS_SAMPLE.height,
    format: 'jpeg',
    maxBytes: 300 * 1024,
  },
];

const sizes = await renderAll(shots);
for (const [file, bytes] of sizes) {
  console.log(`${path.relative(root, file)}  ${(bytes / 1024).toFixed(0)} KB`);
}
