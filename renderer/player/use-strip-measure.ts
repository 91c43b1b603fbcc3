/** Measuring one run of the marquee and the band it must fill. */
import { useLayoutEffect, useState, type RefObject } from 'react';
import { copiesToFill } from './marquee-math';
import { onFontsSettled } from './on-fonts-settled';

/** The strip's width in CSS px and how many copies cover the band. */
export interface StripMeasure {
  stripWidthPx: number;
  copies: number;
}

/**
 * Watches the first copy and the band with a ResizeObserver (a font swap or
 * a screen resize changes them) and re-measures once fonts are ready.
 * getBoundingClientRect keeps sub-pixel widths, so the loop's seam does not creep.
 */
export function useStripMeasure(
  band: RefObject<HTMLElement | null>,
  copy: RefObject<HTMLElement | null>,
): StripMeasure {
  const [measure, setMeasure] = useState<StripMeasure>({ stripWidthPx: 0, copies: 2 });

  useLayoutEffect(() => {
    const bandElement = band.current;
    const copyElement = copy.current;
    if (!bandElement || !copyElement) return;
    let live = true;
    const update = () => {
      if (!live) return;
      const stripWidthPx = copyElement.getBoundingClientRect().width;
      const copies = copiesToFill(stripWidthPx, bandElement.getBoundingClientRect().width);
      setMeasure((previous) =>
        previous.stripWidthPx === stripWidthPx && previous.copies === copies ? previous : { stripWidthPx, copies },
      );
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(bandElement);
    observer.observe(copyElement);
    const stopWatchingFonts = onFontsSettled(update);
    return () => {
      live = false;
      observer.disconnect();
      stopWatchingFonts();
    };
  }, [band, copy]);

  return measure;
}
