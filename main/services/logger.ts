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
export function createLogger(options: LoggerOptions = {}): Logger {
  const writeLine = options.writeLine ?? writeToStderr;
  const now = options.now ?? (() => new Date());
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  // After a failed write (disk full, read-only) the file is tried again after a pause, not never again:
  // a kiosk runs for months and the disk may be fixed in the meantime.
  let fileRetryAtMs = 0;

  function toFile(record: object): void {
    if (!options.file || Date.now() < fileRetryAtMs) return;
    try {
      mkdirSync(dirname(options.file), { recursive: true });
      rotateIfLarge(options.file, maxFileBytes);
      appendFileSync(options.file, `${JSON.stringify(record)}\n`);
      fileRetryAtMs = 0;
    } catch (error) {
      // A full or read-only disk must not stop the screen; say so and carry on without the file for a while.
      const firstFailure = fileRetryAtMs === 0;
      fileRetryAtMs = Date.now() + FILE_RETRY_MS;
      if (firstFailure)
        writeLine(
          `pano: warning: cannot write the log file ${options.file} (${(error as Error).message}); logging to the terminal only until it works again`,
        );
    }
  }

  function log(level: LogLevel, event: string, message: string, fields?: LogFields): void {
    const prefix = level === 'info' ? 'pano:' : `pano: ${level}:`;
    writeLine(`${prefix} ${message}`);
    toFile({ time: now().toISOString(), level, event, message, ...fields });
  }

  return {
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
