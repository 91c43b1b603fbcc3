/**
 * Every file Pano keeps in its data directory (contract.md, main/services/data-dir.ts
 * and the stores that add their own), and a check that each one a drill left
 * behind still parses as what it should be.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { announcementsFileSchema } from '../../../main/core/announcements';
import { playlistSchema } from '../../../main/core/playlist/schema';
import { settingsSchema } from '../../../main/core/settings';
import { readPasswordHash } from '../../../main/services/auth/auth-file';
import { isLeftoverTempName } from '../../../main/services/temp-sweep';

/** A stored file, relative to the data dir, and how to tell it is whole. */
export interface StoredFile {
  path: string;
  /** null when the text is a good copy; else what is wrong. */
  check(text: string, dataDir: string): string | null;
}

function jsonProblem(text: string): string | null {
  try {
    JSON.parse(text);
    return null;
  } catch (error) {
    return `not JSON (${(error as Error).message})`;
  }
}

function schemaProblem(text: string, schema: { safeParse(value: unknown): { success: boolean; error?: unknown } }) {
  const json = jsonProblem(text);
  if (json) return json;
  const checked = schema.safeParse(JSON.parse(text));
  return checked.success ? null : `does not validate (${String(checked.error).slice(0, 200)})`;
}

/** The files a host keeps; each is optional (a fresh data dir has few of them). */
export const STORED_FILES: readonly StoredFile[] = [
  { path: 'playlist.json', check: (text) => schemaProblem(text, playlistSchema) },
  { path: 'settings.json', check: (text) => schemaProblem(text, settingsSchema) },
  {
    path: 'auth.json',
    check: (_text, dataDir) => (readPasswordHash(join(dataDir, 'auth.json')) ? null : 'not a usable password hash'),
  },
  { path: 'announcements.json', check: (text) => schemaProblem(text, announcementsFileSchema) },
  { path: 'state/last-good-playlist.json', check: (text) => schemaProblem(text, playlistSchema) },
  { path: 'state/rotation.json', check: jsonProblem },
  { path: 'state/feed.json', check: jsonProblem },
  { path: 'state/remote-playlist.json', check: jsonProblem },
  { path: 'media/.index.json', check: jsonProblem },
];

/** Folders where interrupted writes may leave temporary files. */
export const TEMP_FOLDERS = ['.', 'state', 'history', 'media', 'cache/media', 'cache/library'];

/** Temporary files (atomic-write's, conf's, uploads') in the data dir's folders. */
export async function leftoverTemps(dataDir: string): Promise<string[]> {
  const found: string[] = [];
  for (const folder of TEMP_FOLDERS) {
    const names = await readdir(join(dataDir, folder)).catch(() => [] as string[]);
    for (const name of names)
      if (isLeftoverTempName(name) || /^\.upload-.*\.tmp$/.test(name)) found.push(join(folder, name));
  }
  return found;
}

/** Checks every stored file present (and every kept history version); returns how many were checked and what is wrong. */
export async function checkStoredFiles(dataDir: string): Promise<{ checked: number; problems: string[] }> {
  const problems: string[] = [];
  let checked = 0;
  for (const file of STORED_FILES) {
    const text = await readFile(join(dataDir, file.path), 'utf8').catch(() => null);
    if (text === null) continue;
    checked += 1;
    const problem = file.check(text, dataDir);
    if (problem) problems.push(`${file.path}: ${problem}`);
  }
  const history = await readdir(join(dataDir, 'history')).catch(() => [] as string[]);
  for (const name of history.filter((n) => n.endsWith('.json'))) {
    checked += 1;
    const problem = schemaProblem(await readFile(join(dataDir, 'history', name), 'utf8'), playlistSchema);
    if (problem) problems.push(`history/${name}: ${problem}`);
  }
  return { checked, problems };
}
