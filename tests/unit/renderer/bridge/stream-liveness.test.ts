import { describe, expect, it } from 'vitest';
import { SSE_PING_INTERVAL_MS } from '../../../../main/core/bridge';
import { STREAM_SILENCE_LIMIT_MS, streamIsSilent } from '../../../../renderer/bridge/stream-liveness';

describe('whether the event stream died without a word', () => {
  it('allows two missed pings (a slow network), not three', () => {
    expect(STREAM_SILENCE_LIMIT_MS).toBe(SSE_PING_INTERVAL_MS * 2.5);
    const heardAtMs = 1_000;
    expect(streamIsSilent(heardAtMs, heardAtMs)).toBe(false);
    expect(streamIsSilent(heardAtMs, heardAtMs + 2 * SSE_PING_INTERVAL_MS + 5_000)).toBe(false);
    expect(streamIsSilent(heardAtMs, heardAtMs + STREAM_SILENCE_LIMIT_MS)).toBe(false);
    expect(streamIsSilent(heardAtMs, heardAtMs + STREAM_SILENCE_LIMIT_MS + 1)).toBe(true);
    expect(streamIsSilent(heardAtMs, heardAtMs + 3 * SSE_PING_INTERVAL_MS)).toBe(true);
  });

  it('takes a custom limit', () => {
    expect(streamIsSilent(0, 1_001, 1_000)).toBe(true);
    expect(streamIsSilent(0, 999, 1_000)).toBe(false);
  });
});
