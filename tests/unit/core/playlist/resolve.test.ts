import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlaylist } from '../../../../main/core/playlist/parse';
import { resolveMarquee, resolveSlides, type ResolveContext } from '../../../../main/core/playlist/resolve';
import type { Playlist } from '../../../../main/core/playlist/schema';
import { splitSlogans } from '../../../../main/core/slogans';
import { describeProblems } from '../../../../main/core/validation';

const BANNER_SLOGANS = splitSlogans(
  readFileSync(new URL('../../../fixtures/congdoanbackan-banner.txt', import.meta.url), 'utf8'),
);

function playlist(document: object): Playlist {
  const result = parsePlaylist(JSON.stringify(document));
  if (!result.ok) throw new Error(describeProblems(result.problems));
  return result.value;
}
const DEFAULT_PLAYLIST = playlist(
  JSON.parse(readFileSync(new URL('../../../../assets/default-playlist.json', import.meta.url), 'utf8')) as object,
);

const context: ResolveContext = {
  mediaUrlFor: (src) =>
    /^bk\d$/.test(src) ? `/media/bundled/${src}.jpg` : `/media/library/${encodeURIComponent(src)}`,
  defaultTransition: 'crossfade',
  defaultSlogans: BANNER_SLOGANS,
};

describe('resolveSlides', () => {
  it('skips the news item while there are no articles, so no empty slide is shown', () => {
    const slides = resolveSlides(DEFAULT_PLAYLIST, context);
    expect(slides.map((s) => s.id)).toEqual(['bk1', 'bk2', 'bk3', 'bk4', 'bk5']);
  });

  it('turns seconds into milliseconds', () => {
    const slides = resolveSlides(
      playlist({
        version: 1,
        items: [
          { id: 'bk1', type: 'image', src: 'bk1', durationS: 8 },
          { id: 'ngan', type: 'image', src: 'bk2', durationS: 2.5 },
        ],
      }),
      context,
    );
    expect(slides.map((s) => s.durationMs)).toEqual([8000, 2500]);
  });

  it('gives the screen a URL it can load for each image', () => {
    const slides = resolveSlides(
      playlist({
        version: 1,
        items: [
          { id: 'bk1', type: 'image', src: 'bk1', durationS: 8 },
          { id: 'dai-hoi', type: 'image', src: 'Đại hội XIII.jpg', durationS: 8 },
        ],
      }),
      context,
    );
    expect(slides.map((s) => s.src)).toEqual([
      '/media/bundled/bk1.jpg',
      `/media/library/${encodeURIComponent('Đại hội XIII.jpg')}`,
    ]);
  });

  it('applies the configured default transition and the auto fit to items that name none', () => {
    const slides = resolveSlides(
      playlist({
        version: 1,
        items: [
          { id: 'bk1', type: 'image', src: 'bk1', durationS: 8 },
          { id: 'bk2', type: 'image', src: 'bk2', durationS: 8, transition: 'slide', fit: 'contain' },
        ],
      }),
      { ...context, defaultTransition: 'zoom' },
    );
    expect(slides.map((s) => [s.id, s.transition, s.fit])).toEqual([
      ['bk1', 'zoom', 'auto'],
      ['bk2', 'slide', 'contain'],
    ]);
  });
});

describe('resolveMarquee', () => {
  it('falls back to the bundled slogans when the playlist has no marquee', () => {
    const marquee = resolveMarquee(
      playlist({ version: 1, items: [{ id: 'bk1', type: 'image', src: 'bk1', durationS: 8 }] }),
      context,
    );
    expect(marquee).toEqual({ slogans: BANNER_SLOGANS, speedPxPerS: 120 });
  });

  it("shows the playlist's own slogans at its own speed, cleaned for display", () => {
    const marquee = resolveMarquee(
      playlist({
        version: 1,
        items: [],
        marquee: { text: ['Chào mừng   Đại hội'.normalize('NFD'), 'Công đoàn Việt Nam'], speedPxPerS: 80 },
      }),
      context,
    );
    expect(marquee).toEqual({ slogans: ['Chào mừng Đại hội', 'Công đoàn Việt Nam'], speedPxPerS: 80 });
  });

  it('hides the strip when the playlist lists no slogans', () => {
    const marquee = resolveMarquee(playlist({ version: 1, items: [], marquee: { text: [] } }), context);
    expect(marquee.slogans).toEqual([]);
  });
});
