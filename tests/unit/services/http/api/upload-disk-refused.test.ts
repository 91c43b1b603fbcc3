/**
 * An upload the disk refuses (the disk-read-only fault drill: read-only, full, or the folder gone) must still read
 * the rest of its body: left unread, the console's kept-alive connection waits on it and the console's next call
 * on that connection is never answered. Driven over a real socket on 127.0.0.1, since fastify's inject has no
 * connection to keep alive.
 */
import { request, Agent, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { CSRF_HEADER } from '../../../../../main/core/api/routes';
import { startKit, type Kit } from './api-test-kit';

/** Far more than the socket buffers hold, so an unread remainder cannot hide in them. */
const UPLOAD_BYTES = 24 * 1024 * 1024;
/** A generous bound on "never answered": a working host answers in milliseconds. */
const HANG_MS = 8000;

let kit: Kit;
let agent: Agent;

beforeEach(async () => {
  kit = await startKit();
  await kit.app.listen({ port: 0, host: '127.0.0.1' });
  // One kept-alive connection, as a browser tab reuses one for the console's calls.
  agent = new Agent({ keepAlive: true, maxSockets: 1 });
});

afterEach(async () => {
  agent.destroy();
  await kit.close();
});

interface Answer {
  status: number;
  body: string;
  reusedSocket: boolean;
}

/**
 * Sends one request through the shared agent, as a browser does: the connection is only free for the next call
 * once the answer has come and the whole body has gone out. Resolves with the answer then, or with null when that
 * has not happened in time.
 */
function send(method: string, path: string, headers: Record<string, string>, body?: Buffer): Promise<Answer | null> {
  const { port } = kit.app.server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    let answer: Answer | null = null;
    let bodySent = false;
    const settle = () => {
      if (!answer || !bodySent) return;
      clearTimeout(timer);
      resolve(answer);
    };
    const timer = setTimeout(() => {
      outgoing.destroy();
      resolve(null);
    }, HANG_MS);
    const outgoing = request({ host: '127.0.0.1', port, method, path, headers, agent }, (response: IncomingMessage) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        answer = {
          status: response.statusCode ?? 0,
          body: Buffer.concat(chunks).toString('utf8'),
          reusedSocket: outgoing.reusedSocket,
        };
        settle();
      });
    });
    outgoing.on('finish', () => {
      bodySent = true;
      settle();
    });
    outgoing.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    outgoing.end(body);
  });
}

it('answers the next call on the same connection after an upload the disk refused', async () => {
  const session = await kit.signIn();
  // The media folder vanishes (an unmounted or deleted data disk): the upload cannot even open its temp file.
  await rm(join(kit.data, 'media'), { recursive: true, force: true });

  const boundary = '----pano-disk-refused';
  const upload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="Dai-hoi.mp4"\r\n` +
        'Content-Type: video/mp4\r\n\r\n',
    ),
    Buffer.alloc(UPLOAD_BYTES, 0x5a),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const refused = await send(
    'POST',
    '/api/media',
    {
      cookie: session.cookie,
      [CSRF_HEADER]: session.csrf,
      'content-type': `multipart/form-data; boundary=${boundary}`,
      'content-length': String(upload.length),
    },
    upload,
  );
  expect(refused, 'the refused upload was not read to its end, so its connection stays blocked').not.toBeNull();
  expect(refused?.status).toBe(500);
  expect(refused?.body).toMatch(/cannot store the file/);

  const next = await send('GET', '/api/status', { cookie: session.cookie });
  expect(next, 'the call after the refused upload was never answered').not.toBeNull();
  expect(next?.status).toBe(200);
  expect(next?.reusedSocket).toBe(true);
}, 30_000);
