/** Lists edited one entry per line (slogans, keywords, categories). */

/** Lines of a textarea → entries: each trimmed, blank lines dropped. */
export function linesToList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}
