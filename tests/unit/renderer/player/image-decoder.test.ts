import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  DecodeCache,
  decodeImage,
  EXPLAIN_TIMEOUT_MS,
  RETRY_FAILED_AFTER_MS,
} from '../../../../renderer/player/image-decoder';

/** A decoder whose images finish when the test says so. */
function controlledDecoder() {
  const pending = new Map<string, { resolve: (v: unknown) => void; reject: (e: unknown) => void }>();
  const calls: string[] = [];
  return {
    calls,
    decode: (src: string) =>
      new Promise<unknown>((resolve, reject) => {
        calls.push(src);
        pending.set(src, { resolve, reject });
      }),
    succeed: async (src: string) => {
      pending.get(src)?.resolve({ decoded: src });
      await Promise.resolve();
      await Promise.resolve();
    },
    fail: async (src: string, reason = 'EncodingError') => {
      pending.get(src)?.reject(new Error(reason));
      await Promise.resolve();
      await Promise.resolve();
    },
  };
}

function setup(nowMs = 1_000) {
  const decoder = controlledDecoder();
  const failures: Array<[string, string, string]> = [];
  let clock = nowMs;
  const cache = new DecodeCache({
    decode: decoder.decode,
    now: () => clock,
    onFailure: (src, itemId, reason) => failures.push([src, itemId, reason]),
  });
  return { cache, decoder, failures, advance: (ms: number) => (clock += ms) };
}

describe('the decode cache', () => {
  it('is pending while decoding and ready after, and decodes each image once', async () => {
    const { cache, decoder } = setup();
    cache.load('/media/bk1.jpg', 'bk1');
    cache.load('/media/bk1.jpg', 'bk1');
    expect(cache.status('/media/bk1.jpg')).toBe('pending');
    await decoder.succeed('/media/bk1.jpg');
    expect(cache.status('/media/bk1.jpg')).toBe('ready');
    cache.load('/media/bk1.jpg', 'bk1');
    expect(decoder.calls).toEqual(['/media/bk1.jpg']);
  });

  it('tells subscribers about every change, for React to re-render', async () => {
    const { cache, decoder } = setup();
    let notified = 0;
    const stop = cache.subscribe(() => notified++);
    const before = cache.getVersion();
    cache.load('/a.jpg', 'a');
    await decoder.succeed('/a.jpg');
    expect(notified).toBe(2);
    expect(cache.getVersion()).not.toBe(before);
    stop();
    cache.load('/b.jpg', 'b');
    expect(notified).toBe(2);
  });

  it('reports a broken image once per source, with the item and the reason', async () => {
    const { cache, decoder, failures, advance } = setup();
    cache.load('/media/hong.jpg', 'anh-hong');
    await decoder.fail('/media/hong.jpg', 'The source image cannot be decoded.');
    expect(cache.status('/media/hong.jpg')).toBe('failed');
    expect(failures).toEqual([['/media/hong.jpg', 'anh-hong', 'The source image cannot be decoded.']]);

    // A retry that fails again is not news for the log.
    advance(RETRY_FAILED_AFTER_MS);
    cache.load('/media/hong.jpg', 'anh-hong');
    await decoder.fail('/media/hong.jpg');
    expect(failures).toHaveLength(1);
  });

  it('does not hammer a failed image, but tries again after a minute', async () => {
    const { cache, decoder, advance } = setup();
    cache.load('/x.jpg', 'x');
    await decoder.fail('/x.jpg');
    cache.load('/x.jpg', 'x');
    expect(decoder.calls).toHaveLength(1);
    expect(cache.status('/x.jpg')).toBe('failed');

    advance(RETRY_FAILED_AFTER_MS);
    cache.load('/x.jpg', 'x');
    expect(decoder.calls).toHaveLength(2);
    expect(cache.status('/x.jpg')).toBe('pending');
    await decoder.succeed('/x.jpg');
    expect(cache.status('/x.jpg')).toBe('ready');
  });

  it('forgets images that left the rotation, so memory stays flat over weeks', async () => {
    const { cache, decoder } = setup();
    for (let day = 0; day < 100; day++) {
      const rotation = [`/media/day${day}-a.jpg`, `/media/day${day}-b.jpg`];
      for (const src of rotation) cache.load(src, src);
      for (const src of rotation) await decoder.succeed(src);
      cache.retain(rotation);
      expect(cache.size).toBe(2);
    }
    expect(cache.status('/media/day0-a.jpg')).toBeUndefined();
    expect(cache.status('/media/day99-b.jpg')).toBe('ready');
  });

  it('keeps what stays in the rotation when the playlist changes', async () => {
    const { cache, decoder } = setup();
    cache.load('/bk1.jpg', 'bk1');
    cache.load('/bk2.jpg', 'bk2');
    await decoder.succeed('/bk1.jpg');
    await decoder.succeed('/bk2.jpg');
    cache.retain(['/bk2.jpg', '/bk3.jpg']);
    expect(cache.status('/bk1.jpg')).toBeUndefined();
    expect(cache.status('/bk2.jpg')).toBe('ready');
    expect(decoder.calls).toEqual(['/bk1.jpg', '/bk2.jpg']);
  });

  it('ignores a decode that finishes after its image was evicted', async () => {
    const { cache, decoder, failures } = setup();
    cache.load('/old.jpg', 'old');
    cache.retain([]);
    await decoder.succeed('/old.jpg');
    expect(cache.status('/old.jpg')).toBeUndefined();
    cache.load('/gone.jpg', 'gone');
    cache.retain([]);
    await decoder.fail('/gone.jpg');
    expect(failures).toEqual([]);
    expect(cache.size).toBe(0);
  });

  it('reports a source again after it left the rotation and came back broken', async () => {
    const { cache, decoder, failures } = setup();
    cache.load('/hong.jpg', 'a');
    await decoder.fail('/hong.jpg');
    cache.retain([]);
    cache.load('/hong.jpg', 'b');
    await decoder.fail('/hong.jpg');
    expect(failures.map(([, itemId]) => itemId)).toEqual(['a', 'b']);
  });

  it('can be told that an image broke on screen after decoding', async () => {
    const { cache, decoder, failures } = setup();
    cache.load('/a.jpg', 'a');
    await decoder.succeed('/a.jpg');
    cache.markFailed('/a.jpg', 'a', 'the image failed to display after decoding');
    expect(cache.status('/a.jpg')).toBe('failed');
    expect(failures).toEqual([['/a.jpg', 'a', 'the image failed to display after decoding']]);
  });
});

