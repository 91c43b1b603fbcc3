/**
 * Keeps the fallback Chromium on screen while the browser host runs: when it
 * exits (crashed, killed, or refused to start) it is started again after a
 * backoff, with one line each time saying how it ended and, when it died
 * early, what it said on stderr. The decisions are in launch-policy.ts.
 */
import { spawn } from 'node:child_process';
import { browserEndLine, browserRestartDelayMs, keepStderrTail } from './launch-policy';

/** After Chromium exits, how long its last stderr lines get to arrive (its helpers may hold the pipe open). */
const STDERR_SETTLE_MS = 250;

/** The part of a child process the keeper uses (so a test can hand it a fake). */
export interface BrowserProcess {
  readonly pid?: number | undefined;
  readonly stderr: NodeJS.ReadableStream | null;
  once(event: 'exit', listener: (code: number | null, signal: NodeJS.Signals | null) => void): unknown;
  once(event: 'error', listener: (error: Error) => void): unknown;
}

/** What the keeper needs; everything but `executable`, `args` and `say` has a real default. */
export interface KioskBrowserOptions {
  executable: string;
  args: readonly string[];
  /** Writes one line for whoever reads the launcher's output. */
  say: (line: string) => void;
  spawn?: (executable: string, args: readonly string[]) => BrowserProcess;
  /** Stops a running browser (by default its whole process group: Chromium has many processes). */
  kill?: (pid: number) => void;
  now?: () => number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

/** A kept-open browser: `stop()` ends it for good (call it when the host is gone). */
export interface KioskBrowser {
  stop(): void;
}

/** Starts `executable` now and keeps it running until `stop()`. */
export function keepKioskBrowserOpen(options: KioskBrowserOptions): KioskBrowser {
  const start = options.spawn ?? spawnDetached;
  const kill = options.kill ?? killGroup;
  const now = options.now ?? Date.now;
  const setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer = options.clearTimer ?? ((timer) => clearTimeout(timer as NodeJS.Timeout));
  let current: BrowserProcess | undefined;
  let restart: unknown;
  let lastDelayMs: number | null = null;
  let stopped = false;

  function launch(): void {
    restart = undefined;
    const startedAt = now();
    let stderr = '';
    let ended = false;
    const child = start(options.executable, options.args);
    current = child;
    child.stderr?.on('data', (chunk: Buffer | string) => (stderr = keepStderrTail(stderr, chunk.toString())));

    const end = (code: number | null, signal: string | null, ranMs: number, error?: Error) => {
      if (ended) return;
      ended = true;
      if (current === child) current = undefined;
      if (stopped) return;
      lastDelayMs = browserRestartDelayMs(lastDelayMs, ranMs);
      options.say(
        browserEndLine({
          browser: options.executable,
          code,
          signal,
          ...(error ? { error: error.message } : {}),
          ranMs,
          stderr,
          restartInMs: lastDelayMs,
        }),
      );
      restart = setTimer(launch, lastDelayMs);
    };
    child.once('error', (error) => end(null, null, now() - startedAt, error));
    child.once('exit', (code, signal) => {
      // Gone now (stop() must not signal a process group that may be reused), said a moment later.
      if (current === child) current = undefined;
      const ranMs = now() - startedAt;
      setTimer(() => end(code, signal, ranMs), STDERR_SETTLE_MS);
    });
  }

  launch();
  return {
    stop() {
      if (stopped) return;
      stopped = true;
      if (restart !== undefined) clearTimer(restart);
      if (current?.pid !== undefined) kill(current.pid);
    },
  };
}

function spawnDetached(executable: string, args: readonly string[]): BrowserProcess {
  // Detached, in its own process group: a Ctrl+C meant for the host must not kill the browser first.
  // Its stderr is read (and mostly dropped): it says why when it dies at once.
  const child = spawn(executable, args, { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  child.unref();
  return child;
}

function killGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}
