/**
 * DATA/state/kiosk-id: a random id made once per kiosk and kept for its life. Staged
 * rollouts hash it into a number 0..99 (core/update/rollout.ts), so it must not change
 * between starts: a kiosk whose id changed could fall in and out of a rollout.
 * Random rather than the machine id or a MAC address: it says nothing about the hardware.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { writeFileAtomic } from '../atomic-write';
import { describeFsError } from '../fs-errors';

/** DATA/state/kiosk-id for a data directory. */
export const kioskIdPath = (dataDir: string) => join(dataDir, 'state', 'kiosk-id');

const KIOSK_ID = /^[A-Za-z0-9][A-Za-z0-9-]{7,63}$/;

/** The id, and a sentence for the log when the stored one could not be used or a new one not kept. */
export interface LoadedKioskId {
  id: string;
  note: string | null;
}

/**
 * Reads the kiosk's id, making and saving one when there is none. A damaged file is
 * replaced (its id could not have been read anyway); a disk that cannot be written still
 * gets an id for this run, and the note says the rollout bucket may change next start.
 */
export async function loadKioskId(dataDir: string, makeId: () => string = randomUUID): Promise<LoadedKioskId> {
  const file = kioskIdPath(dataDir);
  let problem: string | null = null;
  try {
    const stored = (await readFile(file, 'utf8')).trim();
    if (KIOSK_ID.test(stored)) return { id: stored, note: null };
    problem = `${file} does not hold a kiosk id (8–64 letters, digits and hyphens); a new one was made`;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
      problem = `cannot read ${file} (${describeFsError(error)}); a new kiosk id was made`;
  }
  const id = makeId();
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFileAtomic(file, `${id}\n`);
  } catch (error) {
    const lost = `cannot save the kiosk id to ${file} (${describeFsError(error)}); this screen may change its place in staged rollouts at the next start`;
    return { id, note: problem ? `${problem}; ${lost}` : lost };
  }
  return { id, note: problem };
}
