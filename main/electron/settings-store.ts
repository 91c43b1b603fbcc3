/**
 * The kiosk's view of DATA/settings.json through electron-store: the same file
 * and format the host reads with conf. The shell only reads `displayIndex`, and
 * never writes, so it cannot race the host (no defaults are passed, which is
 * what would make electron-store write the file).
 */
import Store from 'electron-store';
import { DEFAULT_SETTINGS, settingsSchema } from '../core/settings';
import type { Logger } from '../services/logger';

/** The settings the shell itself acts on. */
export interface ShellSettings {
  displayIndex: number;
}

/**
 * Reads the shell's settings. Call it after the host has started: the host
 * moves an invalid file aside first. Whatever goes wrong here, the screen
 * still starts, on the defaults, with one log line saying why.
 */
export function readShellSettings(dataDir: string, log: Logger): ShellSettings {
  let raw: unknown;
  try {
    raw = new Store<Record<string, unknown>>({ cwd: dataDir, name: 'settings', clearInvalidConfig: false }).get(
      'displayIndex',
    );
  } catch (error) {
    log.warn(
      'shell-settings-unreadable',
      `kiosk: cannot read ${dataDir}/settings.json (${(error as Error).message}); using display ${DEFAULT_SETTINGS.displayIndex}`,
    );
    return { displayIndex: DEFAULT_SETTINGS.displayIndex };
  }
  const checked = settingsSchema.shape.displayIndex.safeParse(raw);
  if (!checked.success) {
    log.warn(
      'shell-settings-invalid',
      `kiosk: displayIndex in ${dataDir}/settings.json is invalid; using display ${DEFAULT_SETTINGS.displayIndex}`,
    );
    return { displayIndex: DEFAULT_SETTINGS.displayIndex };
  }
  return { displayIndex: checked.data };
}
