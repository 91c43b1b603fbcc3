/** Fetched bytes to text, in the charset core's chooseCharset names. */
import { TextDecoder } from 'node:util';
import { chooseCharset } from '../../core/feed/charset';

/** Decoded text, the charset used, and a note for the log when a declaration was wrong or unknown. */
export interface DecodedText {
  text: string;
  charset: string;
  note: string | null;
}

/** Decodes a document (Node has full ICU: windows-1258, windows-1252, iso-8859-x, utf-16…). */
export function decodeText(bytes: Uint8Array, contentType: string | null): DecodedText {
  const choice = chooseCharset(bytes, contentType);
  let decoder: TextDecoder;
  let note = choice.note;
  try {
    // The BOM, if any, is skipped below; the decoder must not eat a second one.
    decoder = new TextDecoder(choice.label, { ignoreBOM: true });
  } catch {
    decoder = new TextDecoder('utf-8', { ignoreBOM: true });
    note = `unknown character set "${choice.label}"; read as UTF-8`;
  }
  return { text: decoder.decode(bytes.subarray(choice.bomLength)), charset: decoder.encoding, note };
}
