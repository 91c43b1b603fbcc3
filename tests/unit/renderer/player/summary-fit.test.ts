import { describe, expect, it } from 'vitest';
import {
  fitSummary,
  MIN_CLAMPED_LINES,
  summaryParagraphs,
  type MeasuredParagraph,
} from '../../../../renderer/player/summary-fit';

// A 1080p screen: 3.4vmin type at line-height 1.45 is about 53 px a line, 1.4vmin (15 px) between paragraphs.
const LINE = 53;
const GAP = 15;

/** Paragraphs of the given line counts, stacked as the browser lays them out. */
function laidOut(...lineCounts: number[]): MeasuredParagraph[] {
  let top = 0;
  return lineCounts.map((lines) => {
    const paragraph = { top, height: lines * LINE };
    top += paragraph.height + GAP;
    return paragraph;
  });
}

describe('splitting a summary into paragraphs', () => {
  it('splits at blank lines and joins the lines inside a paragraph', () => {
    expect(summaryParagraphs('Đoạn một,\ncòn tiếp.\n\nĐoạn hai.\n \n\nĐoạn ba.')).toEqual([
      'Đoạn một, còn tiếp.',
      'Đoạn hai.',
      'Đoạn ba.',
    ]);
  });

  it('has no paragraph for an empty or blank summary', () => {
    expect(summaryParagraphs('')).toEqual([]);
    expect(summaryParagraphs(' \n\n \n')).toEqual([]);
  });
});

describe('fitting the summary to its box', () => {
  it('shows everything, unclamped, when it all fits', () => {
    expect(fitSummary(laidOut(3, 2), 10 * LINE, LINE)).toEqual({ count: 2, clampLines: null });
  });

  it('shows a paragraph that fits exactly, allowing for whole-pixel rounding', () => {
    expect(fitSummary(laidOut(4), 4 * LINE - 1, LINE)).toEqual({ count: 1, clampLines: null });
  });

  it('clamps the first paragraph to the whole lines that fit, never a part line', () => {
    expect(fitSummary(laidOut(9), 4.6 * LINE, LINE)).toEqual({ count: 1, clampLines: 4 });
  });

  it('clamps the first paragraph even to one line, so a short box still says something', () => {
    expect(fitSummary(laidOut(5), 1.2 * LINE, LINE)).toEqual({ count: 1, clampLines: 1 });
  });

  it('shows nothing when not even one line fits', () => {
    expect(fitSummary(laidOut(5), 0.5 * LINE, LINE)).toEqual({ count: 0, clampLines: null });
    expect(fitSummary(laidOut(5), 0, LINE)).toEqual({ count: 0, clampLines: null });
  });

  it('keeps whole paragraphs and clamps the next when enough of it fits', () => {
    // 3 lines + gap + 5 more lines' room: the second paragraph (6 lines) is cut to 5.
    const paragraphs = laidOut(3, 6, 2);
    expect(fitSummary(paragraphs, 3 * LINE + GAP + 5 * LINE + 10, LINE)).toEqual({ count: 2, clampLines: 5 });
  });

  it(`drops a trailing paragraph of which fewer than ${MIN_CLAMPED_LINES} lines would fit`, () => {
    const paragraphs = laidOut(3, 6);
    expect(fitSummary(paragraphs, 3 * LINE + GAP + 1.5 * LINE, LINE)).toEqual({ count: 1, clampLines: null });
    // The gap alone does not count as room.
    expect(fitSummary(paragraphs, 3 * LINE + GAP / 2, LINE)).toEqual({ count: 1, clampLines: null });
  });

  it('drops everything after the first paragraph that does not fit', () => {
    const fit = fitSummary(laidOut(2, 8, 1, 1), 2 * LINE + GAP + 3 * LINE, LINE);
    expect(fit).toEqual({ count: 2, clampLines: 3 });
  });

  it('never shows more lines than the box holds', () => {
    for (let available = 0; available < 1200; available += 7) {
      const paragraphs = laidOut(2, 5, 3, 7);
      const fit = fitSummary(paragraphs, available, LINE);
      const shown = paragraphs.slice(0, fit.count);
      const last = shown.at(-1);
      if (!last) continue;
      const bottom = last.top + (fit.clampLines === null ? last.height : fit.clampLines * LINE);
      expect(bottom).toBeLessThanOrEqual(available + 1);
    }
  });

  it('drops the overflow rather than guessing when the line height is unknown', () => {
    expect(fitSummary(laidOut(2, 6), 4 * LINE, Number.NaN)).toEqual({ count: 1, clampLines: null });
  });
});
