import { describe, expect, it } from 'vitest';
import { newPageId, startPageSession } from '../../../../../renderer/player/kiosk/page-session';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('a page id', () => {
  it('is a random UUID where the browser offers one', () => {
    expect(newPageId(crypto)).toMatch(UUID);
    expect(newPageId(crypto)).not.toBe(newPageId(crypto));
  });

  it('is still random and UUID-shaped outside a secure context (no randomUUID, e.g. http://192.168.1.20)', () => {
    const insecure = { getRandomValues: (array: Uint8Array<ArrayBuffer>) => crypto.getRandomValues(array) };
    const ids = new Set(Array.from({ length: 50 }, () => newPageId(insecure)));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id).toMatch(UUID);
  });

  it('comes with the moment the page loaded', () => {
    expect(startPageSession(crypto, 1_700_000_000_000)).toMatchObject({ loadedAtMs: 1_700_000_000_000 });
  });
});
