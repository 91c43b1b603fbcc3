/**
 * Proof of play: what was on screen and for how long, one JSON line per
 * showing. The formatting and checking live here (pure) so the log service,
 * the API and the tests agree on one line format and one CSV layout.
 */
import { z } from './zod';

/** The longest text a play record may carry in each field (records come from screens: outside input). */
export const PLAY_RECORD_LIMITS = { itemId: 64, slideId: 128, kind: 32, screen: 64 } as const;

/** An ISO 8601 instant in UTC with milliseconds, as `Date.prototype.toISOString` writes it. */
const instant = z.iso.datetime({ precision: 3, offset: false });

/** One showing of one slide on one screen. */
export const playRecordSchema = z
  .strictObject({
    itemId: z.string().max(PLAY_RECORD_LIMITS.itemId),
    slideId: z.string().max(PLAY_RECORD_LIMITS.slideId),
    kind: z.string().max(PLAY_RECORD_LIMITS.kind),
    startedAt: instant,
    endedAt: instant,
    durationMs: z.number().int().nonnegative(),
    screen: z.string().max(PLAY_RECORD_LIMITS.screen),
  })
  .refine((record) => Date.parse(record.endedAt) >= Date.parse(record.startedAt), {
    message: 'must not end before it started',
    path: ['endedAt'],
  });

/** One showing of one slide on one screen, as stored. */
export type PlayRecord = z.infer<typeof playRecordSchema>;

/** A record as one log line (newline included); one line per record, so a torn write tears one record only. */
export function formatPlayLine(record: PlayRecord): string {
  // Key order fixed here, not by the caller, so the file reads the same whoever wrote it.
  const { itemId, slideId, kind, startedAt, endedAt, durationMs, screen } = record;
  return `${JSON.stringify({ itemId, slideId, kind, startedAt, endedAt, durationMs, screen })}\n`;
}

/** The record a log line holds, or null for a line that is not one (torn by a power cut, or foreign). */
export function parsePlayLine(line: string): PlayRecord | null {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return null;
  }
  const checked = playRecordSchema.safeParse(value);
  return checked.success ? checked.data : null;
}

/** Whether a showing overlaps the window [fromMs, toMs): a slide that straddles the edge was on screen in it. */
export function playedWithin(record: PlayRecord, fromMs: number, toMs: number): boolean {
  return Date.parse(record.startedAt) < toMs && Date.parse(record.endedAt) > fromMs;
}

/** The byte-order mark that makes Excel read a CSV file as UTF-8 (Vietnamese diacritics intact). */
export const CSV_BOM = '\uFEFF';

/** The CSV columns, in order; the names are the JSON keys so the two formats read alike. */
export const PLAY_CSV_COLUMNS = ['itemId', 'slideId', 'kind', 'startedAt', 'endedAt', 'durationMs', 'screen'] as const;

/** One CSV field, quoted per RFC 4180 when it holds a comma, quote, CR or LF. */
export function csvField(value: string | number): string {
  const text = String(value);
  // A leading = + - @ would make Excel run the cell as a formula; an item id comes from an operator.
  const safe = /^[=+\-@\t\r]/.test(text) && typeof value === 'string' ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One CSV record with RFC 4180's CRLF line ending. */
export function csvRow(values: readonly (string | number)[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

/** The header row of the proof-of-play CSV. */
export const PLAY_CSV_HEADER = csvRow(PLAY_CSV_COLUMNS);

/** A record as one CSV row, columns as in `PLAY_CSV_COLUMNS`. */
export function playRecordCsvRow(record: PlayRecord): string {
  return csvRow(PLAY_CSV_COLUMNS.map((column) => record[column]));
}
