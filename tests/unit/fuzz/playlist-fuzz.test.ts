/**
 * Fuzzing the playlist reader (playlist.json, a remote playlist, the console's PUT): text cut and spliced, values
 * of the wrong type, hostile keys, deep nesting. parsePlaylist answers with the playlist or with problems that
 * each name a field and say why — within a second, without touching Object.prototype — and a playlist it accepts
 * resolves into slides without an exception.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';

import { parsePlaylist } from '../../../main/core/playlist/parse';
import { resolveMarquee, resolveSlides, type ResolveContext } from '../../../main/core/playlist/resolve';
import { fragmentArb, mutatedText, mutatedValue } from './arbitraries';
import { assertPrototypeClean, boundedCall, checkProblems, fuzz, fuzzTimeoutMs } from './bounded-call';
import { PLAYLISTS } from './seeds';

const PLAYLIST_TEXTS = PLAYLISTS.map((playlist) => JSON.stringify(playlist, null, 2));

const context: ResolveContext = {
  mediaUrlFor: (src) => `/media/${encodeURIComponent(src)}`,
  defaultTransition: 'crossfade',
  defaultSlogans: ['Khẩu hiệu'],
  timezone: 'Asia/Ho_Chi_Minh',
  news: { featured: [], imageUrlFor: () => null, source: null, headlinesInMarquee: false },
};

function parseAndResolve(text: string): void {
  const result = boundedCall('parsePlaylist', text, () => parsePlaylist(text));
  checkProblems(result, 'parsePlaylist', text);
  assertPrototypeClean(text);
  if (result.ok) {
    boundedCall('resolveSlides', text, () => resolveSlides(result.value, context));
    boundedCall('resolveMarquee', text, () => resolveMarquee(result.value, context));
  }
}

describe('fuzz: playlist documents', () => {
  it(
    'playlist text cut, spliced and padded with hostile fragments is read or refused field by field',
    () => {
      fuzz(fc.property(mutatedText(PLAYLIST_TEXTS), parseAndResolve), 200);
    },
    fuzzTimeoutMs(),
  );

  it(
    'playlists with values of the wrong type, __proto__/constructor keys and deep nesting are refused cleanly',
    () => {
      fuzz(
        fc.property(mutatedValue(PLAYLISTS), (value) => {
          let text: string;
          try {
            text = JSON.stringify(value);
          } catch {
            return; // nesting too deep for JSON itself: never a file on disk
          }
          parseAndResolve(text);
        }),
        200,
      );
    },
    fuzzTimeoutMs(),
  );

  it(
    'any short text, hostile or random, gets an answer',
    () => {
      fuzz(
        fc.property(
          fc.oneof(
            fc.array(fragmentArb, { maxLength: 5 }).map((p) => p.join('')),
            fc.string({ unit: 'binary' }),
          ),
          parseAndResolve,
        ),
        150,
      );
    },
    fuzzTimeoutMs(),
  );
});
