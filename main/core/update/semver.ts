/**
 * The slice of Semantic Versioning 2.0.0 that update decisions need: parse and order
 * `1.4.0`, `1.4.0-beta.2`, `1.4.0+build.7`. Written here so core needs no library for
 * one comparison, and so "never a downgrade" rests on tested rules.
 */

/** A parsed version. Build metadata is kept for display and ignored when ordering, as the spec says. */
export interface SemVer {
  major: number;
  minor: number;
  patch: number;
  /** Dot-separated identifiers after `-`; empty for a release. */
  prerelease: string[];
  build: string[];
}

const NUMBER = '0|[1-9]\\d*';
const IDENT = '[0-9A-Za-z-]+';
const SEMVER = new RegExp(
  `^v?(${NUMBER})\\.(${NUMBER})\\.(${NUMBER})(?:-(${IDENT}(?:\\.${IDENT})*))?(?:\\+(${IDENT}(?:\\.${IDENT})*))?$`,
);

/** The version written in `text`, or null when it is not a semantic version (a leading `v` is allowed). */
export function parseSemVer(text: string): SemVer | null {
  const match = SEMVER.exec(text.trim());
  if (!match) return null;
  const prerelease = match[4] ? match[4].split('.') : [];
  // Numeric identifiers must not have leading zeros (spec item 9).
  if (prerelease.some((id) => /^\d+$/.test(id) && id.length > 1 && id.startsWith('0'))) return null;
  const parts = [Number(match[1]), Number(match[2]), Number(match[3])] as const;
  if (!parts.every(Number.isSafeInteger)) return null;
  return {
    major: parts[0],
    minor: parts[1],
    patch: parts[2],
    prerelease,
    build: match[5] ? match[5].split('.') : [],
  };
}

/** Whether `text` is a semantic version. */
export function isSemVer(text: string): boolean {
  return parseSemVer(text) !== null;
}

function compareIdentifiers(a: string, b: string): number {
  const aNumeric = /^\d+$/.test(a);
  const bNumeric = /^\d+$/.test(b);
  if (aNumeric && bNumeric) return Math.sign(Number(a) - Number(b));
  // Numeric identifiers sort before alphanumeric ones; alphanumerics compare in ASCII order.
  if (aNumeric) return -1;
  if (bNumeric) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** -1, 0 or 1 as `a` orders before, with, or after `b` by semver precedence. */
export function compareSemVer(a: SemVer, b: SemVer): number {
  for (const key of ['major', 'minor', 'patch'] as const) {
    if (a[key] !== b[key]) return a[key] < b[key] ? -1 : 1;
  }
  // A release outranks any of its pre-releases: 1.0.0-rc.1 < 1.0.0.
  if (a.prerelease.length === 0 || b.prerelease.length === 0) {
    return Math.sign(b.prerelease.length - a.prerelease.length);
  }
  const length = Math.max(a.prerelease.length, b.prerelease.length);
  for (let i = 0; i < length; i++) {
    const x = a.prerelease[i];
    const y = b.prerelease[i];
    // A shorter list of identifiers ranks lower when all before it are equal.
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const order = compareIdentifiers(x, y);
    if (order !== 0) return order;
  }
  return 0;
}

/**
 * Compares two version strings; null when either is not a semantic version, so a caller
 * must decide what an unreadable version means instead of getting a silent guess.
 */
export function compareVersions(a: string, b: string): number | null {
  const left = parseSemVer(a);
  const right = parseSemVer(b);
  return left && right ? compareSemVer(left, right) : null;
}

/** Whether `candidate` is strictly newer than `current`; false when either cannot be read (never a guess upward). */
export function isNewerVersion(candidate: string, current: string): boolean {
  return (compareVersions(candidate, current) ?? 0) > 0;
}
