/** The last image a viewer actually saw, for the error boundary to fall back on. */
import type { ImageFit } from '../../main/core/player-state';

/**
 * A mutable holder shared by the slide show (which writes it when a decoded
 * image goes on screen) and its error boundary (which reads it only after a
 * render failed, when no React state below it can be trusted).
 */
export class LastGoodImage {
  src: string | null = null;
  fit: ImageFit = 'cover';

  /** Remembers an image that has been shown. */
  remember(src: string, fit: ImageFit): void {
    this.src = src;
    this.fit = fit;
  }
}
