import { appendFile, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { csvField, formatPlayLine, parsePlayLine, type PlayRecord } from '../../../../main/core/proof-of-play';
import { createLogger } from '../../../../main/services/logger';
import { openProofOfPlayLog } from '../../../../main/services/proof-of-play/proof-of-play-log';

let dir: string;
let file: string;
let lines: string[];
const logger = () => createLogger({ writeLine: (line) => lines.push(line) });

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pano-pop-'));
  file = join(dir, 'logs', 'proof-of-play.jsonl');
  lines = [];
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** A 10-second showing of the congress slide starting `minute` minutes past 08:00 UTC. */
function showing(minute: number, overrides: Partial<PlayRecord> = {}): PlayRecord {
  const start = Date.UTC(2026, 10, 20, 8, minute, 0);
  return {
    itemId: 'dai-hoi',
    slideId: 'dai-hoi#0',
    kind: 'image',
    startedAt: new Date(start).toISOString(),
    endedAt: new Date(start + 10_000).toISOString(),
    durationMs: 10_000,
    screen: 'kiosk',
    ...overrides,
  };
}

/** The export as text, BOM kept (a TextDecoder would drop it and hide its absence). */
async function text(stream: Readable): Promise<string> {
  return (await buffer(stream)).toString('utf8');
}

async function readRecords(path: string): Promise<(PlayRecord | null)[]> {
  const body = await readFile(path, 'utf8');
  return body
    .split('\n')
    .filter(Boolean)
    .map((line) => parsePlayLine(line));
}

describe('proof-of-play lines and CSV (core)', () => {
  it('round-trips a record through one line', () => {
    const record = showing(0, { itemId: 'Tin Đại hội' });
    const line = formatPlayLine(record);
    expect(line.endsWith('\n')).toBe(true);
    expect(line.slice(0, -1)).not.toContain('\n');
    expect(parsePlayLine(line)).toEqual(record);
  });

  it('refuses a torn line, a zero-filled one and a record that ends before it starts', () => {
    const line = formatPlayLine(showing(0));
    expect(parsePlayLine(line.slice(0, 30))).toBeNull();
    expect(parsePlayLine('\0\0\0\0')).toBeNull();
    expect(parsePlayLine(formatPlayLine(showing(0, { endedAt: '2026-11-20T07:00:00.000Z' })))).toBeNull();
  });

  it('quotes CSV fields per RFC 4180 and defuses spreadsheet formulas', () => {
    expect(csvField('bk1')).toBe('bk1');
    expect(csvField('Chào mừng, Đại hội')).toBe('"Chào mừng, Đại hội"');
    expect(csvField('nói "có"')).toBe('"nói ""có"""');
    expect(csvField('hai\r\ndòng')).toBe('"hai\r\ndòng"');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField(10_000)).toBe('10000');
  });
});

