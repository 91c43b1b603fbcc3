/**
 * Where the current rotation started, kept in DATA/state/rotation.json so a
 * restarted host (power cut, update, crash) resumes the rotation where the
 * clock says it is, instead of sending every screen back to the first slide.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import type { RotationAnchor } from '../../core/player-state-builder';
import { writeFileAtomic } from '../atomic-write';
import { describeFsError } from '../fs-errors';
import type { Logger } from '../logger';

const anchorSchema = z.object({ rotationKey: z.string(), epochMs: z.number().finite() });

/**
 * The saved anchor, or null when there is none or it is unreadable (then the rotation starts afresh). A damaged
 * file is named in the log: screens going back to the first slide after a restart would otherwise be a mystery.
 */
export async function readRotationAnchor(file: string, logger?: Logger): Promise<RotationAnchor | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return null; // none yet (a first start), or gone: nothing to resume
  }
  let problem: string;
  try {
    const parsed = anchorSchema.safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data;
    problem = 'it is not a rotation anchor';
  } catch (error) {
    problem = `it is not JSON (${(error as Error).message})`;
  }
  logger?.warn('rotation-anchor-damaged', `${file} cannot be used (${problem}); the rotation starts afresh`);
  return null;
}

/** Saves anchors as they change, one write at a time; failures are logged once. */
export interface RotationAnchorWriter {
  save(anchor: RotationAnchor): void;
  /** Resolves when every save so far is on disk (or has failed). */
  settled(): Promise<void>;
}

export function createRotationAnchorWriter(file: string, logger: Logger): RotationAnchorWriter {
  let saved: RotationAnchor | null = null;
  let queue: Promise<void> = Promise.resolve();
  let warned = false;
  const save = (anchor: RotationAnchor): void => {
    if (saved?.epochMs === anchor.epochMs && saved.rotationKey === anchor.rotationKey) return;
    saved = anchor;
    queue = queue.then(async () => {
      try {
        await mkdir(dirname(file), { recursive: true });
        await writeFileAtomic(file, JSON.stringify(anchor));
      } catch (error) {
        if (!warned) logger.warn('rotation-save-failed', `cannot save ${file} (${describeFsError(error)})`);
        warned = true;
      }
    });
  };
  return { save, settled: () => queue };
}
