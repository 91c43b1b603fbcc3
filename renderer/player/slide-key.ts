/** Identity of a slide on screen. */
import type { Slide } from '../../main/core/player-state';

/**
 * Id and source together: a new state that keeps an item with the same image
 * keeps the same key, so nothing restarts or flashes; a new image for the
 * same item is a real change and crossfades.
 */
export function slideKey(slide: Pick<Slide, 'id' | 'src'>): string {
  return `${slide.id}\u0000${slide.src}`;
}
