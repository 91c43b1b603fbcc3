/**
 * Runs one external program (xset, cec-client) the way a kiosk can afford:
 * no shell (nothing in an argument is ever interpreted), a time limit (a CEC
 * adapter that stops answering must not hold the host), text for stdin when
 * the tool reads its command there, and an answer instead of an exception
 * whatever happens, so a broken tool can never take the screen down.
 */
import { spawn, type ChildProcess } from 'node:child_process';

/** How a run ended. */
export interface CommandResult {
  /** The exit code, or null when the program did not exit by itself (could not start, timed out, was stopped). */
  exitCode: number | null;
  /** What it wrote on stdout and stderr, trimmed and capped (for the log line when it fails). */
  output: string;
  /** Why it did not run to its own end, or null when it exited by itself (whatever the code). */
  problem: string | null;
}

export interface RunCommandOptions {
  /** Written to stdin, which is then closed; without it stdin is empty. */
  input?: string;
  timeoutMs: number;
  env: NodeJS.ProcessEnv;
  /** Stops the program early (the host is closing). */
  signal?: AbortSignal;
}

/** The seam the display power service runs its tools through (tests pass their own). */
export type RunCommand = (file: string, args: readonly string[], options: RunCommandOptions) => Promise<CommandResult>;

/** Enough of a tool's output to say why it failed; a chatty tool must not fill the host's memory. */
const MAX_OUTPUT_CHARS = 2000;
/** A program that ignores SIGTERM this long after its time is up gets SIGKILL. */
const KILL_GRACE_MS = 2000;

/** Runs `file` with `args` (never through a shell); never rejects. */
export const runCommand: RunCommand = (file, args, options) =>
  new Promise<CommandResult>((resolve) => {
    let output = '';
    let done = false;
    let child: ChildProcess | undefined;
    const finish = (exitCode: number | null, problem: string | null) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      resolve({ exitCode, output: output.trim(), problem });
    };
    const stop = (problem: string) => {
      if (child) stopChild(child);
      finish(null, problem);
    };
    const onAbort = () => stop('was stopped because Pano is closing');
    const timer = setTimeout(
      () => stop(`did not finish within ${formatSeconds(options.timeoutMs)} and was stopped`),
      options.timeoutMs,
    );

    try {
      child = spawn(file, [...args], {
        env: options.env,
        shell: false,
        windowsHide: true,
        stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
      });
    } catch (error) {
      finish(null, `could not be started (${(error as Error).message})`);
      return;
    }
    const collect = (chunk: Buffer) => {
      if (output.length < MAX_OUTPUT_CHARS) output = (output + chunk.toString('utf8')).slice(0, MAX_OUTPUT_CHARS);
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    child.on('error', (error: NodeJS.ErrnoException) =>
      finish(null, `could not be started (${error.code ?? error.message})`),
    );
    child.on('close', (code, signal) => finish(code, code === null ? `was ended by ${signal ?? 'a signal'}` : null));
    if (options.input !== undefined && child.stdin) {
      // A tool that exits without reading its input closes the pipe: that is its answer, not our crash.
      child.stdin.on('error', () => undefined);
      child.stdin.end(options.input);
    }
    if (options.signal?.aborted) onAbort();
    else options.signal?.addEventListener('abort', onAbort, { once: true });
  });

function stopChild(child: ChildProcess): void {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const killer = setTimeout(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }, KILL_GRACE_MS);
  killer.unref();
}

function formatSeconds(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 100) / 10} s` : `${ms} ms`;
}
