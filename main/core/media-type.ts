/** Image and video types told from their bytes, never from a URL or a file name; and a video's own length. */

/** The image formats a screen can show, with their file extension. */
export const IMAGE_TYPES = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'image/avif': 'avif',
} as const;
export type ImageMimeType = keyof typeof IMAGE_TYPES;

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  signature.every((byte, i) => bytes[offset + i] === byte);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** The image type of a file's first bytes, or null when it is no image Pano shows. */
export function sniffImageType(bytes: Uint8Array): ImageMimeType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'image/gif';
  if (
    startsWith(bytes, ascii('ftyp'), 4) &&
    (startsWith(bytes, ascii('avif'), 8) || startsWith(bytes, ascii('avis'), 8))
  ) {
    return 'image/avif';
  }
  return null;
}

/** The video formats a screen can play, with their file extension. */
export const VIDEO_TYPES = {
  'video/mp4': 'mp4',
  'video/webm': 'webm',
} as const;
export type VideoMimeType = keyof typeof VIDEO_TYPES;

// The ISO base media brands Chromium plays as MP4; 'M4V ' ends in a space. QuickTime ('qt  ') and
// image brands (avif, heic) are left out on purpose.
const MP4_BRANDS = new Set(['isom', 'iso2', 'mp41', 'mp42', 'avc1', 'dash', 'M4V ']);
const fourCc = (bytes: Uint8Array, at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));
const u32 = (bytes: Uint8Array, at: number) =>
  (bytes[at] ?? 0) * 0x1000000 + ((bytes[at + 1] ?? 0) << 16) + ((bytes[at + 2] ?? 0) << 8) + (bytes[at + 3] ?? 0);

/** True for an MP4 `ftyp` box at the start whose major or a compatible brand is an MP4 one (not an image's). */
function isMp4(bytes: Uint8Array): boolean {
  if (bytes.length < 16 || fourCc(bytes, 4) !== 'ftyp') return false;
  const major = fourCc(bytes, 8);
  if (MP4_BRANDS.has(major)) return true;
  if (major === 'avif' || major === 'avis' || major === 'heic' || major === 'mif1') return false;
  const end = Math.min(u32(bytes, 0), bytes.length, 256);
  for (let at = 16; at + 4 <= end; at += 4) if (MP4_BRANDS.has(fourCc(bytes, at))) return true;
  return false;
}

/** The video type of a file's first bytes (MP4 by its `ftyp` brands, WebM by its EBML DocType), or null. */
export function sniffVideoType(bytes: Uint8Array): VideoMimeType | null {
  if (isMp4(bytes)) return 'video/mp4';
  if (startsWith(bytes, [0x1a, 0x45, 0xdf, 0xa3]) && ebmlDocType(bytes) === 'webm') return 'video/webm';
  return null;
}

/** An EBML variable-length integer at `at`: its value (marker bit kept for ids) and length; null when cut off. */
function vint(bytes: Uint8Array, at: number, keepMarker: boolean): { value: number; length: number } | null {
  const first = bytes[at];
  if (first === undefined || first === 0) return null;
  const length = Math.clz32(first) - 23; // 1 for 0b1xxxxxxx … 8 for 0b00000001
  if (at + length > bytes.length) return null;
  let value = keepMarker ? first : first & (0xff >> length);
  let allOnes = value === 0xff >> length;
  for (let i = 1; i < length; i++) {
    const byte = bytes[at + i] as number;
    value = value * 256 + byte;
    allOnes &&= byte === 0xff;
  }
  // An all-ones size means "unknown" (live recordings); Infinity makes the caller read on to the end.
  return { value: !keepMarker && allOnes ? Number.POSITIVE_INFINITY : value, length };
}

/** One EBML element header at `at`: id, where its data starts, and its size (Infinity: unknown). */
function element(bytes: Uint8Array, at: number): { id: number; dataAt: number; size: number } | null {
  const id = vint(bytes, at, true);
  const size = id && vint(bytes, at + id.length, false);
  return id && size ? { id: id.value, dataAt: at + id.length + size.length, size: size.value } : null;
}

/** Calls `visit` for each child of [from, to) until it returns true; returns false when the bytes ran out. */
function eachChild(
  bytes: Uint8Array,
  from: number,
  to: number,
  visit: (child: { id: number; dataAt: number; size: number }) => boolean,
): void {
  let at = from;
  while (at < Math.min(to, bytes.length)) {
    const child = element(bytes, at);
    if (!child || visit(child)) return;
    at = child.dataAt + child.size;
  }
}

const EBML_DOCTYPE = 0x4282;
function ebmlDocType(bytes: Uint8Array): string | null {
  const header = element(bytes, 0);
  if (!header) return null;
  let docType: string | null = null;
  eachChild(bytes, header.dataAt, header.dataAt + header.size, (child) => {
    if (child.id !== EBML_DOCTYPE) return false;
    docType = String.fromCharCode(...bytes.subarray(child.dataAt, child.dataAt + Math.min(child.size, 16)));
    return true;
  });
  return docType;
}

const uint = (bytes: Uint8Array, at: number, size: number) => {
  let value = 0;
  for (let i = 0; i < size; i++) value = value * 256 + (bytes[at + i] ?? 0);
  return value;
};

