/**
 * The proof-of-play log: DATA/logs/proof-of-play.jsonl, append-only JSON lines
 * of what was on screen and for how long. Each line is appended on a file
 * opened 'a' and fsync'd before `append` resolves, so a line reported written
 * survives a power cut; a cut mid-write leaves at most one torn last line,
 * which the next open cuts off (and says so). Rotated by size (proof-of-play.jsonl.1
 * … .N-1, oldest dropped) so a kiosk that runs for years keeps a bounded disk.
 */
import { createReadStream, type ReadStream } from 'node:fs';
import { mkdir, open, rename, stat, type FileHandle } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { Readable } from 'node:stream';
import { createInterface } from 'node:readline';
import {
  CSV_BOM,
  PLAY_CSV_HEADER,
  formatPlayLine,
  parsePlayLine,
  playRecordCsvRow,
  playRecordSchema,
  playedWithin,
  type PlayRecord,
} from '../../core/proof-of-play';
import { checkWith, describeProblems } from '../../core/validation';
import { describeFsError } from '../fs-errors';
import type { Logger } from '../logger';

/** The append-only record of what played. */
export interface ProofOfPlayLog {
  /** Appends one record; resolves once it is on disk (fsync'd), rejects with a message naming the file. */
  append(record: PlayRecord): Promise<void>;
  /** The records that overlap [fromMs, toMs) as UTF-8 CSV bytes (BOM, header, RFC 4180), oldest file first, streamed. */
  toCsv(fromMs: number, toMs: number): Readable;
  /** Finishes the append in progress and closes the file. */
  close(): Promise<void>;
}

export interface ProofOfPlayLogOptions {
  /** DATA/logs/proof-of-play.jsonl. */
  file: string;
  logger: Logger;
  /** Rotate before a line would take the file past this size. */
  maxFileBytes?: number;
  /** Files kept in all, the live one included (at least 2); the oldest is dropped beyond this. */
  maxFiles?: number;
}

/** 5 MB × 5 files: about a year of 10-second slides on one screen at ~200 bytes a line. */
const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;
const DEFAULT_MAX_FILES = 5;
/** How far back from the end a torn tail is looked for; a record line is a few hundred bytes. */
const TAIL_WINDOW_BYTES = 64 * 1024;
const NEWLINE = 0x0a;

/** Opens (creating) the log, cutting off a torn last line first. */
export async function openProofOfPlayLog(options: ProofOfPlayLogOptions): Promise<ProofOfPlayLog> {
  const { file, logger } = options;
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  // At least the live file and one rotated one: rotation renames the live file away, it never empties it in place.
  const maxFiles = Math.max(2, options.maxFiles ?? DEFAULT_MAX_FILES);
  await mkdir(dirname(file), { recursive: true });
  await cutTornTail(file, logger);

  let handle: FileHandle | null = await open(file, 'a');
  let size = (await handle.stat()).size;
  let closed = false;

  // One append at a time: two interleaved writes could otherwise share a line, and rotation must not race one.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };

  async function rotate(): Promise<void> {
    await handle?.close();
    handle = null;
    // proof-of-play.jsonl.(N-1) is overwritten by .(N-2): the oldest file is dropped.
    for (let index = maxFiles - 1; index >= 1; index--) {
      const from = index === 1 ? file : `${file}.${index - 1}`;
      await rename(from, `${file}.${index}`).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
      });
    }
    await syncDirectory(dirname(file));
    handle = await open(file, 'a');
    size = 0;
  }

  return {
    append(record) {
      // Records come from screens: a bad one is refused here rather than written and skipped by every export.
      const checked = checkWith(playRecordSchema, record);
      if (!checked.ok) {
        return Promise.reject(new Error(`a play record was refused: ${describeProblems(checked.problems)}`));
      }
      const line = Buffer.from(formatPlayLine(checked.value), 'utf8');
      return serial(async () => {
        if (closed) throw new Error(`the proof-of-play log ${file} is closed`);
        try {
          if (size > 0 && size + line.length > maxFileBytes) await rotate();
          handle ??= await open(file, 'a');
          await handle.appendFile(line);
          // Only data and size matter for a log: fdatasync spares the metadata write of a full fsync.
          await handle.datasync();
          size += line.length;
        } catch (error) {
          // Reopen next time: after a failed rotation or write the handle may be gone or pointing at a renamed file.
          await handle?.close().catch(() => undefined);
          handle = null;
          size = await stat(file).then(
            (found) => found.size,
            () => 0,
          );
          throw new Error(`cannot write the proof-of-play log ${file} (${describeFsError(error)})`, { cause: error });
        }
      });
    },

    toCsv(fromMs, toMs) {
      // Bytes, not strings: a text decoder downstream must not get the chance to swallow the BOM.
      return Readable.from(utf8(csvChunks(file, maxFiles, fromMs, toMs, logger)), { objectMode: false });
    },

    close() {
      return serial(async () => {
        closed = true;
        await handle?.close();
        handle = null;
      });
    },
  };
}

