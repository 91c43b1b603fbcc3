/**
 * The screen's settings, in DATA/settings.json. The file format is conf's
 * (electron-store in the kiosk reads the same file); zod is the one judge of
 * what is valid. The settings are read at start and whenever the file changes.
 * A file found invalid at start is moved aside (its bytes kept) and named in
 * the log; one that turns invalid while running is named in the log and the
 * last valid settings stay in force; a change made through `update` over an
 * invalid file keeps a copy of it first. Nothing an operator wrote is lost.
 */
import { copyFileSync, readFileSync, renameSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import Conf from 'conf';
import { settingsSchema, DEFAULT_SETTINGS, type Settings } from '../../core/settings';
import { checkWith, describeProblems, parseJsonText, type Checked } from '../../core/validation';
import { describeFsError } from '../fs-errors';
import type { Logger } from '../logger';
import { watchFolder } from '../watch-folder';

/** The stored settings and the way to change them. */
export interface SettingsStore {
  /** The settings in force; never throws. */
  get(): Settings;
  /** Validates and saves a change; the error names the field. */
  update(patch: Partial<Settings>): { ok: true; settings: Settings } | { ok: false; error: string };
  /** Calls `listener` whenever the settings in force change. */
  onChange(listener: (settings: Settings) => void): () => void;
  /** Re-reads settings.json now (the watcher calls this). */
  reload(): Promise<void>;
  close(): void;
}

/** How long a broken settings.json must stay so before it is reported (a save may be in progress). */
const CONFIRM_DELAY_MS = 1000;

/** Opens DATA/settings.json, moving an invalid file aside first. */
export async function openSettingsStore(
  dataDir: string,
  file: string,
  logger: Logger,
  now: () => Date,
): Promise<SettingsStore> {
  const asideName = () => `${file}.invalid-${now().toISOString().replace(/[:.]/g, '-')}`;
  const listeners = new Set<(settings: Settings) => void>();
  let current: Settings = DEFAULT_SETTINGS;
  let lastText: string | null = null;

  const initial = readSettingsFile(file);
  if (initial.kind === 'checked' && initial.checked.ok) {
    current = initial.checked.value;
    lastText = initial.text;
  } else if (initial.kind !== 'missing') {
    const problem = describeRead(initial);
    const aside = asideName();
    try {
      renameSync(file, aside);
    } catch (error) {
      logger.error('settings-invalid', `${file}: ${problem}; cannot move it aside (${describeFsError(error)})`);
      throw new Error(`the settings file ${file} is invalid and cannot be moved aside`, { cause: error });
    }
    logger.error('settings-invalid', `${file}: ${problem}; using default settings (the file was kept as ${aside})`, {
      file,
    });
  }

  // conf only stores (atomically): no schema of its own, so there is one notion of valid.
  const conf = new Conf<Record<string, unknown>>({ cwd: dataDir, configName: 'settings', clearInvalidConfig: false });
  function write(settings: Settings): string | null {
    try {
      conf.store = settings;
      lastText = readSettingsText(file);
      return null;
    } catch (error) {
      return `cannot save ${file} (${describeFsError(error)})`;
    }
  }
  if (initial.kind !== 'checked' || !initial.checked.ok) write(current);

  function apply(next: Settings): void {
    if (JSON.stringify(next) === JSON.stringify(current)) return;
    current = next;
    for (const listener of listeners) listener(current);
  }

  let queue: Promise<void> = Promise.resolve();
  async function readAndApply(): Promise<void> {
    let read = readSettingsFile(file);
    if (read.kind === 'missing' || read.text === lastText) return; // deleted: keep what is in force
    if (!(read.kind === 'checked' && read.checked.ok)) {
      await delay(CONFIRM_DELAY_MS);
      read = readSettingsFile(file);
      if (read.kind === 'missing' || read.text === lastText) return;
    }
    lastText = read.text;
    if (read.kind === 'checked' && read.checked.ok) {
      logger.info('settings-loaded', `${file} loaded`, { file });
      apply(read.checked.value);
    } else {
      logger.error('settings-invalid', `${file}: ${describeRead(read)} — keeping the last valid settings`, { file });
    }
  }
  const reload = () => (queue = queue.then(readAndApply, readAndApply));
  const stopWatching = watchFolder({
    folder: dirname(file),
    matches: (name) => name === basename(file),
    onChange: () => void reload(),
    logger,
  });

  return {
    get: () => current,
    update(patch) {
      const checked = checkWith(settingsSchema, { ...current, ...patch });
      if (!checked.ok) return { ok: false, error: describeProblems(checked.problems) };
      const onDisk = readSettingsFile(file);
      if (onDisk.kind !== 'missing' && !(onDisk.kind === 'checked' && onDisk.checked.ok)) {
        // An operator's half-finished hand edit: keep it before replacing the file.
        try {
          copyFileSync(file, asideName());
        } catch (error) {
          return { ok: false, error: `cannot keep a copy of the invalid ${file} (${describeFsError(error)})` };
        }
      }
      const failed = write(checked.value);
      if (failed) return { ok: false, error: failed };
      logger.info('settings-changed', `settings changed: ${Object.keys(patch).join(', ')}`);
      apply(checked.value);
      return { ok: true, settings: checked.value };
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    reload,
    close: stopWatching,
  };
}

type SettingsRead =
  | { kind: 'missing' }
  | { kind: 'unreadable'; text: null; reason: string }
  | { kind: 'checked'; text: string; checked: Checked<Settings> };

function readSettingsText(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

function readSettingsFile(file: string): SettingsRead {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    return { kind: 'unreadable', text: null, reason: describeFsError(error) };
  }
  const json = parseJsonText(text);
  return { kind: 'checked', text, checked: json.ok ? checkWith(settingsSchema, json.value) : json };
}

function describeRead(read: Exclude<SettingsRead, { kind: 'missing' }>): string {
  if (read.kind === 'unreadable') return `cannot be read (${read.reason})`;
  return read.checked.ok ? '' : describeProblems(read.checked.problems);
}
