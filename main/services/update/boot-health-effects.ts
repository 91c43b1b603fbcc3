/**
 * Carrying out a boot-health step: record it, mark a failed version bad, put the previous
 * AppImage back. The record is saved before the restore, so a power cut between the two
 * still leaves the version marked bad, and its next start asks for the restore again.
 */
import type { BootHealthStep } from '../../core/update/boot-health';
import { describeFsError } from '../fs-errors';
import { restorePrevious, type AppImagePaths } from './update-files';
import { saveUpdateRecord, type UpdateRecord } from './update-state-file';

/** The record after the step, and what happened to the files. */
export interface AppliedBootHealth {
  record: UpdateRecord;
  /** True when the previous AppImage is now current: the host should restart into it. */
  restored: boolean;
  /** Sentences for the log and the status page. */
  problems: string[];
}

/** Applies `step` to `record`, saves it to `stateFile`, and restores the previous AppImage if asked. */
export async function applyBootHealthStep(
  step: BootHealthStep,
  record: UpdateRecord,
  stateFile: string,
  paths: AppImagePaths,
): Promise<AppliedBootHealth> {
  const badVersions = [...record.badVersions];
  for (const effect of step.effects) {
    if (effect.kind === 'mark-bad' && !badVersions.includes(effect.version)) badVersions.push(effect.version);
  }
  const next: UpdateRecord = { bootHealth: step.state, badVersions };
  const problems: string[] = [];
  if (next.bootHealth !== record.bootHealth || badVersions.length !== record.badVersions.length) {
    try {
      await saveUpdateRecord(stateFile, next);
    } catch (error) {
      problems.push(`cannot save the update record (${describeFsError(error)})`);
    }
  }
  let restored = false;
  if (step.effects.some((effect) => effect.kind === 'restore-previous')) {
    const result = await restorePrevious(paths);
    if (result.ok) restored = true;
    else problems.push(result.error);
  }
  return { record: next, restored, problems };
}
