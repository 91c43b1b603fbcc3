/**
 * DATA/state/remote-playlist.json: the last good remote playlist with the URL
 * it came from and the server's validators, so a screen that starts offline
 * plays it and the next poll can be a conditional GET.
 */
import { mkdir, readFile, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { playlistSchema, type Playlist } from '../../core/playlist/schema';
import { describeProblems, problemsFromZod } from '../../core/validation';
import { writeFileAtomic } from '../atomic-write';
import { describeFsError } from '../fs-errors';
import type { Logger } from '../logger';

const remoteStateSchema = z.object({
  version: z.literal(1),
  url: z.string(),
  playlist: playlistSchema,
  etag: z.string().nullable(),
  lastModified: z.string().nullable(),
  fetchedAt: z.iso.datetime(),
});

/** What remote-playlist.json holds. */
export type RemotePlaylistState = z.infer<typeof remoteStateSchema> & { playlist: Playlist };

/** Reads the saved remote playlist; null when there is none or it had to be set aside. Never throws. */
export async function readRemotePlaylistState(
  file: string,
  logger: Logger,
  now: () => Date,
): Promise<RemotePlaylistState | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      logger.error('remote-playlist-state-unreadable', `cannot read ${file} (${describeFsError(error)})`, { file });
    }
    return null;
  }
  let problem: string;
  try {
    const checked = remoteStateSchema.safeParse(JSON.parse(text));
    if (checked.success) return checked.data;
    problem = describeProblems(problemsFromZod(checked.error));
  } catch (error) {
    problem = `it is not JSON (${(error as Error).message})`;
  }
  const aside = `${file}.invalid-${now().toISOString().replace(/[:.]/g, '-')}`;
  const moved = await rename(file, aside).then(
    () => `it was kept as ${aside}`,
    (error: unknown) => `it could not be moved aside (${describeFsError(error)})`,
  );
  logger.error('remote-playlist-state-invalid', `${file} cannot be used (${problem}); ${moved}`, { file });
  return null;
}

/** Saves the state atomically; resolves to an error sentence instead of throwing. */
export async function writeRemotePlaylistState(file: string, state: RemotePlaylistState): Promise<string | null> {
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFileAtomic(file, `${JSON.stringify(state, null, 2)}\n`);
    return null;
  } catch (error) {
    return describeFsError(error);
  }
}
