/** What the slide area shows after it failed to render. */
import { FallbackSlide } from './FallbackSlide';
import type { LastGoodImage } from './last-good-image';

/** Props of LastGoodSlide. */
export interface LastGoodSlideProps {
  lastGood: LastGoodImage;
}

/**
 * The last picture viewers saw if there was one (still in the browser's
 * cache), contained over black, else the branded card. No hooks and nothing
 * that can throw: this renders when the slide code itself has just failed.
 * The card lies under the picture, so a picture that fails to load after all
 * is hidden and the card shows instead of black.
 */
export function LastGoodSlide({ lastGood }: LastGoodSlideProps) {
  return (
    <div className="slide" data-testid="slide-recovery">
      <FallbackSlide variant="standby" />
      {lastGood.src ? (
        <img
          className="slide-image recovery-image"
          src={lastGood.src}
          alt=""
          draggable={false}
          onError={(event) => {
            event.currentTarget.style.display = 'none';
          }}
        />
      ) : null}
    </div>
  );
}