describe('openProofOfPlayLog', () => {
  it('appends whole JSON lines that are on disk once append resolves', async () => {
    const log = await openProofOfPlayLog({ file, logger: logger() });
    await log.append(showing(0));
    await log.append(showing(1, { itemId: 'bk2' }));
    expect(await readRecords(file)).toEqual([showing(0), showing(1, { itemId: 'bk2' })]);
    await log.close();
  });

  it('refuses an invalid record and names the field', async () => {
    const log = await openProofOfPlayLog({ file, logger: logger() });
    await expect(log.append({ ...showing(0), durationMs: -1 })).rejects.toThrow(/durationMs/);
    await log.close();
  });

  it('cuts off a torn last line on open, says so, and keeps the whole lines', async () => {
    const first = await openProofOfPlayLog({ file, logger: logger() });
    await first.append(showing(0));
    await first.append(showing(1));
    await first.close();
    // A power cut mid-write: half a record, no newline.
    await appendFile(file, formatPlayLine(showing(2)).slice(0, 40));

    const log = await openProofOfPlayLog({ file, logger: logger() });
    expect(lines.join('\n')).toMatch(/proof-of-play\.jsonl: cut off 40 bytes of an unfinished last record/);
    await log.append(showing(3));
    expect(await readRecords(file)).toEqual([showing(0), showing(1), showing(3)]);
    await log.close();
  });

  it('cuts off a zero-filled tail (size committed, data not) as well', async () => {
    const first = await openProofOfPlayLog({ file, logger: logger() });
    await first.append(showing(0));
    await first.close();
    await appendFile(file, Buffer.alloc(512));

    const log = await openProofOfPlayLog({ file, logger: logger() });
    await log.append(showing(1));
    expect(await readRecords(file)).toEqual([showing(0), showing(1)]);
    await log.close();
  });

  it('leaves an intact file alone and says nothing', async () => {
    const first = await openProofOfPlayLog({ file, logger: logger() });
    await first.append(showing(0));
    await first.close();
    const before = await readFile(file, 'utf8');
    const log = await openProofOfPlayLog({ file, logger: logger() });
    await log.close();
    expect(await readFile(file, 'utf8')).toBe(before);
    expect(lines).toEqual([]);
  });

  it('rotates by size and drops the oldest file', async () => {
    const lineBytes = Buffer.byteLength(formatPlayLine(showing(0)));
    const log = await openProofOfPlayLog({ file, logger: logger(), maxFileBytes: lineBytes * 2, maxFiles: 3 });
    for (let minute = 0; minute < 8; minute++) await log.append(showing(minute));
    await log.close();
    expect((await readdir(join(dir, 'logs'))).sort()).toEqual([
      'proof-of-play.jsonl',
      'proof-of-play.jsonl.1',
      'proof-of-play.jsonl.2',
    ]);
    // 8 records, 2 per file, 3 files kept: the first two were dropped with the oldest file.
    expect(await readRecords(`${file}.2`)).toEqual([showing(2), showing(3)]);
    expect(await readRecords(`${file}.1`)).toEqual([showing(4), showing(5)]);
    expect(await readRecords(file)).toEqual([showing(6), showing(7)]);
  });

  it('exports the showings in a window as CSV with a BOM, across rotated files, oldest first', async () => {
    const lineBytes = Buffer.byteLength(formatPlayLine(showing(0)));
    const log = await openProofOfPlayLog({ file, logger: logger(), maxFileBytes: lineBytes * 2 + 10 });
    await log.append(showing(0, { itemId: 'bk1' }));
    await log.append(showing(1, { itemId: 'Tin "Đại hội", nhiệm kỳ 2023-2028' }));
    await log.append(showing(2, { itemId: 'bk3' }));
    await log.append(showing(3, { itemId: 'bk4' }));
    // From 08:01:05 to 08:03:00: the showing that straddles the start counts, the one at 08:03 does not.
    const bytes = await buffer(log.toCsv(Date.UTC(2026, 10, 20, 8, 1, 5), Date.UTC(2026, 10, 20, 8, 3, 0)));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.toString('utf8');
    expect(csv.startsWith('\uFEFFitemId,slideId,kind,startedAt,endedAt,durationMs,screen\r\n')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'itemId,slideId,kind,startedAt,endedAt,durationMs,screen',
      '"Tin ""Đại hội"", nhiệm kỳ 2023-2028",dai-hoi#0,image,2026-11-20T08:01:00.000Z,2026-11-20T08:01:10.000Z,10000,kiosk',
      'bk3,dai-hoi#0,image,2026-11-20T08:02:00.000Z,2026-11-20T08:02:10.000Z,10000,kiosk',
      '',
    ]);
    await log.close();
  });

  it('exports only the header from an empty or missing log, and skips foreign lines', async () => {
    const log = await openProofOfPlayLog({ file, logger: logger() });
    expect(await text(log.toCsv(0, Date.UTC(2100, 0, 1)))).toBe(
      '\uFEFFitemId,slideId,kind,startedAt,endedAt,durationMs,screen\r\n',
    );
    await log.close();
    await writeFile(file, `not a record\n${formatPlayLine(showing(0))}`);
    const reopened = await openProofOfPlayLog({ file, logger: logger() });
    const csv = await text(reopened.toCsv(0, Date.UTC(2100, 0, 1)));
    expect(csv.split('\r\n')).toHaveLength(3);
    expect(lines.join('\n')).toMatch(/1 lines are not play records/);
    await reopened.close();
  });
});
