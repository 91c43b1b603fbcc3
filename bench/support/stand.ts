/**
 * One player ready to be measured: a data dir with the scenario's playlist and
 * the bench media, the bench server (feed, baseline page), and for Pano the
 * real browser host, started the way an operator starts it.
 */
import { cp, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { startHostProcess, type HostProcess } from '../../tests/support/host-process';
import type { Playlist } from './content';
import { startBenchServer, type BenchServer } from './static-server';

/** The two players every scenario measures. */
export type PlayerName = 'pano' | 'baseline';
export const PLAYERS: readonly PlayerName[] = ['pano', 'baseline'];

/** A player with its content, ready for a page to open `url`. */
export interface Stand {
  player: PlayerName;
  url: string;
  dataDir: string;
  server: BenchServer;
  host: HostProcess | null;
  /** When the host printed its ready line (Date.now()), or the bench server listened for the baseline. */
  readyAtMs: number;
  /** When the host process was spawned (Date.now()). */
  spawnedAtMs: number;
  /** Replaces playlist.json atomically, as an operator's tool should. */
  writePlaylist(playlist: Playlist): Promise<void>;
  close(): Promise<void>;
}

/** Sets up `player` with `playlist`, the bench media from `mediaDir` and `feed` as the news feed. */
export async function setUpStand(
  player: PlayerName,
  options: { playlist: Playlist; mediaDir: string; feed?: string },
): Promise<Stand> {
  const dataDir = await mkdtemp(join(tmpdir(), `pano-bench-${player}-`));
  await cp(options.mediaDir, join(dataDir, 'media'), { recursive: true });
  const writePlaylist = async (playlist: Playlist) => {
    const temp = join(dataDir, `.playlist-${process.pid}.json`);
    await writeFile(temp, JSON.stringify(playlist, null, 2));
    await rename(temp, join(dataDir, 'playlist.json'));
  };
  await writePlaylist(options.playlist);
  const server = await startBenchServer(dataDir);
  if (options.feed !== undefined) server.setFeed(options.feed);
  const spawnedAtMs = Date.now();
  const host =
    player === 'pano'
      ? await startHostProcess({ dataDir, args: ['--feed-url', server.feedUrl], timeoutMs: 30_000 })
      : null;
  const readyAtMs = Date.now();
  return {
    player,
    url: host?.url ?? server.baselineUrl,
    dataDir,
    server,
    host,
    spawnedAtMs,
    readyAtMs,
    writePlaylist,
    async close() {
      await host?.dispose();
      await server.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Opens the player's page and waits until a slide is on screen with its pictures decoded. */
export async function openPlayer(page: Page, stand: Stand): Promise<void> {
  await page.goto(stand.url);
  await waitForSlide(page);
}

/** Resolves once an active slide is in the DOM and every picture in it has loaded. */
export async function waitForSlide(page: Page, timeoutMs = 30_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const slide = document.querySelector('[data-testid="slide"][data-active="true"]');
      return slide !== null && [...slide.querySelectorAll('img')].every((img) => img.complete && img.naturalWidth > 0);
    },
    undefined,
    { timeout: timeoutMs, polling: 'raf' },
  );
}
