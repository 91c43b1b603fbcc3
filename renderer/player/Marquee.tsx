/** The slogan band along the bottom of the screen. */
import { AnimatePresence, motion, useIsPresent } from 'framer-motion';
import { useMemo } from 'react';
import type { MarqueeState } from '../../main/core/player-state';
import { cleanText } from '../../main/core/text';
import { MarqueeStrip } from './MarqueeStrip';
import { useFontsReady } from './use-fonts-ready';

/** Seconds for new slogans to fade in over the old ones. */
export const MARQUEE_CROSSFADE_S = 0.6;

/** One set of slogans; `data-active` turns "false" while it fades out under the next. */
function MarqueeLayer({ slogans, speedPxPerS }: { slogans: string[]; speedPxPerS: number }) {
  const isPresent = useIsPresent();
  return (
    <motion.div
      className="marquee-layer"
      data-active={isPresent ? 'true' : 'false'}
      initial={{ opacity: 0 }}
      animate={{ opacity: 1 }}
      exit={{ opacity: 0 }}
      transition={{ duration: MARQUEE_CROSSFADE_S, ease: 'linear' }}
    >
      <MarqueeStrip slogans={slogans} speedPxPerS={speedPxPerS} />
    </motion.div>
  );
}

/** Props of Marquee. */
export interface MarqueeProps {
  marquee: MarqueeState;
}

/**
 * Dark red band with the slogans scrolling in gold and white. When the
 * slogans or the speed change, the new strip fades in over the old one,
 * which keeps moving until it is gone: nothing jumps back to its start.
 * The band stays transparent (it keeps its place) until the fonts are ready,
 * so a late typeface never re-measures a strip viewers are reading. No
 * slogans, no band.
 */
export function Marquee({ marquee }: MarqueeProps) {
  const slogans = useMemo(
    () => marquee.slogans.map(cleanText).filter((slogan) => slogan.length > 0),
    [marquee.slogans],
  );
  const key = JSON.stringify([slogans, marquee.speedPxPerS]);
  const fontsReady = useFontsReady();
  if (slogans.length === 0) return null;
  return (
    <div className="marquee" data-testid="marquee" style={{ opacity: fontsReady ? 1 : 0 }}>
      <AnimatePresence initial={false}>
        <MarqueeLayer key={key} slogans={slogans} speedPxPerS={marquee.speedPxPerS} />
      </AnimatePresence>
    </div>
  );
}
