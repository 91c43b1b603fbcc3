/** The shape every language of the console fills: the Vietnamese one with its words widened to any string. */
import type { vi } from './vi';

type Widen<T> = {
  [K in keyof T]: T[K] extends string
    ? string
    : T[K] extends (...args: infer A) => string
      ? (...args: A) => string
      : Widen<T[K]>;
};

/** All the words of the console in one language. */
export type Dictionary = Widen<typeof vi>;

/** The languages offered; Vietnamese first. */
export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The localStorage key that remembers the choice. */
export const LANGUAGE_STORAGE_KEY = 'pano.console.language';

/** The stored language if it is one we have, else Vietnamese. */
export function pickLanguage(stored: string | null): Language {
  return (LANGUAGES as readonly string[]).includes(stored ?? '') ? (stored as Language) : 'vi';
}
