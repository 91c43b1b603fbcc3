/**
 * DATA/state/feed.json: the last good feed, so a restarted screen shows news at once and offline, and the
 * validators for the next conditional GET. Written atomically; a file that cannot be read is set aside (kept
 * as feed.json.invalid-<time>) and the host carries on without it.
 */
import { mkdir, readFile, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../atomic-write';
import { describeFsError } from '../fs-errors';
import type { Logger } from '../logger';

const articleSchema = z.strictObject({
  key: z.string().min(1),
  title: z.string().min(1),
  link: z.string().nullable(),
  publishedAtMs: z.number().finite().nullable(),
  image: z.strictObject({ url: z.string().min(1), caption: z.string().nullable() }).nullable(),
  summary: z.string(),
  author: z.string().nullable(),
  categories: z.array(z.string()),
});

const feedStateSchema = z.strictObject({
  version: z.literal(1),
  /** The configured URL these articles were fetched for. */
  url: z.string().min(1),
  /** Where the document was in the end (after redirects). */
  finalUrl: z.string().min(1),
  title: z.string().nullable(),
  articles: z.array(articleSchema).min(1),
  lastSuccessAtMs: z.number().finite(),
  etag: z.string().nullable(),
  lastModified: z.string().nullable(),
  /** How the document was read (format, selectors, zone): a 304 only stands for these articles if it still matches. */
  readWith: z.string(),
});

/** What feed.json holds. */
export type FeedState = z.infer<typeof feedStateSchema>;

/** Reads feed.json: the state, or null when there is none or it had to be set aside. Never throws. */
export async function readFeedState(file: string, logger: Logger, now: () => number): Promise<FeedState | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    logger.error('feed-state-unreadable', `cannot read ${file} (${describeFsError(error)}); starting without it`);
    return null;
  }
  let problem: string;
  try {
    const checked = feedStateSchema.safeParse(JSON.parse(text));
    if (checked.success) return checked.data;
    const issue = checked.error.issues[0];
    problem = `${issue?.path.join('.') || 'the file'}: ${issue?.message ?? 'invalid'}`;
  } catch (error) {
    problem = `it is not JSON (${(error as Error).message})`; // a truncated write from before atomic saves, or a disk fault
  }
  const aside = `${file}.invalid-${new Date(now()).toISOString().replace(/[:.]/g, '-')}`;
  try {
    await rename(file, aside);
    logger.error('feed-state-invalid', `${file} cannot be used (${problem}); it was kept as ${aside}`, { file });
  } catch (error) {
    logger.error(
      'feed-state-invalid',
      `${file} cannot be used (${problem}) nor moved aside (${describeFsError(error)})`,
    );
  }
  return null;
}

/** Saves feed.json atomically; resolves to an error sentence instead of throwing. */
export async function writeFeedState(file: string, state: FeedState): Promise<string | null> {
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFileAtomic(file, `${JSON.stringify(state)}\n`);
    return null;
  } catch (error) {
    return `cannot save the feed to ${file} (${describeFsError(error)})`;
  }
}
