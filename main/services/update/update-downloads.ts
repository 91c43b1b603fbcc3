/**
 * DATA/updates/: where a new version waits, verified, for its install window. A download
 * is written as `.part` and only renamed to `Pano-<version>.AppImage` once its SHA-512 and
 * size match the update server's, so a file under the final name is always whole; one
 * left from before a restart is checked again before it is trusted.
 */
import { copyFile, mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { appImageFile, type ReleaseFile, type ReleaseInfo } from '../../core/update/release-info';
import { describeFsError } from '../fs-errors';
import { downloadRelease } from './release-check';
import { installDownload, verifyDownload, type AppImagePaths, type FileResult } from './update-files';

/** A verified download, ready to install. */
export interface DownloadedUpdate {
  version: string;
  /** DATA/updates/Pano-<version>.AppImage */
  file: string;
  expected: Pick<ReleaseFile, 'sha512' | 'size'>;
}

/** DATA/updates for a data directory. */
export const updatesDir = (dataDir: string) => join(dataDir, 'updates');

const downloadName = (version: string) => `Pano-${version}.AppImage`;

/** The download for `release` from a previous run, if it is still whole; a damaged one is deleted. */
export async function findDownloaded(dataDir: string, release: ReleaseInfo): Promise<DownloadedUpdate | null> {
  const expected = appImageFile(release);
  if (!expected) return null;
  const file = join(updatesDir(dataDir), downloadName(release.version));
  const exists = await stat(file).then(
    () => true,
    () => false,
  );
  if (!exists) return null;
  if ((await verifyDownload(file, expected)).ok) return { version: release.version, file, expected };
  await rm(file, { force: true });
  return null;
}

/** Downloads `release`'s AppImage into DATA/updates and verifies it. */
export async function fetchDownload(
  dataDir: string,
  feedUrl: string,
  release: ReleaseInfo,
  appImage: AppImagePaths,
  timeoutMs?: number,
): Promise<{ ok: true; update: DownloadedUpdate } | { ok: false; error: string }> {
  const expected = appImageFile(release);
  if (!expected) return { ok: false, error: `release ${release.version} lists no AppImage` };
  const dir = updatesDir(dataDir);
  const file = join(dir, downloadName(release.version));
  const part = `${file}.part`;
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    return { ok: false, error: `cannot create ${dir} (${describeFsError(error)})` };
  }
  const result = await downloadRelease(feedUrl, release, { ...appImage, incoming: part }, timeoutMs);
  if (!result.ok) return result;
  try {
    await rename(part, file);
  } catch (error) {
    await rm(part, { force: true });
    return { ok: false, error: `cannot keep the download in ${dir} (${describeFsError(error)})` };
  }
  return { ok: true, update: { version: release.version, file, expected } };
}

/** Deletes every file in DATA/updates but the one for `keepVersion` (disks on small boards are small). */
export async function removeOtherDownloads(dataDir: string, keepVersion: string | null): Promise<void> {
  const dir = updatesDir(dataDir);
  const keep = keepVersion === null ? null : downloadName(keepVersion);
  const names = await readdir(dir).catch(() => [] as string[]);
  await Promise.all(names.filter((name) => name !== keep).map((name) => rm(join(dir, name), { force: true })));
}

/**
 * Installs a verified download as the current AppImage, keeping the old one as previous
 * (update-files.ts). The download is moved beside the AppImage first, so the swap itself
 * is one rename: a move when both are on one disk (the usual $HOME), a copy otherwise.
 */
export async function installFromDownload(update: DownloadedUpdate, appImage: AppImagePaths): Promise<FileResult> {
  try {
    await rm(appImage.incoming, { force: true });
    await rename(update.file, appImage.incoming).catch(async (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EXDEV') throw error;
      await copyFile(update.file, appImage.incoming);
      await rm(update.file, { force: true });
    });
  } catch (error) {
    await rm(appImage.incoming, { force: true });
    return { ok: false, error: `cannot move the download beside ${appImage.current} (${describeFsError(error)})` };
  }
  return installDownload(appImage, update.expected);
}
