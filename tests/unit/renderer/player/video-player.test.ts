import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  RESUME_AFTER_MS,
  startPositionS,
  VIDEO_READY_TIMEOUT_MS,
  videoReadyTimeoutMs,
  videoShowingKey,
  VideoPlayer,
} from '../../../../renderer/player/video-player';
import { FakeContainer, FakeVideo } from './fake-video';
import { videoSlide } from './item-fixtures';

const T0 = Date.parse('2026-11-26T09:00:00+07:00');

function setUp() {
  const elements: FakeVideo[] = [];
  const failures: string[] = [];
  const player = new VideoPlayer({
    createElement: () => {
      const element = new FakeVideo();
      elements.push(element);
      return element as unknown as HTMLVideoElement;
    },
    onFailure: (src, itemId, reason) => failures.push(`${itemId} ${src}: ${reason}`),
  });
  return { player, elements, failures, element: () => elements[0] as FakeVideo };
}

const asContainer = (container: FakeContainer) => container as unknown as HTMLElement;

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('the page’s one video element', () => {
  it('is made once, muted, inline, without controls, preloading, and reused by every showing', () => {
    const { player, elements, element } = setUp();
    player.prepare(videoSlide(), T0, T0);
    player.prepare(videoSlide({ id: 'phim-2', src: '/media/library/khac.mp4' }), T0 + 15_000, T0 + 15_000);
    expect(elements).toHaveLength(1);
    expect(element()).toMatchObject({ muted: true, playsInline: true, controls: false, loop: false, preload: 'auto' });
    expect(element().calls).toEqual(['load /media/library/phim-dai-hoi.webm', 'load /media/library/khac.mp4']);
  });

  it('is ready for a showing only once the browser can play it, and says so to subscribers', () => {
    const { player, element } = setUp();
    const changes = vi.fn();
    player.subscribe(changes);
    player.prepare(videoSlide(), T0, T0);
    expect(player.status(videoSlide(), T0)).toBe('pending');
    element().becomeReady();
    expect(player.status(videoSlide(), T0)).toBe('ready');
    expect(player.status(videoSlide(), T0 + 15_000)).toBeUndefined();
    expect(changes).toHaveBeenCalledTimes(2);
  });

  it('plays with sound when the item says so, and silently when the screen refuses sound', async () => {
    const { player, element } = setUp();
    const slide = videoSlide({ muted: false });
    player.prepare(slide, T0, T0);
    element().refuseSound = true;
    element().becomeReady();
    const container = new FakeContainer();
    player.attach(asContainer(container), videoShowingKey(slide, T0), 'cover');
    await vi.waitFor(() => expect(element().calls).toContain('play muted'));
    expect(element().calls.filter((call) => call.startsWith('play'))).toEqual(['play', 'play muted']);
  });

  it('goes into a slide only when its showing is ready, with the slide’s fit, and leaves only from that slide', () => {
    const { player, element } = setUp();
    const slide = videoSlide();
    const key = videoShowingKey(slide, T0);
    const box = new FakeContainer();
    player.prepare(slide, T0, T0);
    player.attach(asContainer(box), key, 'contain');
    expect(box.children).toHaveLength(0);
    element().becomeReady();
    player.attach(asContainer(box), key, 'contain');
    expect(box.children).toEqual([element()]);
    expect(element().style.objectFit).toBe('contain');
    player.detach(asContainer(new FakeContainer()));
    expect(box.children).toEqual([element()]);
    player.detach(asContainer(box));
    expect(box.children).toHaveLength(0);
    expect(element().calls.at(-1)).toBe('pause');
  });

  it('rewinds the same file for its next showing instead of loading it again', () => {
    const { player, element } = setUp();
    player.prepare(videoSlide(), T0, T0);
    element().becomeReady();
    element().currentTime = 14.9;
    player.prepare(videoSlide(), T0 + 15_000, T0 + 15_000);
    expect(player.status(videoSlide(), T0 + 15_000)).toBe('ready');
    expect(element().currentTime).toBe(0);
    expect(element().calls.filter((call) => call.startsWith('load'))).toHaveLength(1);
  });

  it('resumes at its offset into the slide after a reload mid-slide', () => {
    const { player, element } = setUp();
    player.prepare(videoSlide(), T0, T0 + 6_000);
    element().becomeReady(10);
    expect(element().currentTime).toBe(6);
  });
});

describe('a video that cannot play', () => {
  it('fails on a media error, with a reason an operator can act on, reported once while it stays in the rotation', () => {
    const { player, element, failures } = setUp();
    player.prepare(videoSlide(), T0, T0);
    element().fail(4, 'MEDIA_ELEMENT_ERROR: Format error');
    expect(player.status(videoSlide(), T0)).toBe('failed');
    player.prepare(videoSlide(), T0 + 15_000, T0 + 15_000);
    element().fail(4);
    expect(failures).toEqual([
      'phim /media/library/phim-dai-hoi.webm: the file is missing or not a video this screen can play (MEDIA_ELEMENT_ERROR: Format error)',
    ]);
    player.retain([]);
    player.prepare(videoSlide(), T0 + 30_000, T0 + 30_000);
    element().fail(2);
    expect(failures).toHaveLength(2);
  });

  it('fails when it is not ready in time, so the fallback card replaces a slide that would never come', () => {
    const { player, failures } = setUp();
    player.prepare(videoSlide({ durationMs: 60_000 }), T0, T0);
    vi.advanceTimersByTime(VIDEO_READY_TIMEOUT_MS - 1);
    expect(player.status(videoSlide({ durationMs: 60_000 }), T0)).toBe('pending');
    vi.advanceTimersByTime(1);
    expect(player.status(videoSlide({ durationMs: 60_000 }), T0)).toBe('failed');
    expect(failures[0]).toContain(`not ready to play within ${VIDEO_READY_TIMEOUT_MS} ms`);
  });

  it('does not let a late timeout of an earlier showing fail the current one', () => {
    const { player, element } = setUp();
    player.prepare(videoSlide({ durationMs: 4_000 }), T0, T0);
    player.prepare(videoSlide({ id: 'khac', durationMs: 60_000 }), T0 + 4_000, T0 + 4_000);
    vi.advanceTimersByTime(videoReadyTimeoutMs(4_000));
    expect(player.status(videoSlide({ id: 'khac', durationMs: 60_000 }), T0 + 4_000)).toBe('pending');
    element().becomeReady();
    expect(player.status(videoSlide({ id: 'khac', durationMs: 60_000 }), T0 + 4_000)).toBe('ready');
  });
});

describe('timing of a showing', () => {
  it('starts from the beginning when prepared at (or before) its start, and at its offset later', () => {
    expect(startPositionS(T0, T0 - 3_000, 10)).toBe(0);
    expect(startPositionS(T0, T0 + RESUME_AFTER_MS - 1, 10)).toBe(0);
    expect(startPositionS(T0, T0 + 4_500, 10)).toBe(4.5);
  });

  it('holds the last frame of a clip shorter than the time already gone', () => {
    expect(startPositionS(T0, T0 + 25_000, 8)).toBe(8);
  });

  it('waits at most half a short slide, and at least two seconds', () => {
    expect(videoReadyTimeoutMs(60_000)).toBe(VIDEO_READY_TIMEOUT_MS);
    expect(videoReadyTimeoutMs(6_000)).toBe(3_000);
    expect(videoReadyTimeoutMs(1_000)).toBe(2_000);
  });

  it('tells two showings of the same slide apart', () => {
    expect(videoShowingKey(videoSlide(), T0)).not.toBe(videoShowingKey(videoSlide(), T0 + 15_000));
  });
});
