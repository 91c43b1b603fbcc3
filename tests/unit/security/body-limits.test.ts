/**
 * Oversized bodies are refused with 413 and a message naming the limit, before
 * anything is stored: JSON over the API's limit, a sign-in or screen report over
 * its small cap, and uploads over the media limits (whether or not the client
 * announced the size).
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REPORT_PATH } from '../../../main/core/bridge';
import { snapshot, startKit, type Kit } from '../services/http/api/api-test-kit';
import { mp4Bytes } from '../../fixtures/video/video-bytes';

let kit: Kit;
let session: { cookie: string; csrf: string };
beforeEach(async () => {
  kit = await startKit({ mediaMaxBytes: { image: 100_000, video: 150_000 } });
  session = await kit.signIn();
});
afterEach(() => kit.close());

/** A playlist JSON of about `bytes` bytes: valid in shape, only too big. */
function bigPlaylist(bytes: number): string {
  const slogan = 'Chào mừng Đại hội Công đoàn tỉnh Bắc Kạn lần thứ XIII ';
  const text = Array.from({ length: Math.ceil(bytes / slogan.length) }, () => slogan);
  return JSON.stringify({
    playlist: {
      version: 1,
      items: [{ id: 'bk1', type: 'image', src: 'bk1', durationS: 8 }],
      marquee: { text, speedPxPerS: 120 },
    },
  });
}

function multipart(fileName: string, bytes: Buffer) {
  const boundary = '----pano-limit-boundary';
  return {
    payload: Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\n` +
          'Content-Type: application/octet-stream\r\n\r\n',
      ),
      bytes,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

const mediaFiles = async () => (await readdir(join(kit.data, 'media')).catch(() => [] as string[])).sort();

describe('JSON bodies over the limit', () => {
  it('a playlist over 2 MiB is refused with 413 naming the limit, and the playlist on disk is untouched', async () => {
    const before = await snapshot(kit.data);
    const response = await kit.asConsole(session, {
      method: 'PUT',
      url: '/api/playlist',
      payload: bigPlaylist(2_300_000),
      headers: { 'content-type': 'application/json' },
    });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toEqual({ error: 'the request body is larger than the 2 MB allowed' });
    expect(await snapshot(kit.data)).toEqual(before);
  });

  it('the same body sent in chunks, with no length announced, is cut at the limit too', async () => {
    const before = await snapshot(kit.data);
    const response = await kit.asConsole(session, {
      method: 'PUT',
      url: '/api/playlist',
      payload: Readable.from([bigPlaylist(1_200_000), bigPlaylist(1_200_000)]),
      headers: { 'content-type': 'application/json' },
    });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ error: expect.stringMatching(/larger than the 2 MB allowed/) });
    expect(await snapshot(kit.data)).toEqual(before);
  });

  it('a sign-in body over 4 KiB is no sign-in: 413, no cookie', async () => {
    const response = await kit.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { password: 'x'.repeat(5000) },
    });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toEqual({ error: 'the request body is larger than the 4 KB allowed' });
    expect(response.cookies).toEqual([]);
  });

  it('a screen report over 16 KiB is refused with the same clear message', async () => {
    const response = await kit.app.inject({
      method: 'POST',
      url: REPORT_PATH,
      payload: { kind: 'error', message: 'x'.repeat(20_000) },
    });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toEqual({ error: 'the request body is larger than the 16 KB allowed' });
  });
});

describe('uploads over the limit', () => {
  it('a video over the video limit is refused with 413 naming it, and nothing is left in the library', async () => {
    const before = await mediaFiles();
    const video = mp4Bytes({ timescale: 600, duration: 6000, mediaBytes: 200_000 });
    const body = multipart('Phim Đại hội.mp4', Buffer.from(video));
    const response = await kit.asConsole(session, { method: 'POST', url: '/api/media', ...body });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toEqual({ error: 'the video is larger than the 147 KB allowed' });
    expect(await mediaFiles()).toEqual(before);
  });

  it('an upload streamed without a length is cut at the limit, and no temp file stays', async () => {
    const before = await mediaFiles();
    const video = Buffer.from(mp4Bytes({ timescale: 600, duration: 6000, mediaBytes: 400_000 }));
    const body = multipart('dai-hoi.mp4', video);
    const chunks = [];
    for (let at = 0; at < body.payload.length; at += 64 * 1024) chunks.push(body.payload.subarray(at, at + 64 * 1024));
    const response = await kit.asConsole(session, {
      method: 'POST',
      url: '/api/media',
      payload: Readable.from(chunks),
      headers: body.headers,
    });
    expect(response.statusCode).toBe(413);
    expect(await mediaFiles()).toEqual(before);
  });
});
