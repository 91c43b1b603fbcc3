/**
 * The screen's settings, in DATA/settings.json. The file format is conf's
 * (electron-store in the kiosk reads the same file). A file that fails
 * validation is copied aside, named in the log, and defaults are used; it is
 * never silently overwritten.
 */
import { existsSync, readFileSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import Conf, { type Schema } from 'conf';
import { z } from 'zod';
import { settingsSchema, DEFAULT_SETTINGS, type Settings } from '../../core/settings';
import { checkWith, describeProblems, parseJsonText } from '../../core/validation';
import { describeFsError } from '../data-dir';
import type { Logger } from '../logger';

/** The stored settings and the way to change them. */
export interface SettingsStore {
  get(): Settings;
  /** Validates and saves a change; the error names the field. */
  update(patch: Partial<Settings>): { ok: true; settings: Settings } | { ok: false; error: string };
}

/** conf's schema option: the JSON Schema of each property, generated from the zod schema. */
function confPropertySchemas(): Schema<Settings> {
  const json = z.toJSONSchema(settingsSchema, { io: 'input', target: 'draft-07' }) as {
    properties: Record<string, object>;
  };
  return json.properties as Schema<Settings>;
}

/** Opens DATA/settings.json, moving an invalid file aside first. */
export async function openSettingsStore(
  dataDir: string,
  file: string,
  logger: Logger,
  now: () => Date,
): Promise<SettingsStore> {
  await setAsideIfInvalid(file, logger, now);
  const conf = new Conf<Settings>({
    cwd: dataDir,
    configName: 'settings',
    defaults: DEFAULT_SETTINGS,
    schema: confPropertySchemas(),
    clearInvalidConfig: false,
  });

  const read = (): Settings => {
    const checked = checkWith(settingsSchema, conf.store);
    return checked.ok ? checked.value : DEFAULT_SETTINGS;
  };

  return {
    get: read,
    update(patch) {
      const checked = checkWith(settingsSchema, { ...read(), ...patch });
      if (!checked.ok) return { ok: false, error: describeProblems(checked.problems) };
      conf.store = checked.value;
      logger.info('settings-changed', `settings changed: ${Object.keys(patch).join(', ')}`);
      return { ok: true, settings: checked.value };
    },
  };
}

async function setAsideIfInvalid(file: string, logger: Logger, now: () => Date): Promise<void> {
  if (!existsSync(file)) return;
  let problem: string;
  try {
    const json = parseJsonText(readFileSync(file, 'utf8'));
    const checked = json.ok ? checkWith(settingsSchema, json.value) : json;
    if (checked.ok) return;
    problem = describeProblems(checked.problems);
  } catch (error) {
    problem = `cannot be read (${describeFsError(error)})`;
  }
  const aside = `${file}.invalid-${now().toISOString().replace(/[:.]/g, '-')}`;
  try {
    await rename(file, aside);
    logger.error('settings-invalid', `${file}: ${problem}; using default settings (the file was kept as ${aside})`, {
      file,
    });
  } catch (error) {
    logger.error(
      'settings-invalid',
      `${file}: ${problem}; using default settings (could not move it aside: ${describeFsError(error)})`,
      { file },
    );
    throw new Error(`settings file ${file} is invalid and cannot be moved aside`, { cause: error });
  }
}
