/**
 * DATA/state/recovery.json: what the kiosk's recovery policy remembers
 * (core/kiosk/recovery-policy.ts). It must outlive the relaunches it counts,
 * or a crash loop that survives a relaunch would never reach `give-up`; so
 * writes are atomic, and a file that cannot be read is set aside for a
 * technician and the policy starts fresh.
 */
import { mkdir, readFile, rename } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { INITIAL_RECOVERY_STATE, RECOVERY_LADDER, type RecoveryState } from '../../core/kiosk/recovery-policy';
import { writeFileAtomic } from '../atomic-write';
import { describeFsError } from '../fs-errors';

/** DATA/state/recovery.json for a data directory. */
export const recoveryStatePath = (dataDir: string) => join(dataDir, 'state', 'recovery.json');

const time = z.number().finite();
const stateSchema = z.object({
  rung: z
    .number()
    .int()
    .min(0)
    .max(RECOVERY_LADDER.length - 1),
  lastFaultAtMs: time.nullable(),
  history: z.array(z.object({ action: z.enum(RECOVERY_LADDER), atMs: time })),
});

/** The state read, and a sentence for the log when the file could not be used. */
export interface LoadedRecoveryState {
  state: RecoveryState;
  note: string | null;
}

/** Reads the state; missing is a fresh start, unreadable is set aside as `recovery.json.corrupt-<ms>`. */
export async function loadRecoveryState(file: string, nowMs: number): Promise<LoadedRecoveryState> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { state: INITIAL_RECOVERY_STATE, note: null };
    return { state: INITIAL_RECOVERY_STATE, note: `cannot read ${file} (${describeFsError(error)}); starting fresh` };
  }
  let problem: string;
  try {
    const parsed = stateSchema.safeParse(JSON.parse(text));
    if (parsed.success) return { state: parsed.data, note: null };
    const issue = parsed.error.issues[0];
    problem = `${issue?.path.join('.') || 'the file'}: ${issue?.message ?? 'not a recovery state'}`;
  } catch {
    problem = 'it is not valid JSON';
  }
  const aside = `${file}.corrupt-${nowMs}`;
  try {
    await rename(file, aside);
    return {
      state: INITIAL_RECOVERY_STATE,
      note: `${file} was unreadable (${problem}); set aside as ${aside}, starting fresh`,
    };
  } catch (error) {
    return {
      state: INITIAL_RECOVERY_STATE,
      note: `${file} was unreadable (${problem}) and cannot be set aside (${describeFsError(error)}); starting fresh`,
    };
  }
}

/** Saves the state atomically (the old copy or the new, never a torn file). */
export async function saveRecoveryState(file: string, state: RecoveryState): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFileAtomic(file, `${JSON.stringify(state)}\n`);
}
