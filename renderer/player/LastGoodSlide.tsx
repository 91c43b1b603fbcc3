/** What the slide area shows after it failed to render. */
import { FallbackSlide } from './FallbackSlide';
import { ImageSlide } from './ImageSlide';
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
        // Nothing more to fall back to if even this picture breaks: the black stage under it stays.
        <ImageSlide src={lastGood.src} fit={lastGood.fit} onBroken={() => undefined} />
      ) : (
        <FallbackSlide variant="standby" />
      )}
    </div>
  );
}
