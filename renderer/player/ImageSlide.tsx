/** A picture slide, shown only once its image is decoded. */
import { useState } from 'react';
import type { ImageFit } from '../../main/core/player-state';
import { useLandscapeScreen } from './use-landscape-screen';

/** Props of ImageSlide. */
export interface ImageSlideProps {
  src: string;
  fit: ImageFit;
  /** Called if the browser cannot draw the image after all. */
  onBroken: (reason: string) => void;
}

/** What `auto` means for this picture on this screen. */
export function effectiveFit(
  fit: ImageFit,
  imageLandscape: boolean | null,
  screenLandscape: boolean,
): 'cover' | 'contain' {
  if (fit !== 'auto') return fit;
  return imageLandscape === null || imageLandscape === screenLandscape ? 'cover' : 'contain';
}

/**
 * Fills the stage. A contained picture sits on a blurred, darkened copy of
 * itself rather than black bars, so a landscape slide on a portrait screen
 * still looks intended. The image was decoded beforehand, so `decoding="sync"`
 * paints it in the very first frame. alt is empty so a failure can never show
 * alt text or a broken-image icon.
 */
export function ImageSlide({ src, fit, onBroken }: ImageSlideProps) {
  const screenLandscape = useLandscapeScreen();
  const [imageLandscape, setImageLandscape] = useState<boolean | null>(null);
  const shownFit = effectiveFit(fit, imageLandscape, screenLandscape);
  return (
    <>
      {shownFit === 'contain' && <img className="slide-backdrop" src={src} alt="" draggable={false} decoding="sync" />}
      <img
        className="slide-image"
        src={src}
        alt=""
        draggable={false}
        decoding="sync"
        style={{ objectFit: shownFit }}
        onLoad={(event) => setImageLandscape(event.currentTarget.naturalWidth >= event.currentTarget.naturalHeight)}
        onError={() => onBroken('the image failed to display after decoding')}
      />
    </>
  );
}
