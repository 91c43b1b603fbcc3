import { describe, expect, it } from 'vitest';
import { reconnectDelayMs } from '../../../../renderer/bridge/reconnect-backoff';

describe('reconnecting to a host that closed the event stream', () => {
  it('waits 1 s first, then doubles up to 10 s', () => {
    expect([0, 1, 2, 3, 4, 5, 50].map(reconnectDelayMs)).toEqual([1000, 2000, 4000, 8000, 10_000, 10_000, 10_000]);
  });

  it('treats a nonsense attempt count as the first attempt', () => {
    expect(reconnectDelayMs(-3)).toBe(1000);
  });
});
