/**
 * Byte ranges of a file, as a `<video>` asks for them to start and to seek:
 * shared by the browser host's /media/* route and the kiosk's pano:// scheme,
 * so both answer a Range header the same way.
 */

/** The bytes a `Range` header asks for, inclusive; `unsatisfiable` for a range past the end (416). */
export type ByteRange = { start: number; end: number } | 'unsatisfiable' | null;

/**
 * One `bytes=` range of a file of `size` bytes (what a `<video>` asks for when it
 * seeks or starts). Several ranges, other units or a malformed header give
 * null: the whole file is sent with 200, which RFC 9110 allows.
 */
export function parseByteRange(header: string | undefined, size: number): ByteRange {
  const match = header === undefined ? null : /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === '' && match[2] === '')) return null;
  let start: number;
  let end: number;
  if (match[1] === '') {
    // "bytes=-500": the last 500 bytes.
    const suffix = Number(match[2]);
    if (suffix === 0) return 'unsatisfiable';
    start = Math.max(0, size - suffix);
    end = size - 1;
  } else {
    start = Number(match[1]);
    end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
    if (Number(match[2] || start) < start) return null;
  }
  return start >= size || end < start ? 'unsatisfiable' : { start, end };
}
