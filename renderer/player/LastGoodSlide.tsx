/** What the slide area shows after it failed to render. */
import { FallbackSlide } from './FallbackSlide';
import type { LastGoodImage } from './last-good-image';

/** Props of LastGoodSlide. */
export interface LastGoodSlideProps {
  lastGood: LastGoodImage;
}

/** The last picture viewers saw if there was one (still in the browser's cache), else the branded card. */
export function LastGoodSlide({ lastGood }: LastGoodSlideProps) {
  return (
    <div className="slide" data-testid="slide-recovery">
      {lastGood.src ? (
        <img className="slide-image" src={lastGood.src} alt="" draggable={false} style={{ objectFit: lastGood.fit }} />
      ) : (
        <FallbackSlide variant="standby" />
      )}
    </div>
  );
}
