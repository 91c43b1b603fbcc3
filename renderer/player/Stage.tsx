/** The screen's layout: slides full-screen, slogan band along the bottom, clock in the corner. */
import type { ReactNode } from 'react';

/** Props of Stage. */
export interface StageProps {
  slides: ReactNode;
  /** Announcements: a takeover over the slides, banners above the band. */
  overlay?: ReactNode;
  clock?: ReactNode;
  marquee?: ReactNode;
}

/**
 * Slides fill the whole screen; announcements cover them, the slogan band
 * floats along the bottom and the clock over the top-right corner. Sizes come
 * from the viewport (styles.css), so 720p, 4K and portrait all fit.
 */
export function Stage({ slides, overlay, clock, marquee }: StageProps) {
  return (
    <div className="stage">
      <main className="stage-slides">{slides}</main>
      {overlay}
      {clock}
      {marquee}
    </div>
  );
}
