/** One run of the slogans, each followed by a gold star. */
import type { Ref } from 'react';
import { Star } from './Star';

/** Props of MarqueeCopy. */
export interface MarqueeCopyProps {
  slogans: readonly string[];
  /** Repeats exist only to fill the loop; screen readers get the first copy alone. */
  repeat: boolean;
  ref?: Ref<HTMLDivElement>;
}

/**
 * The star trails every slogan, the last one included, so copies placed side
 * by side join seamlessly.
 */
export function MarqueeCopy({ slogans, repeat, ref }: MarqueeCopyProps) {
  return (
    <div className="marquee-copy" ref={ref} aria-hidden={repeat ? 'true' : undefined}>
      {slogans.map((slogan, index) => (
        <span className="marquee-item" key={index}>
          <span className="marquee-slogan">{slogan}</span>
          <Star className="marquee-star" />
        </span>
      ))}
    </div>
  );
}
