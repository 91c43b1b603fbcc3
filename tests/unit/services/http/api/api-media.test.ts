import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mediaEntrySchema } from '../../../../../main/core/api/media-api';
import { snapshot, startKit, type Kit } from './api-test-kit';

let kit: Kit;
let session: { cookie: string; csrf: string };
beforeEach(async () => {
  kit = await startKit({ mediaMaxBytes: { image: 200_000, video: 300_000 } });
  session = await kit.signIn();
});
afterEach(() => kit.close());

const photo = () =>
  sharp({ create: { width: 2400, height: 1600, channels: 3, background: '#c8102e' } })
    .jpeg({ quality: 80 })
    .toBuffer();

/** A multipart body with one file field, as a browser's FormData sends it. */
function multipart(fileName: string, bytes: Buffer, field = 'file') {
  const boundary = '----pano-test-boundary';
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${fileName}"\r\n` +
      'Content-Type: application/octet-stream\r\n\r\n',
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    payload: Buffer.concat([head, bytes, tail]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
const upload = (fileName: string, bytes: Buffer, field?: string) => {
  const body = multipart(fileName, bytes, field);
  return kit.asConsole(session, { method: 'POST', url: '/api/media', payload: body.payload, headers: body.headers });
};
const mediaDir = () => join(kit.data, 'media');

describe('media uploads', () => {
  it('stores a picture shrunk to screen size under the hash of its content, with its name in the index', async () => {
    const response = await upload('Ảnh Đại hội.jpg', await photo());
    expect(response.statusCode).toBe(201);
    const entry = mediaEntrySchema.parse(response.json());
    expect(entry).toMatchObject({ kind: 'image', originalName: 'Ảnh Đại hội.jpg', width: 1920, height: 1280 });
    expect(entry.name).toMatch(/^[0-9a-f]{16}\.jpg$/);
    expect(entry.url).toBe(`/media/library/${entry.name}`);
    const list = (await kit.asConsole(session, { method: 'GET', url: '/api/media' })).json();
    expect(list).toEqual([entry]);
    expect((await readdir(mediaDir())).sort()).toEqual(['.index.json', entry.name]);
  });

  it.each([
    [
      'a renamed executable',
      'slide.jpg',
      Buffer.concat([Buffer.from('\x7fELF\x02\x01\x01'), Buffer.alloc(5000, 1)]),
      415,
    ],
    ['an oversized video', 'clip.mp4', null, 413],
    ['a truncated image', 'cut.jpg', 'truncated' as const, 400],
    ['a path-traversal name', '../../auth.jpg', 'photo' as const, 400],
    ['a Windows path', '..\\..\\auth.jpg', 'photo' as const, 400],
    ['a hidden name', '.index.json', Buffer.from('{}'), 400],
  ])('refuses %s and writes nothing', async (_what, name, bytes, status) => {
    let body: Buffer;
    if (bytes === null) {
      // An MP4 header followed by more than the 300 kB the kit allows.
      const ftyp = Buffer.from([0, 0, 0, 0x18, ...Buffer.from('ftypisom'), 0, 0, 2, 0, ...Buffer.from('isomiso2')]);
      body = Buffer.concat([ftyp, Buffer.alloc(400_000)]);
    } else if (bytes === 'photo') {
      body = await photo();
    } else if (bytes === 'truncated') {
      const full = await sharp({ create: { width: 300, height: 200, channels: 3, background: '#fff' } })
        .jpeg()
        .toBuffer();
      body = full.subarray(0, Math.floor(full.length / 2));
    } else {
      body = bytes;
    }
    const before = await snapshot(kit.data);
    const response = await upload(name, body);
    expect(response.statusCode).toBe(status);
    expect(response.json<{ error: string }>().error.length).toBeGreaterThan(10);
    expect(await snapshot(kit.data)).toEqual(before);
    expect((await readdir(mediaDir())).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses an image over the image limit even though videos may be larger', async () => {
    const big = await sharp({ create: { width: 800, height: 800, channels: 3, background: '#123' } })
      .png({ compressionLevel: 0 })
      .toBuffer();
    expect(big.length).toBeGreaterThan(200_000);
    const response = await upload('big.png', big);
    expect(response.statusCode).toBe(413);
    expect(response.json()).toEqual({
      error: 'the image is larger than the 196 KB allowed',
    });
  });

  it('a request that is not multipart, or has no file field, is refused', async () => {
    const json = await kit.asConsole(session, { method: 'POST', url: '/api/media', payload: { file: 'x' } });
    expect(json.statusCode).toBe(415);
    const wrongField = await upload('a.jpg', await photo(), 'picture');
    expect(wrongField.statusCode).toBe(400);
  });

  it('deletes a file no item uses; one in use is kept with the items named', async () => {
    const entry = mediaEntrySchema.parse((await upload('a.jpg', await photo())).json());
    const playlist = await kit.asConsole(session, { method: 'GET', url: '/api/playlist' });
    const saved = await kit.asConsole(session, {
      method: 'PUT',
      url: '/api/playlist',
      payload: {
        playlist: { version: 1, items: [{ id: 'anh', type: 'image', src: entry.name, durationS: 8 }] },
        baseRevision: playlist.json<{ revision: string }>().revision,
      },
    });
    expect(saved.statusCode).toBe(200);
    const inUse = await kit.asConsole(session, { method: 'DELETE', url: `/api/media/${entry.name}` });
    expect(inUse.statusCode).toBe(409);
    expect(inUse.json<{ error: string }>().error).toContain('anh');

    const other = mediaEntrySchema.parse(
      (
        await upload(
          'b.png',
          await sharp({ create: { width: 10, height: 10, channels: 3, background: '#000' } })
            .png()
            .toBuffer(),
        )
      ).json(),
    );
    expect((await kit.asConsole(session, { method: 'DELETE', url: `/api/media/${other.name}` })).statusCode).toBe(204);
    expect((await kit.asConsole(session, { method: 'DELETE', url: `/api/media/${other.name}` })).statusCode).toBe(404);
    expect((await kit.asConsole(session, { method: 'DELETE', url: '/api/media/..%2Fauth.json' })).statusCode).toBe(404);
  });
});
