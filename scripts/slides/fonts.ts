/**
 * Embeds Be Vietnam Pro in a page as data: URLs, so a slide renders without
 * network access and without depending on the fonts installed on this machine.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** The family every slide is set in (SIL OFL 1.1, from @fontsource/be-vietnam-pro). */
export const FONT_FAMILY = 'Be Vietnam Pro';

/** The weights the slides use; the only ones loaded into a page. */
export const FONT_WEIGHTS = [500, 700, 800] as const;

// Order matters only for readability; unicode-range decides which file serves a glyph.
const SUBSETS = ['vietnamese', 'latin-ext', 'latin'] as const;
type Subset = (typeof SUBSETS)[number];

const require = createRequire(import.meta.url);
// Resolving a file the package exports (rather than guessing a node_modules path) follows npm's own lookup.
const unicodeJsonPath = require.resolve('@fontsource/be-vietnam-pro/unicode.json');
const packageDir = path.dirname(unicodeJsonPath);

/** The package's own unicode-range per subset, so the ranges never drift from the files. */
function readUnicodeRanges(): Record<Subset, string> {
  const parsed = JSON.parse(readFileSync(unicodeJsonPath, 'utf8')) as Partial<Record<Subset, string>>;
  const ranges = {} as Record<Subset, string>;
  for (const subset of SUBSETS) {
    const range = parsed[subset];
    if (!range) throw new Error(`@fontsource/be-vietnam-pro/unicode.json has no range for subset "${subset}"`);
    ranges[subset] = range;
  }
  return ranges;
}

/** `@font-face` rules for every subset × weight, each woff2 inlined as a data: URL. */
export function fontFaceCss(): string {
  const ranges = readUnicodeRanges();
  const rules: string[] = [];
  for (const weight of FONT_WEIGHTS) {
    for (const subset of SUBSETS) {
      const file = path.join(packageDir, 'files', `be-vietnam-pro-${subset}-${weight}-normal.woff2`);
      const base64 = readFileSync(file).toString('base64');
      rules.push(
        `@font-face{font-family:'${FONT_FAMILY}';font-style:normal;font-weight:${weight};font-display:block;` +
          `src:url(data:font/woff2;base64,${base64}) format('woff2');unicode-range:${ranges[subset]};}`,
      );
    }
  }
  return rules.join('\n');
}