/**
 * Truncates the file after its last whole, valid line. A power cut can leave a
 * partial line, or a tail of zero bytes where the size was committed but the
 * data was not; either would otherwise be glued to the next record.
 */
async function cutTornTail(file: string, logger: Logger): Promise<void> {
  let handle: FileHandle;
  try {
    handle = await open(file, 'r+');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  try {
    const { size } = await handle.stat();
    if (size === 0) return;
    const start = Math.max(0, size - TAIL_WINDOW_BYTES);
    const tail = Buffer.alloc(size - start);
    await handle.read(tail, 0, tail.length, start);
    let keep = tail.length;
    // Drop trailing pieces that are not whole records: the torn line, and any zero-filled or garbled lines before it.
    for (;;) {
      if (keep === 0) break;
      const lineEnd = tail[keep - 1] === NEWLINE ? keep - 1 : keep;
      const lineStart = tail.lastIndexOf(NEWLINE, lineEnd - 1) + 1;
      if (lineStart === 0 && start > 0) break; // the line runs out of the window: leave older data alone
      const whole = lineEnd < keep; // ends with its newline
      if (whole && parsePlayLine(tail.subarray(lineStart, lineEnd).toString('utf8')) !== null) break;
      keep = lineStart;
    }
    if (keep === tail.length) return;
    await handle.truncate(start + keep);
    await handle.sync();
    logger.warn(
      'proof-of-play-torn',
      `${file}: cut off ${tail.length - keep} bytes of an unfinished last record (left by a crash or power cut)`,
      { file, bytes: tail.length - keep },
    );
  } finally {
    await handle.close();
  }
}

async function* utf8(chunks: AsyncIterable<string>): AsyncGenerator<Buffer> {
  for await (const chunk of chunks) yield Buffer.from(chunk, 'utf8');
}

/** Makes renames durable: a power cut right after rotation must not bring the old names back. */
async function syncDirectory(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Not every file system lets a directory be fsync'd; the renames still happen.
  }
}

async function* csvChunks(
  file: string,
  maxFiles: number,
  fromMs: number,
  toMs: number,
  logger: Logger,
): AsyncGenerator<string> {
  yield CSV_BOM + PLAY_CSV_HEADER;
  const files = Array.from({ length: maxFiles - 1 }, (_, index) => `${file}.${maxFiles - 1 - index}`).concat(file);
  let skipped = 0;
  for (const path of files) {
    const input = await openForReading(path);
    if (!input) continue; // not rotated that far yet
    const lines = createInterface({ input, crlfDelay: Infinity });
    let rows: string[] = [];
    for await (const line of lines) {
      if (line === '') continue;
      const record = parsePlayLine(line);
      if (!record) {
        skipped++;
        continue;
      }
      if (playedWithin(record, fromMs, toMs)) rows.push(playRecordCsvRow(record));
      // Batches keep the stream's chunks a sensible size without holding a whole file.
      if (rows.length >= 256) {
        yield rows.join('');
        rows = [];
      }
    }
    if (rows.length) yield rows.join('');
  }
  if (skipped > 0)
    logger.warn(
      'proof-of-play-skipped',
      `${basename(file)}: ${skipped} lines are not play records and were left out of the export`,
    );
}

/** A read stream once the file is open, or null when it does not exist (or cannot be read). */
function openForReading(path: string): Promise<ReadStream | null> {
  const input = createReadStream(path, { encoding: 'utf8' });
  return new Promise((resolve) => {
    input.once('open', () => resolve(input));
    input.once('error', () => {
      input.destroy();
      resolve(null);
    });
  });
}
