/** DATA/state/recovery.json: what the recovery ladder remembers across relaunches, and a damaged copy. */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { INITIAL_RECOVERY_STATE, type RecoveryState } from '../../../../main/core/kiosk/recovery-policy';
import {
  loadRecoveryState,
  recoveryStatePath,
  saveRecoveryState,
} from '../../../../main/services/kiosk/recovery-state-file';

let dataDir: string;
let file: string;
const climbed: RecoveryState = {
  rung: 3,
  lastFaultAtMs: 1_700_000_060_000,
  history: [
    { action: 'reload-now', atMs: 1_700_000_000_000 },
    { action: 'recreate-window', atMs: 1_700_000_030_000 },
    { action: 'relaunch-app', atMs: 1_700_000_060_000 },
  ],
};

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'pano-recovery-state-'));
  file = recoveryStatePath(dataDir);
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

describe('recovery.json', () => {
  it('lives in DATA/state', () => {
    expect(file).toBe(join(dataDir, 'state', 'recovery.json'));
  });

  it('starts fresh, silently, when there is none', async () => {
    expect(await loadRecoveryState(file, 0)).toEqual({ state: INITIAL_RECOVERY_STATE, note: null });
  });

  it('reads back what was saved, creating the folder and leaving no temporary file', async () => {
    await saveRecoveryState(file, climbed);
    expect(await loadRecoveryState(file, 0)).toEqual({ state: climbed, note: null });
    expect(readdirSync(join(dataDir, 'state'))).toEqual(['recovery.json']);
  });

  it.each([
    ['cut short', '{"rung": 3, "lastFaultAtMs": 17', 'it is not valid JSON'],
    ['an unknown action', JSON.stringify({ ...climbed, history: [{ action: 'reboot', atMs: 1 }] }), 'history.0.action'],
    ['a rung past give-up', JSON.stringify({ ...climbed, rung: 9 }), 'rung'],
  ])('sets a file %s aside and starts fresh, naming the problem', async (_name, text, problem) => {
    mkdirSync(join(dataDir, 'state'));
    writeFileSync(file, text);
    const loaded = await loadRecoveryState(file, 1234);
    expect(loaded.state).toEqual(INITIAL_RECOVERY_STATE);
    expect(loaded.note).toContain(`${file} was unreadable (`);
    expect(loaded.note).toContain(problem);
    expect(loaded.note).toContain(`set aside as ${file}.corrupt-1234, starting fresh`);
    // Kept for a technician, byte for byte.
    expect(readFileSync(`${file}.corrupt-1234`, 'utf8')).toBe(text);
  });
});
