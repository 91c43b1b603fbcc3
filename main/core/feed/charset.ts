/**
 * Which character set a fetched document is in, from its bytes and the server's Content-Type. Pure: it names
 * the charset; the host decodes. Vietnamese sites still serve windows-1258 and servers often declare the wrong
 * charset, so a declaration the bytes contradict is not followed blindly.
 */

/** How the charset was decided. */
export type CharsetSource = 'bom' | 'header' | 'document' | 'bytes' | 'default';

/** The charset to decode with, the bytes to skip (a byte order mark), and a note when a declaration was wrong. */
export interface CharsetChoice {
  /** A WHATWG encoding label, lower case (`utf-8`, `windows-1258`, `utf-16le`…). */
  label: string;
  bomLength: number;
  source: CharsetSource;
  /** For the operator's log: what did not add up (null when nothing was odd). */
  note: string | null;
}

const UTF8_LABELS = new Set([
  'utf-8',
  'utf8',
  'unicode-1-1-utf-8',
  'unicode11utf8',
  'unicode20utf8',
  'x-unicode20utf8',
]);
const isUtf8Label = (label: string) => UTF8_LABELS.has(label);
const isUtf16Label = (label: string) => label.startsWith('utf-16') || label === 'unicode' || label === 'ucs-2';
const cleanLabel = (label: string) =>
  label
    .trim()
    .replace(/^["']|["']$/g, '')
    .toLowerCase();

/** The charset parameter of a Content-Type header (`text/xml; charset="UTF-8"` → `utf-8`), or null. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  const match = /;\s*charset\s*=\s*("[^"]*"|[^;\s]*)/i.exec(contentType ?? '');
  const label = match?.[1] ? cleanLabel(match[1]) : '';
  return label || null;
}

/** The byte order mark at the start of `bytes`, or null. */
export function sniffBom(bytes: Uint8Array): { label: 'utf-8' | 'utf-16le' | 'utf-16be'; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { label: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { label: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { label: 'utf-16be', length: 2 };
  return null;
}

/** The charset the document declares in its first 1024 bytes: the XML declaration, else an HTML meta tag. */
export function sniffDeclaredCharset(bytes: Uint8Array): string | null {
  let head = '';
  for (const byte of bytes.subarray(0, 1024)) head += String.fromCharCode(byte);
  const xml = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([^"']+)["']/i.exec(head);
  // Both <meta charset="…"> and <meta http-equiv="Content-Type" content="text/html; charset=…">.
  const meta = /<meta[^>]+charset\s*=\s*["']?([^"'\s/>;]+)/i.exec(head);
  const label = cleanLabel(xml?.[1] ?? meta?.[1] ?? '');
  // A document that can say "utf-16" in ASCII is not UTF-16: the HTML standard reads it as UTF-8 too.
  if (!label || isUtf16Label(label)) return null;
  return label;
}

/** Whether `bytes` are well-formed UTF-8, and whether they hold any non-ASCII character at all. */
export function checkUtf8(bytes: Uint8Array): { valid: boolean; multibyte: boolean } {
  let multibyte = false;
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i] as number;
    if (lead < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min = 0x80;
    let max = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) need = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      need = 2;
      if (lead === 0xe0) min = 0xa0; // overlong
      if (lead === 0xed) max = 0x9f; // surrogates
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      need = 3;
      if (lead === 0xf0) min = 0x90;
      if (lead === 0xf4) max = 0x8f;
    } else return { valid: false, multibyte };
    for (let k = 1; k <= need; k++) {
      const next = bytes[i + k];
      const [lo, hi] = k === 1 ? [min, max] : [0x80, 0xbf];
      if (next === undefined || next < lo || next > hi) return { valid: false, multibyte };
    }
    multibyte = true;
    i += need + 1;
  }
  return { valid: true, multibyte };
}

/**
 * Picks the charset: a byte order mark, else the header's charset, else the document's declaration, else UTF-8.
 * Two lies are caught: bytes that are not UTF-8 under a UTF-8 header follow the document's own legacy
 * declaration, and text that is valid non-ASCII UTF-8 under a legacy declaration is read as UTF-8 (real
 * windows-125x text is practically never valid UTF-8).
 */
export function chooseCharset(bytes: Uint8Array, contentType: string | null | undefined): CharsetChoice {
  const header = charsetFromContentType(contentType);
  const bom = sniffBom(bytes);
  if (bom) {
    const contradicts = header !== null && !(isUtf8Label(header) ? bom.label === 'utf-8' : header === bom.label);
    const note = contradicts
      ? `the server says ${header} but the text starts with a ${bom.label} byte order mark`
      : null;
    return { label: bom.label, bomLength: bom.length, source: 'bom', note };
  }
  const document = sniffDeclaredCharset(bytes);
  const declared = header ?? document;
  const source: CharsetSource = header ? 'header' : document ? 'document' : 'default';
  const utf8 = checkUtf8(bytes);
  if (declared === null || isUtf8Label(declared)) {
    if (utf8.valid) return { label: 'utf-8', bomLength: 0, source, note: null };
    if (header !== null && document !== null && !isUtf8Label(document)) {
      const note = `the server says ${header} but the text is ${document}, as the document itself declares`;
      return { label: document, bomLength: 0, source: 'document', note };
    }
    const note = 'the text is not valid UTF-8; characters that cannot be read are shown as �';
    return { label: 'utf-8', bomLength: 0, source, note };
  }
  if (!isUtf16Label(declared) && utf8.valid && utf8.multibyte) {
    return { label: 'utf-8', bomLength: 0, source: 'bytes', note: `declared as ${declared} but the text is UTF-8` };
  }
  return { label: declared, bomLength: 0, source, note: null };
}