const SEGMENT = 0x18538067;
const INFO = 0x1549a966;
const CLUSTER = 0x1f43b675;
const TIMECODE_SCALE = 0x2ad7b1;
const DURATION = 0x4489;

/** A WebM's Segment/Info/Duration × TimecodeScale in ms, or null (live recordings often carry none). */
function webmDurationMs(bytes: Uint8Array): number | null {
  const header = element(bytes, 0);
  if (!header || !Number.isFinite(header.size)) return null;
  let result: number | null = null;
  eachChild(bytes, header.dataAt + header.size, bytes.length, (top) => {
    if (top.id !== SEGMENT) return false;
    eachChild(bytes, top.dataAt, top.dataAt + top.size, (section) => {
      if (section.id === CLUSTER) return true; // Info always comes before the first cluster
      if (section.id !== INFO) return false;
      let scaleNs = 1_000_000; // the default TimecodeScale: 1 ms
      let duration: number | null = null;
      eachChild(bytes, section.dataAt, section.dataAt + section.size, (field) => {
        if (field.id === TIMECODE_SCALE && field.size <= 8) scaleNs = uint(bytes, field.dataAt, field.size);
        if (
          field.id === DURATION &&
          (field.size === 4 || field.size === 8) &&
          field.dataAt + field.size <= bytes.length
        ) {
          const view = new DataView(bytes.buffer, bytes.byteOffset + field.dataAt, field.size);
          duration = field.size === 4 ? view.getFloat32(0) : view.getFloat64(0);
        }
        return false;
      });
      if (duration !== null) result = (duration * scaleNs) / 1_000_000;
      return true;
    });
    return true;
  });
  return result;
}

/** The movie header's duration in ms, `mvhd` (version 0 or 1) starting at `at` (its 4cc), or null. */
function mvhdDurationMs(bytes: Uint8Array, at: number): number | null {
  const version = bytes[at + 4];
  const fields = at + 8; // after the 4cc, version and flags
  let timescale: number;
  let duration: number;
  if (version === 0 && fields + 16 <= bytes.length) {
    timescale = u32(bytes, fields + 8);
    duration = u32(bytes, fields + 12);
    if (duration === 0xffffffff) return null;
  } else if (version === 1 && fields + 28 <= bytes.length) {
    timescale = u32(bytes, fields + 16);
    duration = u32(bytes, fields + 20) * 0x100000000 + u32(bytes, fields + 24);
    if (u32(bytes, fields + 20) === 0xffffffff) return null;
  } else {
    return null;
  }
  return timescale > 0 ? (duration / timescale) * 1000 : null;
}

/** Top-level MP4 boxes from the start down to `moov/mvhd`; null when `moov` is not in these bytes. */
function mp4DurationFromStart(bytes: Uint8Array): number | null {
  let at = 0;
  let end = bytes.length;
  while (at + 8 <= end) {
    let size = u32(bytes, at);
    const type = fourCc(bytes, at + 4);
    let header = 8;
    if (size === 1) {
      size = u32(bytes, at + 8) * 0x100000000 + u32(bytes, at + 12);
      header = 16;
    } else if (size === 0) {
      size = end - at;
    }
    if (size < header) return null;
    if (type === 'moov') {
      end = Math.min(at + size, bytes.length);
      at += header; // descend: mvhd is a child of moov
      continue;
    }
    if (type === 'mvhd') return mvhdDurationMs(bytes, at + 4);
    at += size;
  }
  return null;
}

/**
 * An `mvhd` found by its signature, for the last megabytes of a file whose
 * `moov` sits at the end: the box size before it must be that of version 0
 * (108) or 1 (120) with the matching version byte, so a stray "mvhd" in
 * media data is not taken for it.
 */
function mp4DurationByScan(bytes: Uint8Array): number | null {
  for (let at = 4; at + 8 <= bytes.length; at++) {
    if (bytes[at] !== 0x6d || fourCc(bytes, at) !== 'mvhd') continue;
    const size = u32(bytes, at - 4);
    if ((size === 108 && bytes[at + 4] === 0) || (size === 120 && bytes[at + 4] === 1)) {
      const found = mvhdDurationMs(bytes, at);
      if (found !== null) return found;
    }
  }
  return null;
}

/**
 * A video's length in ms from some of its bytes (the first, or the last few
 * megabytes of an MP4 whose index is at the end), or null when they do not say.
 * MP4: `moov/mvhd` timescale and duration; WebM: Segment/Info Duration in
 * TimecodeScale units.
 */
export function videoDurationMs(bytes: Uint8Array): number | null {
  let ms: number | null = null;
  if (isMp4(bytes)) ms = mp4DurationFromStart(bytes);
  else if (startsWith(bytes, [0x1a, 0x45, 0xdf, 0xa3])) ms = webmDurationMs(bytes);
  ms ??= mp4DurationByScan(bytes);
  return ms !== null && Number.isFinite(ms) && ms > 0 ? Math.round(ms) : null;
}

const CONTENT_TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  avif: 'image/avif',
  mp4: 'video/mp4',
  webm: 'video/webm',
};

/** The Content-Type to serve a stored media file with, from the extension Pano gave it. */
export function contentTypeForFile(name: string): string {
  const ext = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
  return CONTENT_TYPES[ext] ?? 'application/octet-stream';
}
