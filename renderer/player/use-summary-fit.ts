/** Measuring a news summary and fitting it to its box. */
import { useLayoutEffect, useState, type RefObject } from 'react';
import { onFontsSettled } from './on-fonts-settled';
import { fitSummary, sameFit, type MeasuredParagraph, type SummaryFit } from './summary-fit';

/** Used when the computed line height is "normal": the summary's CSS sets a number close to it. */
const FALLBACK_LINE_HEIGHT = 1.45;

function lineHeightOf(element: Element): number {
  const style = getComputedStyle(element);
  const lineHeight = Number.parseFloat(style.lineHeight);
  return Number.isFinite(lineHeight) ? lineHeight : Number.parseFloat(style.fontSize) * FALLBACK_LINE_HEIGHT;
}

/**
 * Measures every paragraph at full length in `measurer` (a hidden copy of
 * the summary as wide as `box`) against the height of `box`, and re-fits when
 * either changes size (a resize, a rotation, a font that finished loading, the
 * image column appearing or going) and once the fonts are ready. Layout sizes
 * (offset*, client*) ignore transforms, so the slide's entrance animation does
 * not skew them.
 */
export function useSummaryFit(
  box: RefObject<HTMLElement | null>,
  measurer: RefObject<HTMLElement | null>,
  paragraphCount: number,
): SummaryFit {
  const [fit, setFit] = useState<SummaryFit>({ count: paragraphCount, clampLines: null });

  useLayoutEffect(() => {
    const boxElement = box.current;
    const measurerElement = measurer.current;
    if (!boxElement || !measurerElement) return;
    let live = true;
    const update = () => {
      if (!live) return;
      const children = Array.from(measurerElement.children).filter(
        (child): child is HTMLElement => child instanceof HTMLElement,
      );
      const measured: MeasuredParagraph[] = children.map((child) => ({
        top: child.offsetTop,
        height: child.offsetHeight,
      }));
      const lineHeightPx = children[0] ? lineHeightOf(children[0]) : 0;
      const next = fitSummary(measured, boxElement.clientHeight, lineHeightPx);
      setFit((previous) => (sameFit(previous, next) ? previous : next));
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(boxElement);
    observer.observe(measurerElement);
    const stopWatchingFonts = onFontsSettled(update);
    return () => {
      live = false;
      observer.disconnect();
      stopWatchingFonts();
    };
  }, [box, measurer, paragraphCount]);

  return fit;
}
