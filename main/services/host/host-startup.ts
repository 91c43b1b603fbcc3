/**
 * What a host checks and names while it starts: the data dir it can use, the
 * bundled default playlist, and an address it cannot listen on, each as one
 * line an operator can act on.
 */
import { readFile } from 'node:fs/promises';
import { isIPv6 } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parsePlaylist } from '../../core/playlist/parse';
import type { Playlist } from '../../core/playlist/schema';
import { describeProblems } from '../../core/validation';
import { prepareDataDir } from '../data-dir';
import type { HostOptions } from './host-api';

/** A host that could not start, with the one line that says why. */
export class HostStartError extends Error {}

/**
 * The data dir to use: the one asked for, or — when it cannot be created or
 * written — a private temporary one, so the screen still plays the bundled
 * defaults while the problem is named in the log and in /healthz.
 */
export async function usableDataDir(requested: string): Promise<{ dir: string; problem: string | null }> {
  const prepared = await prepareDataDir(requested);
  if (prepared.ok) return { dir: prepared.dir, problem: null };
  // One fixed folder per user, so restarts with a broken data dir do not pile up temporary folders.
  const fallback = await prepareDataDir(join(tmpdir(), `pano-fallback-${process.getuid?.() ?? 'user'}`));
  if (!fallback.ok) throw new HostStartError(`${prepared.error}, and no temporary folder could stand in for it`);
  return { dir: fallback.dir, problem: prepared.error };
}

/** `http://HOST:PORT` as asked for (contract.md), with IPv6 addresses in brackets. */
export function urlFor(host: string, port: number): string {
  return `http://${isIPv6(host) ? `[${host}]` : host}:${port}`;
}

export async function loadDefaultPlaylist(assetsDir: string): Promise<Playlist> {
  const file = join(assetsDir, 'default-playlist.json');
  const checked = parsePlaylist(await readFile(file, 'utf8'));
  if (!checked.ok) throw new HostStartError(`the bundled ${file} is invalid: ${describeProblems(checked.problems)}`);
  return checked.value;
}

/** Why the HTTP server could not listen, in words that name the flag to change. */
export function describeListenError(error: unknown, options: HostOptions): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE')
    return `port ${options.port} on ${options.host} is already in use; stop the other program or choose another port with --port`;
  if (code === 'EACCES') return `not allowed to listen on port ${options.port}; use a port above 1024 with --port`;
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND')
    return `cannot listen on address ${options.host}: this machine has no such address (--host)`;
  return `cannot start the HTTP server on ${options.host}:${options.port} (${(error as Error).message})`;
}
