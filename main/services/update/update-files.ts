/**
 * The AppImages on disk. Autostart entries and systemd units call one version-less path
 * (`Pano.AppImage`); the version before it stays beside it as `Pano.previous.AppImage`
 * so a bad update can be undone without the network. A download replaces nothing until
 * its SHA-512 and size match what the update server promised.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { chmod, link, open, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { ReleaseFile } from '../../core/update/release-info';
import { describeFsError } from '../fs-errors';

/** Where the AppImages live. */
export interface AppImagePaths {
  /** What autostart runs. */
  current: string;
  /** The version before, kept for a restore. */
  previous: string;
  /** Where a download lands before it is verified (same folder: the swap is a rename, never a copy). */
  incoming: string;
}

/** The paths for `name` (the product name) in `dir`. */
export function appImagePaths(dir: string, name = 'Pano'): AppImagePaths {
  return {
    current: join(dir, `${name}.AppImage`),
    previous: join(dir, `${name}.previous.AppImage`),
    incoming: join(dir, `.${name}.incoming.AppImage`),
  };
}

/** Success, or a sentence for the log and the status page. */
export type FileResult = { ok: true } | { ok: false; error: string };

/** SHA-512 of a file, base64 (electron-builder's encoding), read as a stream: AppImages are 100+ MB. */
export async function sha512Base64(file: string): Promise<string> {
  const hash = createHash('sha512');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('base64');
}

/** Whether `file` is exactly the artifact the release describes (size first: it is free). */
export async function verifyDownload(
  file: string,
  expected: Pick<ReleaseFile, 'sha512' | 'size'>,
): Promise<FileResult> {
  try {
    const { size } = await stat(file);
    if (size !== expected.size) {
      return { ok: false, error: `the download is ${size} bytes; the update server promised ${expected.size}` };
    }
    const actual = await sha512Base64(file);
    if (actual !== expected.sha512) {
      return { ok: false, error: 'the download’s SHA-512 does not match the update server’s; it was not installed' };
    }
    return { ok: true };
  } catch (error) {
    return { ok: false, error: `cannot read the download (${describeFsError(error)})` };
  }
}

// A rename is durable only once its directory entry is on disk: a power cut could otherwise undo the swap.
async function syncDir(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

const exists = (file: string) =>
  stat(file).then(
    () => true,
    () => false,
  );

/**
 * Installs the verified `paths.incoming` as the current AppImage and keeps the old one as
 * previous. At every instant `current` names a whole AppImage: the old one is hard-linked
 * to `previous` first, then the new one renamed over `current` in one step.
 * A download that fails verification is deleted and nothing is replaced.
 */
export async function installDownload(
  paths: AppImagePaths,
  expected: Pick<ReleaseFile, 'sha512' | 'size'>,
): Promise<FileResult> {
  const verified = await verifyDownload(paths.incoming, expected);
  if (!verified.ok) {
    await rm(paths.incoming, { force: true });
    return verified;
  }
  const keep = `${paths.previous}.tmp`;
  try {
    await chmod(paths.incoming, 0o755);
    if (await exists(paths.current)) {
      await rm(keep, { force: true });
      await link(paths.current, keep);
      await rename(keep, paths.previous);
    }
    await rename(paths.incoming, paths.current);
    await syncDir(dirname(paths.current));
    return { ok: true };
  } catch (error) {
    await rm(keep, { force: true });
    return { ok: false, error: `cannot install the update (${describeFsError(error)})` };
  }
}

/**
 * Puts the previous AppImage back as current (one rename, so autostart finds a whole file
 * whatever happens). The failed version is dropped: it is marked bad and will not return.
 */
export async function restorePrevious(paths: AppImagePaths): Promise<FileResult> {
  if (!(await exists(paths.previous))) {
    return { ok: false, error: `there is no previous version to go back to (${paths.previous} is missing)` };
  }
  try {
    await rename(paths.previous, paths.current);
    await syncDir(dirname(paths.current));
    return { ok: true };
  } catch (error) {
    return { ok: false, error: `cannot restore the previous version (${describeFsError(error)})` };
  }
}