describe('retry timing', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('counts on the monotonic clock, so a wall clock set back an hour does not hold a retry for an hour', async () => {
    let monotonicMs = 5_000;
    let wallMs = Date.parse('2026-11-26T10:00:00Z');
    vi.spyOn(performance, 'now').mockImplementation(() => monotonicMs);
    vi.spyOn(Date, 'now').mockImplementation(() => wallMs);
    const decoder = controlledDecoder();
    const cache = new DecodeCache({ decode: decoder.decode });
    cache.load('/a.jpg', 'a');
    await decoder.fail('/a.jpg', 'HTTP 503');

    wallMs -= 3_600_000; // NTP or an operator sets the clock back
    monotonicMs += RETRY_FAILED_AFTER_MS;
    cache.load('/a.jpg', 'a');
    expect(decoder.calls).toEqual(['/a.jpg', '/a.jpg']);
  });
});

/** A stand-in for the browser's Image: `decode()` settles as the test says, and emptying `src` aborts it. */
class FakeImage {
  static mode: 'hang' | 'broken' = 'hang';
  decoding = '';
  private reject: ((error: unknown) => void) | undefined;
  private current = '';
  get src(): string {
    return this.current;
  }
  set src(value: string) {
    this.current = value;
    if (value === '') this.reject?.(new Error('EncodingError: aborted'));
  }
  decode(): Promise<void> {
    return new Promise((_, reject) => {
      this.reject = reject;
      if (FakeImage.mode === 'broken') reject(new Error('EncodingError: The source image cannot be decoded.'));
    });
  }
}

describe('the browser decoder', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('does not ask the server why after a decode timed out', async () => {
    vi.useFakeTimers();
    FakeImage.mode = 'hang';
    const fetchSpy = vi.fn(() => Promise.resolve(new Response(null, { status: 200 })));
    vi.stubGlobal('Image', FakeImage);
    vi.stubGlobal('fetch', fetchSpy);
    const result = decodeImage('/media/a.jpg', 1_000);
    const rejected = expect(result).rejects.toThrow('not decoded within 1000 ms');
    await vi.advanceTimersByTimeAsync(1_000);
    await rejected;
    await vi.advanceTimersByTimeAsync(10);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('asks the server why a picture failed, with a time limit on the question', async () => {
    FakeImage.mode = 'broken';
    const fetchSpy = vi.fn((_src: string, _init: RequestInit) => Promise.resolve(new Response(null, { status: 404 })));
    const timeoutSpy = vi.spyOn(AbortSignal, 'timeout');
    vi.stubGlobal('Image', FakeImage);
    vi.stubGlobal('fetch', fetchSpy);
    await expect(decodeImage('/media/a.jpg', 1_000)).rejects.toThrow('the server answered HTTP 404 for it');
    expect(timeoutSpy).toHaveBeenCalledWith(EXPLAIN_TIMEOUT_MS);
    expect(fetchSpy.mock.calls[0]?.[1]?.signal).toBeInstanceOf(AbortSignal);
    timeoutSpy.mockRestore();
  });
});

describe('when a failed image may be tried again', () => {
  it('is unknown for an image that did not fail, and counts down to 0 for one that did', async () => {
    const { cache, decoder, advance } = setup();
    cache.load('/a.jpg', 'a');
    expect(cache.retryInMs('/a.jpg')).toBeUndefined();
    await decoder.fail('/a.jpg');
    expect(cache.retryInMs('/a.jpg')).toBe(RETRY_FAILED_AFTER_MS);
    advance(RETRY_FAILED_AFTER_MS - 1_000);
    expect(cache.retryInMs('/a.jpg')).toBe(1_000);
    advance(5_000);
    expect(cache.retryInMs('/a.jpg')).toBe(0);
    cache.load('/a.jpg', 'a');
    expect(cache.retryInMs('/a.jpg')).toBeUndefined();
    expect(decoder.calls).toEqual(['/a.jpg', '/a.jpg']);
  });
});
