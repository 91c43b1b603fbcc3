/**
 * A local update server on 127.0.0.1 (port 0) laid out as electron-builder's generic
 * provider expects: latest-linux.yml beside the AppImage it describes. The variant decides
 * what latest-linux.yml says.
 */
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What latest-linux.yml says. */
export type FeedVariant = 'valid' | 'malformed' | 'wrong-sha512' | 'staged';

export interface UpdateServer {
  url: string;
  variant: FeedVariant;
  /** The bytes of the AppImage the server offers. */
  appImage: Buffer;
  requests: { path: string; ifNoneMatch: string | null }[];
  close(): Promise<void>;
}

export const NEW_VERSION = '1.4.0';

export const sha512 = (data: Buffer | string) => createHash('sha512').update(data).digest('base64');

function latestYml(variant: FeedVariant, appImage: Buffer): string {
  if (variant === 'malformed')
    return `version: ${NEW_VERSION}\nfiles:\n  - url: Pano-x86_64.AppImage\n    size: ${appImage.length}\n`;
  const digest = variant === 'wrong-sha512' ? sha512('something else entirely') : sha512(appImage);
  const staging = variant === 'staged' ? 'stagingPercentage: 10\n' : '';
  return `version: ${NEW_VERSION}
files:
  - url: Pano-x86_64.AppImage
    sha512: ${digest}
    size: ${appImage.length}
path: Pano-x86_64.AppImage
sha512: ${digest}
releaseDate: '2026-11-20T10:00:00.000Z'
${staging}`;
}

/** Starts the server; `variant` may be changed between requests. */
export async function startUpdateServer(variant: FeedVariant): Promise<UpdateServer> {
  const appImage = Buffer.from(`#!/bin/sh\necho "Pano ${NEW_VERSION}"\n${'x'.repeat(4096)}`);
  const state: UpdateServer = {
    url: '',
    variant,
    appImage,
    requests: [],
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server: Server = createServer((request, response) => {
    const path = request.url ?? '/';
    state.requests.push({ path, ifNoneMatch: request.headers['if-none-match'] ?? null });
    if (path === '/pano/latest-linux.yml') {
      const body = latestYml(state.variant, state.appImage);
      const etag = `"${sha512(body).slice(0, 16)}"`;
      if (request.headers['if-none-match'] === etag) return void response.writeHead(304).end();
      return void response.writeHead(200, { 'content-type': 'text/yaml', etag }).end(body);
    }
    if (path === '/pano/Pano-x86_64.AppImage') {
      return void response.writeHead(200, { 'content-type': 'application/octet-stream' }).end(state.appImage);
    }
    response.writeHead(404).end('Not Found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/pano`;
  return state;
}
