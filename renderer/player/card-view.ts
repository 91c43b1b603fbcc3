/** The text of a full-screen card (a text slide, a takeover announcement), decided apart from the layout. */
import { cleanText } from '../../main/core/text';

/** What a card prints: a one-line-clean title and a plain-text body (paragraphs separated by a blank line). */
export interface CardView {
  title: string;
  body: string;
}

/**
 * NFC text only, whatever arrives: a title typed in decomposed Vietnamese
 * looks and matches like a composed one, and a non-string prints nothing
 * rather than "undefined". Markup stays text (React renders text nodes).
 */
export function cardView(title: unknown, body: unknown): CardView {
  return {
    title: typeof title === 'string' ? cleanText(title) : '',
    body: typeof body === 'string' ? body.normalize('NFC').trim() : '',
  };
}
