import { describe, expect, it } from 'vitest';
import { ApiClient } from '../../../../renderer/console/api/client';

describe('API client: pictures', () => {
  it('hands back the bytes of a picture', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);
    const client = new ApiClient({
      fetch: async () => new Response(png, { status: 200, headers: { 'content-type': 'image/png' } }),
    });
    const result = await client.getBlob('/api/screenshot.png');
    expect(result.ok).toBe(true);
    if (result.ok) expect(new Uint8Array(await result.value.arrayBuffer())).toEqual(png);
  });

  it('turns a host that cannot take a screenshot (503 { error }) into its own sentence', async () => {
    const client = new ApiClient({
      fetch: async () =>
        new Response(JSON.stringify({ error: 'no screen to capture on the browser host' }), { status: 503 }),
    });
    const result = await client.getBlob('/api/screenshot.png');
    expect(result).toEqual({
      ok: false,
      error: { kind: 'refused', status: 503, message: 'no screen to capture on the browser host' },
    });
  });
});
