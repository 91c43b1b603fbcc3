/**
 * Crash safety in plain Node: a writer process killed with SIGKILL mid-write
 * 50 times never leaves a half-written settings.json or playlist.json, and the
 * proof-of-play log keeps every line it acknowledged as synced.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePlaylist } from '../../../main/core/playlist/parse';
import { parsePlayLine } from '../../../main/core/proof-of-play';
import { settingsSchema } from '../../../main/core/settings';
import { checkWith, parseJsonText } from '../../../main/core/validation';
import { createLogger } from '../../../main/services/logger';
import { openProofOfPlayLog } from '../../../main/services/proof-of-play/proof-of-play-log';

const WRITER = fileURLToPath(new URL('../../fixtures/crash-writer/crash-writer.ts', import.meta.url));
const KILLS = 50;

let dir: string;
let writerBundle: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pano-crash-'));
  // Bundled once: tsx would compile the writer afresh on each of the 50 starts (about a second each).
  writerBundle = join(dir, 'crash-writer.mjs');
  await build({
    entryPoints: [WRITER],
    outfile: writerBundle,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
    // CommonJS dependencies inside an ES module bundle still call require.
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });
  dir = join(dir, 'data');
});
afterAll(() => rm(join(dir, '..'), { recursive: true, force: true }));

/** Runs the writer until it has started writing, lets it write for `writeMs`, then SIGKILLs it. */
async function runAndKill(writeMs: number): Promise<{ acked: number[]; stderr: string }> {
  const child = spawn(process.execPath, [writerBundle, dir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) =>
    child.on('exit', (code, signal) => resolve(signal ?? code)),
  );
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes('ready\n')) resolve();
    });
    void exited.then((how) => reject(new Error(`the writer exited (${how}) before it started:\n${stderr}`)));
  });
  await new Promise((resolve) => setTimeout(resolve, writeMs));
  child.kill('SIGKILL');
  const how = await exited;
  if (how !== 'SIGKILL') throw new Error(`the writer stopped by itself (${how}):\n${stderr}`);
  const acked = [...stdout.matchAll(/^acked (\d+)$/gm)].map((match) => Number(match[1]));
  return { acked, stderr };
}

/** The proof-of-play records on disk, oldest first, after the log's own open has cut any torn tail. */
async function loggedGenerations(): Promise<number[]> {
  const file = join(dir, 'logs', 'proof-of-play.jsonl');
  const log = await openProofOfPlayLog({ file, logger: createLogger({ writeLine: () => undefined }) });
  await log.close();
  const generations: number[] = [];
  for (const name of [`${file}.2`, `${file}.1`, file]) {
    const text = await readFile(name, 'utf8').catch(() => '');
    for (const line of text.split('\n').filter(Boolean)) {
      const record = parsePlayLine(line);
      expect(record, `${name}: a line that is not a whole record: ${line.slice(0, 80)}`).not.toBeNull();
      generations.push(Number(record!.itemId.replace('gen-', '')));
    }
  }
  return generations;
}

describe('SIGKILL in the middle of writing', () => {
  it(`leaves every file whole, ${KILLS} times over`, { timeout: 120_000 }, async () => {
    let allAcked: number[] = [];
    for (let run = 0; run < KILLS; run++) {
      const { acked, stderr } = await runAndKill(20 + Math.random() * 60);
      allAcked = allAcked.concat(acked);
      const context = `after kill ${run + 1}; the writer said:\n${stderr}`;

      const settingsText = await readFile(join(dir, 'settings.json'), 'utf8');
      const settingsJson = parseJsonText(settingsText);
      expect(settingsJson.ok && checkWith(settingsSchema, settingsJson.value).ok, `settings.json ${context}`).toBe(
        true,
      );

      const playlistText = await readFile(join(dir, 'playlist.json'), 'utf8').catch(() => null);
      if (playlistText !== null) expect(parsePlaylist(playlistText).ok, `playlist.json ${context}`).toBe(true);
      for (const name of await readdir(join(dir, 'history')).catch(() => [] as string[])) {
        if (!name.endsWith('.json')) continue; // a temp file the kill left behind is not a history entry
        const kept = await readFile(join(dir, 'history', name), 'utf8');
        expect(parsePlaylist(kept).ok, `history/${name} ${context}`).toBe(true);
      }

      const logged = await loggedGenerations();
      // In order, no gaps, nothing doubled; every acknowledged line still there.
      expect(logged, `proof-of-play ${context}`).toEqual(
        Array.from({ length: logged.length }, (_, index) => (logged[0] ?? 0) + index),
      );
      const kept = new Set(logged);
      const lost = allAcked.filter((generation) => generation >= (logged[0] ?? 0) && !kept.has(generation));
      expect(lost, `acknowledged proof-of-play lines lost ${context}`).toEqual([]);
    }
    // The kills really fell mid-loop: the writer got through many rounds in all.
    expect(allAcked.length).toBeGreaterThan(KILLS);
  });
});
