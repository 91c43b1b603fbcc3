/** The one typeface of the screen, loaded before anything is measured. */
import '@fontsource/be-vietnam-pro/500.css';
import '@fontsource/be-vietnam-pro/700.css';

/** The family name every style uses. */
export const FONT_FAMILY = 'Be Vietnam Pro';

// Latin, Latin Extended and Vietnamese subsets are separate files chosen by
// unicode-range; a sample touching all three makes the browser fetch each.
const SAMPLE_TEXT = 'Đại hội Công đoàn Việt Nam ẮẰẲẴẶ ĐƯỜNG 0123456789:/,';

/**
 * Asks for both weights with every subset now, so the marquee is measured in
 * the real font and nothing swaps visibly later. Never rejects: a missing
 * font is a cosmetic problem, not a reason to stop.
 */
export function loadFonts(): Promise<void> {
  const weights = ['500', '700'];
  return Promise.all(weights.map((weight) => document.fonts.load(`${weight} 40px "${FONT_FAMILY}"`, SAMPLE_TEXT))).then(
    () => undefined,
    () => undefined,
  );
}

/** Longest wait for the typeface before the slogan band shows in whatever font there is. */
export const FONTS_WAIT_CAP_MS = 3_000;

let fontsSettled = false;
let fontsSettling: Promise<void> | null = null;

/** True once `whenFontsReady()` has resolved on this page. */
export function fontsAreSettled(): boolean {
  return fontsSettled;
}

/**
 * Resolves when the page's fonts have loaded (`document.fonts.ready`), or
 * after FONTS_WAIT_CAP_MS at most: a slow disk delays the band, it never hides it.
 */
export function whenFontsReady(): Promise<void> {
  fontsSettling ??= Promise.race([
    document.fonts.ready.then(
      () => undefined,
      () => undefined,
    ),
    new Promise<void>((resolve) => setTimeout(resolve, FONTS_WAIT_CAP_MS)),
  ]).then(() => {
    fontsSettled = true;
  });
  return fontsSettling;
}
