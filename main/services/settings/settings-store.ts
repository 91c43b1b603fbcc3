/**
 * The screen's settings, in DATA/settings.json. The file format is conf's
 * (electron-store in the kiosk reads the same file). zod is the one judge of
 * what is valid. A file that fails validation — at start or edited by hand
 * while running — is copied aside and named in the log; the last good settings
 * (or the defaults) stay in force and are written back. Nothing is lost.
 */
import { existsSync, readFileSync, renameSync } from 'node:fs';
import Conf from 'conf';
import { settingsSchema, DEFAULT_SETTINGS, type Settings } from '../../core/settings';
import { checkWith, describeProblems, parseJsonText, type Checked } from '../../core/validation';
import { describeFsError } from '../data-dir';
import type { Logger } from '../logger';

/** The stored settings and the way to change them. */
export interface SettingsStore {
  /** The settings in force; never throws. */
  get(): Settings;
  /** Validates and saves a change; the error names the field. */
  update(patch: Partial<Settings>): { ok: true; settings: Settings } | { ok: false; error: string };
}

/** Opens DATA/settings.json, moving an invalid file aside first. */
export async function openSettingsStore(
  dataDir: string,
  file: string,
  logger: Logger,
  now: () => Date,
): Promise<SettingsStore> {
  let lastGood: Settings = DEFAULT_SETTINGS;

  /** Moves a bad file aside with its bytes intact; false when even that failed. */
  function setAside(problem: string, keeping: string): boolean {
    const aside = `${file}.invalid-${now().toISOString().replace(/[:.]/g, '-')}`;
    try {
      renameSync(file, aside);
      logger.error('settings-invalid', `${file}: ${problem}; using ${keeping} (the file was kept as ${aside})`, {
        file,
      });
      return true;
    } catch (error) {
      logger.error(
        'settings-invalid',
        `${file}: ${problem}; using ${keeping} (could not move it aside: ${describeFsError(error)})`,
        {
          file,
        },
      );
      return false;
    }
  }

  const initial = readFileChecked(file);
  if (initial && !initial.ok && !setAside(describeProblems(initial.problems), 'default settings')) {
    throw new Error(`the settings file ${file} is invalid and cannot be moved aside`);
  }
  if (initial?.ok) lastGood = initial.value;

  // conf only stores: no schema of its own, so there is one notion of valid (zod's), and its writes are atomic.
  const conf = new Conf<Record<string, unknown>>({ cwd: dataDir, configName: 'settings', clearInvalidConfig: false });
  let writable = true;
  const write = (settings: Settings): boolean => {
    try {
      conf.store = settings;
      writable = true;
      return true;
    } catch (error) {
      if (writable) logger.warn('settings-write-failed', `cannot write ${file} (${describeFsError(error)})`);
      writable = false;
      return false;
    }
  };
  if (!existsSync(file)) write(lastGood);

  function read(): Settings {
    const checked = readFileChecked(file);
    if (checked === null) return lastGood; // deleted while running: keep what was in force
    if (checked.ok) return (lastGood = checked.value);
    if (setAside(describeProblems(checked.problems), 'the last valid settings')) write(lastGood);
    return lastGood;
  }

  return {
    get: read,
    update(patch) {
      const checked = checkWith(settingsSchema, { ...read(), ...patch });
      if (!checked.ok) return { ok: false, error: describeProblems(checked.problems) };
      if (!write(checked.value)) return { ok: false, error: `cannot save the settings: ${file} is not writable` };
      lastGood = checked.value;
      logger.info('settings-changed', `settings changed: ${Object.keys(patch).join(', ')}`);
      return { ok: true, settings: checked.value };
    },
  };
}

/** The file's settings checked by zod, or null when there is no file. */
function readFileChecked(file: string): Checked<Settings> | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    return { ok: false, problems: [{ field: '', message: `cannot be read (${describeFsError(error)})` }] };
  }
  const json = parseJsonText(text);
  return json.ok ? checkWith(settingsSchema, json.value) : json;
}
