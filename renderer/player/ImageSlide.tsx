/** A picture slide, shown only once its image is decoded. */
import type { ImageFit } from '../../main/core/player-state';

/** Props of ImageSlide. */
export interface ImageSlideProps {
  src: string;
  fit: ImageFit;
  /** Called if the browser cannot draw the image after all. */
  onBroken: (reason: string) => void;
}

/**
 * Fills the stage; `contain` leaves black bars, `cover` crops. The image was
 * decoded beforehand, so `decoding="sync"` paints it in the very first frame.
 * alt is empty so a failure can never show alt text or a broken-image icon.
 */
export function ImageSlide({ src, fit, onBroken }: ImageSlideProps) {
  return (
    <img
      className="slide-image"
      src={src}
      alt=""
      draggable={false}
      decoding="sync"
      style={{ objectFit: fit }}
      onError={() => onBroken('the image failed to display after decoding')}
    />
  );
}
