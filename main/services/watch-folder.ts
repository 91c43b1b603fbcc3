/**
 * Noticing that files changed: a folder watcher (editors and atomic writers
 * replace files by rename, so the folder is watched, not the file), debounced
 * so one save is one change, with a slow poll as a safety net for file systems
 * that send no events (network mounts).
 */
import { watch, type FSWatcher } from 'node:fs';
import { describeFsError } from './fs-errors';
import type { Logger } from './logger';

export interface WatchFolderOptions {
  folder: string;
  /** Which entries matter; all when omitted. */
  matches?: (name: string) => boolean;
  /** Called (debounced) after a matching change, and on every poll tick. */
  onChange: () => void;
  logger: Logger;
  pollIntervalMs?: number;
  debounceMs?: number;
}

/** Starts watching; returns the function that stops it. */
export function watchFolder(options: WatchFolderOptions): () => void {
  let debounce: NodeJS.Timeout | undefined;
  const schedule = () => {
    clearTimeout(debounce);
    debounce = setTimeout(options.onChange, options.debounceMs ?? 150);
  };
  let watcher: FSWatcher | undefined;
  try {
    watcher = watch(options.folder, (_event, name) => {
      if (name === null || !options.matches || options.matches(name)) schedule();
    });
    // The folder may be deleted or unmounted; the poll below carries on.
    watcher.on('error', () => watcher?.close());
  } catch (error) {
    options.logger.warn(
      'watch-failed',
      `cannot watch ${options.folder} (${describeFsError(error)}); checking every few seconds instead`,
    );
  }
  const poll = setInterval(schedule, options.pollIntervalMs ?? 5000);
  poll.unref();
  return () => {
    clearTimeout(debounce);
    clearInterval(poll);
    watcher?.close();
  };
}
