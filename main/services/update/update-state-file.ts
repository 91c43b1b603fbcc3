/**
 * DATA/state/update.json: the boot-health state and the versions that failed it here.
 * It must survive the very restarts it judges, so writes are atomic; a file that cannot
 * be read is set aside (kept for a technician) and the kiosk carries on as if it had none.
 */
import { mkdir, readFile, rename } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { INITIAL_BOOT_HEALTH, type BootHealthState } from '../../core/update/boot-health';
import { writeFileAtomic } from '../atomic-write';
import { describeFsError } from '../fs-errors';

/** What update.json holds. */
export interface UpdateRecord {
  bootHealth: BootHealthState;
  /** Versions never to install again on this kiosk. */
  badVersions: string[];
}

/** A kiosk with no record. */
export const EMPTY_UPDATE_RECORD: UpdateRecord = { bootHealth: INITIAL_BOOT_HEALTH, badVersions: [] };

/** DATA/state/update.json for a data directory. */
export const updateStatePath = (dataDir: string) => join(dataDir, 'state', 'update.json');

const time = z.number().finite();
const version = z.string().min(1);
const failure = z.enum(['not-healthy-in-time', 'crash-loop']);
const bootHealthSchema = z.discriminatedUnion('phase', [
  z.object({ phase: z.literal('idle'), goodVersion: version.nullable() }),
  z.object({
    phase: z.literal('pending-verification'),
    version,
    sinceMs: time,
    attemptsMs: z.array(time),
    goodVersion: version.nullable(),
  }),
  z.object({ phase: z.literal('healthy'), version, atMs: time, goodVersion: version }),
  z.object({ phase: z.literal('failed'), version, reason: failure, atMs: time, goodVersion: version.nullable() }),
]);
const recordSchema = z.object({ bootHealth: bootHealthSchema, badVersions: z.array(version) });

/** The record read, and a note for the log when the file was set aside. */
export interface LoadedUpdateRecord {
  record: UpdateRecord;
  note: string | null;
}

/** Reads the record; a missing file is an empty record, an unreadable one is renamed `update.json.corrupt-<ms>`. */
export async function loadUpdateRecord(file: string, nowMs: number): Promise<LoadedUpdateRecord> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { record: EMPTY_UPDATE_RECORD, note: null };
    return { record: EMPTY_UPDATE_RECORD, note: `cannot read ${file} (${describeFsError(error)})` };
  }
  let problem: string;
  try {
    const parsed = recordSchema.safeParse(JSON.parse(text));
    if (parsed.success) return { record: parsed.data, note: null };
    problem = 'its contents are not an update record';
  } catch {
    problem = 'it is not valid JSON';
  }
  const aside = `${file}.corrupt-${nowMs}`;
  try {
    await rename(file, aside);
    return { record: EMPTY_UPDATE_RECORD, note: `${file} was unreadable (${problem}); set aside as ${aside}` };
  } catch (error) {
    return {
      record: EMPTY_UPDATE_RECORD,
      note: `${file} was unreadable (${problem}) and cannot be set aside (${describeFsError(error)})`,
    };
  }
}

/** Saves the record atomically (the old copy or the new, never a torn file). */
export async function saveUpdateRecord(file: string, record: UpdateRecord): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFileAtomic(file, `${JSON.stringify(record, null, 2)}\n`);
}
