/**
 * Asking the update server what it offers, and fetching it. The channel file is fetched
 * with the host's hardened GET (conditional, so a check every few hours costs a 304);
 * the AppImage is written beside the current one and verified before it may be installed.
 */
import { rm, writeFile } from 'node:fs/promises';
import { appImageFile, parseReleaseInfo, type ReleaseInfo } from '../../core/update/release-info';
import { isNewerVersion } from '../../core/update/semver';
import { describeFsError } from '../fs-errors';
import { httpGet, type Validators } from '../net/http-fetch';
import { verifyDownload, type AppImagePaths, type FileResult } from './update-files';

/** What to ask. */
export interface ReleaseCheckOptions {
  feedUrl: string;
  channel?: string | undefined;
  /** `process.arch`: electron-builder names arm64's file latest-linux-arm64.yml. */
  arch: string;
  currentVersion: string;
  /** From the last answer, for a conditional GET. */
  validators?: Validators | null | undefined;
  timeoutMs?: number | undefined;
}

/** The outcome of a check; it never throws. */
export type ReleaseCheckResult =
  | { ok: true; notModified: true; validators: Validators }
  | { ok: true; notModified: false; release: ReleaseInfo; newer: boolean; validators: Validators }
  | { ok: false; error: string };

/** The channel file electron-builder publishes for this architecture, e.g. `latest-linux-arm64.yml`. */
export function channelFileName(channel: string | undefined, arch: string): string {
  return `${channel ?? 'latest'}-linux${arch === 'x64' ? '' : `-${arch}`}.yml`;
}

/** `name` inside the update server's folder (a feed URL without a trailing slash still names a folder). */
export function feedFileUrl(feedUrl: string, name: string): string {
  return new URL(name, feedUrl.endsWith('/') ? feedUrl : `${feedUrl}/`).href;
}

/** Fetches and reads the channel file; `newer` says whether it offers more than the running version. */
export async function checkForRelease(options: ReleaseCheckOptions): Promise<ReleaseCheckResult> {
  const url = feedFileUrl(options.feedUrl, channelFileName(options.channel, options.arch));
  const answer = await httpGet(url, {
    validators: options.validators,
    accept: 'application/x-yaml, text/yaml, text/plain, */*',
    limits: { maxBytes: 64 * 1024, ...(options.timeoutMs ? { totalTimeoutMs: options.timeoutMs } : {}) },
  });
  if (!answer.ok) return { ok: false, error: `cannot fetch ${url}: ${answer.error}` };
  if (answer.notModified) return { ok: true, notModified: true, validators: answer.validators };
  const parsed = parseReleaseInfo(new TextDecoder('utf-8', { fatal: false }).decode(answer.body));
  if (!parsed.ok) return { ok: false, error: `${url} is not a release description: ${parsed.error}` };
  if (!appImageFile(parsed.value)) return { ok: false, error: `${url} lists no AppImage` };
  return {
    ok: true,
    notModified: false,
    release: parsed.value,
    newer: isNewerVersion(parsed.value.version, options.currentVersion),
    validators: answer.validators,
  };
}

/**
 * Downloads the release's AppImage to `paths.incoming` and verifies it; a file that does
 * not match is deleted. The hardened GET holds the body in memory (capped at the size
 * the server promised); for AppImages of 100+ MB on small boards a streaming download
 * would be kinder, and can replace this without changing callers.
 */
export async function downloadRelease(
  feedUrl: string,
  release: ReleaseInfo,
  paths: AppImagePaths,
  timeoutMs = 30 * 60_000,
): Promise<FileResult> {
  const file = appImageFile(release);
  if (!file) return { ok: false, error: `release ${release.version} lists no AppImage` };
  const url = feedFileUrl(feedUrl, file.url);
  const answer = await httpGet(url, {
    accept: 'application/octet-stream, */*',
    limits: { maxBytes: file.size, totalTimeoutMs: timeoutMs },
  });
  if (!answer.ok) return { ok: false, error: `cannot download ${url}: ${answer.error}` };
  if (answer.notModified) return { ok: false, error: `${url}: the server answered 304 to a plain GET` };
  try {
    await writeFile(paths.incoming, answer.body);
  } catch (error) {
    await rm(paths.incoming, { force: true });
    return { ok: false, error: `cannot save the download (${describeFsError(error)})` };
  }
  const verified = await verifyDownload(paths.incoming, file);
  if (!verified.ok) await rm(paths.incoming, { force: true });
  return verified;
}
