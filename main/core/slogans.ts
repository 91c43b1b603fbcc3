/** Slogans from the union site's banner, where they are joined by runs of dashes. */
import { cleanText } from './text';

/**
 * Splits banner text into slogans. A separator is a run of two or more dashes;
 * a single hyphen belongs to the slogan ("chính trị - xã hội").
 */
export function splitSlogans(banner: string): string[] {
  return banner
    .split(/-{2,}/u)
    .map(cleanText)
    .filter((slogan) => slogan.length > 0);
}
