/**
 * Reading electron-builder's `latest-linux.yml`. The `yaml` package is not a dependency of
 * the app (only electron-builder, a build tool, would bring it), so this is a strict small
 * reader for exactly the shape electron-builder writes: top-level `key: value` scalars and
 * the `files:` list of `url` / `sha512` / `size` maps. Anything else is refused with the line
 * or the field named, never guessed at.
 */
import { isSemVer } from './semver';

/** One downloadable artifact of a release. */
export interface ReleaseFile {
  /** Relative to the update server's folder, e.g. `Pano-x86_64.AppImage`. */
  url: string;
  /** SHA-512 of the file, base64, as electron-builder writes it. */
  sha512: string;
  /** Bytes. */
  size: number;
}

/** A release as the update server describes it. */
export interface ReleaseInfo {
  version: string;
  files: ReleaseFile[];
  releaseDate: string | null;
  /** 0..100; null means every screen takes it. */
  stagingPercentage: number | null;
}

/** The release, or a sentence naming what is wrong. */
export type ReleaseParse = { ok: true; value: ReleaseInfo } | { ok: false; error: string };

// 64 bytes of SHA-512 are 88 base64 characters, two of them padding.
const SHA512_BASE64 = /^[A-Za-z0-9+/]{86}==$/;
const TOP_KEYS = new Set(['version', 'files', 'path', 'sha512', 'releaseDate', 'stagingPercentage']);
const FILE_KEYS = new Set(['url', 'sha512', 'size', 'blockMapSize', 'isAdminRightsRequired']);

/** A plain or quoted YAML scalar as text; null when the quoting is broken. */
function scalar(raw: string): string | null {
  const text = raw.trim();
  if (text.startsWith("'")) {
    if (text.length < 2 || !text.endsWith("'")) return null;
    const inner = text.slice(1, -1);
    return /(^|[^'])'([^']|$)/.test(inner) ? null : inner.replaceAll("''", "'");
  }
  if (text.startsWith('"')) {
    if (text.length < 2 || !text.endsWith('"') || /\\/.test(text)) return null;
    return text.slice(1, -1);
  }
  // A comment after a plain value is YAML; a value that starts a structure is not one of ours.
  const plain = text.replace(/\s+#.*$/, '');
  return /^[[{&*!|>]/.test(plain) ? null : plain;
}

type RawDoc = { top: Map<string, string>; files: Map<string, string>[] };

function readLines(text: string): RawDoc | string {
  const top = new Map<string, string>();
  const files: Map<string, string>[] = [];
  let inFiles = false;
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    const where = `line ${index + 1}`;
    if (/^\s*(#.*)?$/.test(line)) continue;
    if (/\t/.test(line.match(/^\s*/)?.[0] ?? '')) return `${where}: indented with a tab`;
    const item = /^ {2}- ([A-Za-z][A-Za-z0-9]*):(?: (.*))?$/.exec(line);
    const field = /^ {4}([A-Za-z][A-Za-z0-9]*):(?: (.*))?$/.exec(line);
    const key = /^([A-Za-z][A-Za-z0-9]*):(?: (.*))?$/.exec(line);
    if (inFiles && (item || field)) {
      const [, name = '', raw = ''] = (item ?? field)!;
      if (item) files.push(new Map());
      const current = files.at(-1);
      if (!current) return `${where}: a file field before the first "- url:"`;
      const value = scalar(raw);
      if (value === null || value === '') return `${where}: files.${name} has no readable value`;
      if (current.has(name)) return `${where}: files.${name} is written twice`;
      current.set(name, value);
      continue;
    }
    if (!key) return `${where}: not a "key: value" line electron-builder writes`;
    const [, name = '', raw] = key;
    if (top.has(name) || (name === 'files' && inFiles)) return `${where}: ${name} is written twice`;
    inFiles = name === 'files';
    if (inFiles) {
      if (raw !== undefined && raw.trim() !== '') return `${where}: files must be a list on the following lines`;
      continue;
    }
    const value = raw === undefined ? null : scalar(raw);
    if (value === null || value === '') return `${where}: ${name} has no readable value`;
    top.set(name, value);
  }
  return { top, files };
}

function readFile(raw: Map<string, string>, index: number): ReleaseFile | string {
  const at = `files[${index}]`;
  for (const name of raw.keys()) if (!FILE_KEYS.has(name)) return `${at}.${name} is not a known field`;
  const url = raw.get('url');
  if (!url) return `${at}.url is missing`;
  if (/^[a-z]+:|^\/|(^|\/)\.\.(\/|$)/i.test(url)) return `${at}.url must be a file name on the update server`;
  const sha512 = raw.get('sha512');
  if (!sha512) return `${at}.sha512 is missing`;
  if (!SHA512_BASE64.test(sha512)) return `${at}.sha512 is not a base64 SHA-512 (88 characters)`;
  const sizeText = raw.get('size');
  if (!sizeText) return `${at}.size is missing`;
  const size = /^\d+$/.test(sizeText) ? Number(sizeText) : NaN;
  if (!Number.isSafeInteger(size) || size <= 0) return `${at}.size must be a positive whole number of bytes`;
  return { url, sha512, size };
}

/** Reads a `latest-linux.yml`; an error names the line or the field. */
export function parseReleaseInfo(text: string): ReleaseParse {
  const doc = readLines(text);
  if (typeof doc === 'string') return { ok: false, error: doc };
  for (const name of doc.top.keys())
    if (!TOP_KEYS.has(name)) return { ok: false, error: `${name} is not a known field` };
  const version = doc.top.get('version');
  if (!version) return { ok: false, error: 'version is missing' };
  if (!isSemVer(version)) return { ok: false, error: `version "${version}" is not a version such as 1.4.0` };
  if (doc.files.length === 0) return { ok: false, error: 'files is missing or empty' };
  const files: ReleaseFile[] = [];
  for (const [index, raw] of doc.files.entries()) {
    const file = readFile(raw, index);
    if (typeof file === 'string') return { ok: false, error: file };
    files.push(file);
  }
  // The legacy top-level path/sha512 repeat files[0]; if they disagree the file was edited by hand.
  const path = doc.top.get('path');
  const sha512 = doc.top.get('sha512');
  if (path !== undefined && !files.some((file) => file.url === path)) {
    return { ok: false, error: `path "${path}" is not one of the files` };
  }
  if (sha512 !== undefined && !files.some((file) => file.sha512 === sha512)) {
    return { ok: false, error: 'sha512 does not match any of the files' };
  }
  let stagingPercentage: number | null = null;
  const staging = doc.top.get('stagingPercentage');
  if (staging !== undefined) {
    stagingPercentage = /^\d+(\.\d+)?$/.test(staging) ? Number(staging) : NaN;
    if (!(stagingPercentage >= 0 && stagingPercentage <= 100)) {
      return { ok: false, error: 'stagingPercentage must be a number from 0 to 100' };
    }
  }
  const value = { version, files, releaseDate: doc.top.get('releaseDate') ?? null, stagingPercentage };
  return { ok: true, value };
}

/** The AppImage among a release's files (electron-builder lists it first; a .deb may follow). */
export function appImageFile(release: ReleaseInfo): ReleaseFile | null {
  return release.files.find((file) => file.url.endsWith('.AppImage')) ?? null;
}
