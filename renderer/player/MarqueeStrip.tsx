/** One set of slogans scrolling at a constant speed. */
import { useRef, useState } from 'react';
import { MarqueeCopy } from './MarqueeCopy';
import { useFontsReady } from './use-fonts-ready';
import { useMarqueeAnimation } from './use-marquee-animation';
import { useStripMeasure } from './use-strip-measure';

/** Props of MarqueeStrip. */
export interface MarqueeStripProps {
  slogans: readonly string[];
  speedPxPerS: number;
}

/**
 * The strip rendered as many times as it takes to cover the band plus one,
 * on a track that moves one strip width per loop. It starts once the fonts
 * are ready (so it is measured in the real typeface) and is hidden until the
 * animation runs, so it never shows parked at its start and then jumps.
 */
export function MarqueeStrip({ slogans, speedPxPerS }: MarqueeStripProps) {
  const bandRef = useRef<HTMLDivElement>(null);
  const trackRef = useRef<HTMLDivElement>(null);
  const copyRef = useRef<HTMLDivElement>(null);
  const [running, setRunning] = useState(false);
  const { stripWidthPx, copies } = useStripMeasure(bandRef, copyRef);
  const fontsReady = useFontsReady();
  useMarqueeAnimation(trackRef, fontsReady ? stripWidthPx : 0, speedPxPerS, setRunning);

  return (
    <div className="marquee-viewport" ref={bandRef}>
      <div className="marquee-track" ref={trackRef} style={{ visibility: running ? 'visible' : 'hidden' }}>
        {Array.from({ length: copies }, (_, index) => (
          <MarqueeCopy key={index} slogans={slogans} repeat={index > 0} ref={index === 0 ? copyRef : undefined} />
        ))}
      </div>
    </div>
  );
}
