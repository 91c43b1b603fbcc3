/** Text cleaning shared by every input that reaches a viewer. */

/** NFC-normalised, whitespace collapsed, trimmed: how every displayed string is stored. */
export function cleanText(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}
