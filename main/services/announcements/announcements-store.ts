/**
 * DATA/announcements.json: the operator's announcements, surviving restarts.
 * Writes are atomic and keep the previous copy as announcements.json.bak; an
 * invalid file (a hand edit gone wrong) is set aside and logged, never
 * overwritten; the file is watched so an edit on disk takes effect; ended
 * announcements are pruned whenever the store writes.
 */
import { copyFile, mkdir, readFile, rename } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { announcementSchema, announcementsFileSchema, type Announcement } from '../../core/announcements';
import type { AnnouncementState } from '../../core/player-state';
import { checkWith, describeProblems } from '../../core/validation';
import { writeFileAtomic } from '../atomic-write';
import { describeFsError } from '../fs-errors';
import type { Logger } from '../logger';
import { watchFolder } from '../watch-folder';

/** An outcome an operator can read: the field and why, when it failed. */
export type StoreResult = { ok: true; announcements: Announcement[] } | { ok: false; error: string };

/** The store. */
export interface AnnouncementsStore {
  /** Every stored announcement (ended ones too, until the next write prunes them). */
  list(): Announcement[];
  /** Adds one, or replaces the one with the same id. */
  add(announcement: unknown): Promise<StoreResult>;
  remove(id: string): Promise<StoreResult>;
  /** Replaces the whole list (the console's save). */
  replaceAll(list: unknown): Promise<StoreResult>;
  /** Calls `listener` after every change (by this store or on disk); returns the function that stops it. */
  onChange(listener: () => void): () => void;
  close(): Promise<void>;
}

/** The announcements as a screen gets them, ended ones at `nowMs` left out. */
export function announcementStates(list: readonly Announcement[], nowMs: number): AnnouncementState[] {
  return list
    .map((a) => ({
      id: a.id,
      mode: a.mode,
      title: a.title,
      body: a.body,
      startsAtMs: Date.parse(a.startsAt),
      endsAtMs: Date.parse(a.endsAt),
    }))
    .filter((a) => a.endsAtMs > nowMs);
}

/** When the next of these announcements ends after `nowMs` (ms), or null: when the state must drop it. */
export function nextAnnouncementEndMs(list: readonly Announcement[], nowMs: number): number | null {
  const ends = list.map((a) => Date.parse(a.endsAt)).filter((endsAtMs) => endsAtMs > nowMs);
  return ends.length > 0 ? Math.min(...ends) : null;
}

type Read = { kind: 'missing' } | { kind: 'ok'; text: string; list: Announcement[] } | { kind: 'invalid'; why: string };

async function readStore(file: string): Promise<Read> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    return { kind: 'invalid', why: `cannot be read (${describeFsError(error)})` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { kind: 'invalid', why: `is not JSON (${(error as Error).message})` };
  }
  const checked = checkWith(announcementsFileSchema, json);
  return checked.ok
    ? { kind: 'ok', text, list: checked.value.announcements }
    : { kind: 'invalid', why: describeProblems(checked.problems) };
}

/** Opens DATA/announcements.json; `now` is the clock that decides what has ended. */
export async function openAnnouncementsStore(options: {
  file: string;
  logger: Logger;
  now: () => Date;
}): Promise<AnnouncementsStore> {
  const { file, logger, now } = options;
  const listeners = new Set<() => void>();
  let current: Announcement[] = [];
  let lastText: string | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };
  const emit = () => listeners.forEach((listener) => listener());

  async function setAside(why: string): Promise<void> {
    const aside = `${file}.invalid-${now().toISOString().replace(/[:.]/g, '-')}`;
    const moved = await rename(file, aside).then(
      () => `it was kept as ${aside}`,
      (error: unknown) => `it could not be moved aside (${describeFsError(error)})`,
    );
    logger.error('announcements-invalid', `${file} ${why}; keeping the announcements in force (${moved})`, { file });
  }

  async function load(initial: boolean): Promise<void> {
    const read = await readStore(file);
    if (read.kind === 'missing') return; // deleted: what is in force stays (a write brings the file back)
    if (read.kind === 'invalid') return setAside(read.why);
    if (read.text === lastText) return;
    lastText = read.text;
    current = read.list;
    if (!initial) {
      logger.info('announcements-loaded', `${file} loaded (${current.length} announcement(s))`, { file });
      emit();
    }
  }

  async function save(next: Announcement[]): Promise<StoreResult> {
    const nowMs = now().getTime();
    const kept = next.filter((a) => Date.parse(a.endsAt) > nowMs); // ended ones leave on every write
    const text = `${JSON.stringify({ version: 1, announcements: kept }, null, 2)}\n`;
    try {
      await mkdir(dirname(file), { recursive: true });
      // The previous good copy stays beside it: one bad save by an operator is one step away from undone.
      if (lastText !== null) await copyFile(file, `${file}.bak`).catch(() => undefined);
      await writeFileAtomic(file, text);
    } catch (error) {
      return { ok: false, error: `cannot save ${file} (${describeFsError(error)})` };
    }
    lastText = text;
    current = kept;
    emit();
    return { ok: true, announcements: kept };
  }

  await load(true);
  const stopWatching = watchFolder({
    folder: dirname(file),
    matches: (name) => name === basename(file),
    onChange: () => void serial(() => load(false)),
    logger,
  });

  return {
    list: () => [...current],
    add(announcement) {
      return serial(async () => {
        const checked = checkWith(announcementSchema, announcement);
        if (!checked.ok) return { ok: false, error: describeProblems(checked.problems) };
        return save([...current.filter((a) => a.id !== checked.value.id), checked.value]);
      });
    },
    remove(id) {
      return serial(async () => {
        if (!current.some((a) => a.id === id)) return { ok: false, error: `id: no announcement "${id}"` };
        return save(current.filter((a) => a.id !== id));
      });
    },
    replaceAll(list) {
      return serial(async () => {
        const checked = checkWith(announcementsFileSchema, { version: 1, announcements: list });
        if (!checked.ok) return { ok: false, error: describeProblems(checked.problems) };
        const ids = checked.value.announcements.map((a) => a.id);
        const duplicate = ids.find((id, index) => ids.indexOf(id) !== index);
        if (duplicate !== undefined)
          return { ok: false, error: `announcements: "${duplicate}" is used twice; ids must be unique` };
        return save(checked.value.announcements);
      });
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      stopWatching();
      await queue;
    },
  };
}
