/**
 * The host log: one readable line per change of state on stderr, and the same
 * events as JSON lines in DATA/logs/pano.log (rotated by size, so a kiosk that
 * runs for a year does not fill its disk).
 */
import { appendFileSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

export type LogLevel = 'info' | 'warn' | 'error';

/** Structured context for a log line; kept small and JSON-safe. */
export type LogFields = Record<string, string | number | boolean | null | undefined>;

/** Where the host writes what happened. */
export interface Logger {
  info(event: string, message: string, fields?: LogFields): void;
  warn(event: string, message: string, fields?: LogFields): void;
  error(event: string, message: string, fields?: LogFields): void;
}

/** A warning or error of this run that could not be written to the log file (a full or read-only disk). */
export interface UnwrittenProblem {
  at: string;
  level: 'warn' | 'error';
  event: string;
  message: string;
}

/** The host's logger: also remembers the problems the file never got, so the console can still show them. */
export interface FileLogger extends Logger {
  /** Newest last, at most UNWRITTEN_KEPT. */
  unwrittenProblems(): readonly UnwrittenProblem[];
}

export interface LoggerOptions {
  /** JSON-lines file; omitted for a logger that only writes to stderr. */
  file?: string;
  /** Rotate the file past this size. */
  maxFileBytes?: number;
  /** Where readable lines go (tests capture them). */
  writeLine?: (line: string) => void;
  now?: () => Date;
}

const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;
const FILE_RETRY_MS = 60_000;
const UNWRITTEN_KEPT = 20;

/** Writes a line to stderr; a terminal or pipe that went away must never take the screen down with it. */
function writeToStderr(line: string): void {
  try {
    process.stderr.write(`${line}\n`);
  } catch {
    // nowhere left to say it
  }
}

/**
 * Makes a vanished reader of stdout/stderr harmless: a closed pipe (EPIPE) or a
 * hung-up terminal (EIO) emits an error event, which would otherwise crash.
 */
export function ignoreBrokenPipes(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE' && error.code !== 'EIO') throw error;
    });
  }
}

/** A logger writing to stderr and, when given, a rotated JSON-lines file. */
export function createLogger(options: LoggerOptions = {}): FileLogger {
  const writeLine = options.writeLine ?? writeToStderr;
  const now = options.now ?? (() => new Date());
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  // After a failed write (disk full, read-only) the file is tried again after a pause, not never again:
  // a kiosk runs for months and the disk may be fixed in the meantime.
  let fileRetryAtMs = 0;
  // What the console's status reads from the file, kept here while the file cannot take it: the disk being full or
  // read-only is exactly when an operator looks there.
  const unwritten: UnwrittenProblem[] = [];

  /** True when the record reached the file. */
  function toFile(record: object): boolean {
    if (!options.file || Date.now() < fileRetryAtMs) return false;
    try {
      mkdirSync(dirname(options.file), { recursive: true });
      rotateIfLarge(options.file, maxFileBytes);
      appendFileSync(options.file, `${JSON.stringify(record)}\n`);
      fileRetryAtMs = 0;
      return true;
    } catch (error) {
      // A full or read-only disk must not stop the screen; say so and carry on without the file for a while.
      const firstFailure = fileRetryAtMs === 0;
      fileRetryAtMs = Date.now() + FILE_RETRY_MS;
      if (firstFailure)
        writeLine(
          `pano: warning: cannot write the log file ${options.file} (${(error as Error).message}); logging to the terminal only until it works again`,
        );
      return false;
    }
  }

  function log(level: LogLevel, event: string, message: string, fields?: LogFields): void {
    const prefix = level === 'info' ? 'pano:' : `pano: ${level}:`;
    writeLine(`${prefix} ${message}`);
    const at = now().toISOString();
    const written = toFile({ time: at, level, event, message, ...fields });
    if (!written && options.file && level !== 'info') {
      unwritten.push({ at, level, event, message });
      if (unwritten.length > UNWRITTEN_KEPT) unwritten.shift();
    }
  }

  return {
    unwrittenProblems: () => [...unwritten],
    info: (event, message, fields) => log('info', event, message, fields),
    warn: (event, message, fields) => log('warn', event, message, fields),
    error: (event, message, fields) => log('error', event, message, fields),
  };
}

function rotateIfLarge(file: string, maxBytes: number): void {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    return;
  }
  if (size >= maxBytes) renameSync(file, `${file}.1`);
}
