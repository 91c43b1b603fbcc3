/**
 * Fitting a news summary to the space it has, as a pure function of measured
 * heights: whole paragraphs while they fit, then the next one cut at a line
 * boundary (line-clamp) if enough of it fits to be worth reading.
 */

/** One paragraph as laid out at full length, in CSS px from the top of the summary box. */
export interface MeasuredParagraph {
  top: number;
  height: number;
}

/** What to show: the first `count` paragraphs, the last of them clamped to `clampLines` (null: whole). */
export interface SummaryFit {
  count: number;
  clampLines: number | null;
}

/** Rounding in the measured layout (offsetHeight is whole pixels) must not drop a line that fits. */
const TOLERANCE_PX = 1;

/**
 * A paragraph after the first is cut only if at least this many lines fit: a
 * lone line ending in "…" under a whole paragraph reads as a mistake.
 */
export const MIN_CLAMPED_LINES = 2;

/** Splits the summary into paragraphs (blank-line separated), dropping empty ones. */
export function summaryParagraphs(summary: string): string[] {
  return summary
    .split(/\n\s*\n/u)
    .map((paragraph) => paragraph.replace(/\s+/gu, ' ').trim())
    .filter((paragraph) => paragraph !== '');
}

/**
 * Which paragraphs fit in `availablePx`. Paragraphs that fit whole are kept;
 * the first that does not is clamped to the whole lines left (at least one
 * for the first paragraph, MIN_CLAMPED_LINES for a later one) or dropped with
 * everything after it. Nothing is ever cut mid-line.
 */
export function fitSummary(
  paragraphs: readonly MeasuredParagraph[],
  availablePx: number,
  lineHeightPx: number,
): SummaryFit {
  for (let index = 0; index < paragraphs.length; index += 1) {
    const paragraph = paragraphs[index]!;
    if (paragraph.top + paragraph.height <= availablePx + TOLERANCE_PX) continue;
    if (!(lineHeightPx > 0)) return { count: index, clampLines: null };
    const lines = Math.floor((availablePx - paragraph.top + TOLERANCE_PX) / lineHeightPx);
    const minimum = index === 0 ? 1 : MIN_CLAMPED_LINES;
    return lines >= minimum ? { count: index + 1, clampLines: lines } : { count: index, clampLines: null };
  }
  return { count: paragraphs.length, clampLines: null };
}

/** Two fits are the same (so a re-measure that changes nothing does not re-render). */
export function sameFit(a: SummaryFit, b: SummaryFit): boolean {
  return a.count === b.count && a.clampLines === b.clampLines;
}
