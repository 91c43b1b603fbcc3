/**
 * Runs the real browser host (`node dist/host/serve.js`) on port 0 with its own
 * temporary data dir, as an operator would, and keeps what it logs.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const REPO_ROOT = join(import.meta.dirname, '..', '..');
export const SERVE_ENTRY = join(REPO_ROOT, 'dist', 'host', 'serve.js');

/** A running host process. */
export interface HostProcess {
  url: string;
  dataDir: string;
  child: ChildProcess;
  /** Everything written to stdout so far. */
  stdout(): string;
  /** Everything written to stderr so far. */
  stderr(): string;
  /** Resolves when stderr contains `text` (or rejects after `timeoutMs`). */
  waitForLog(text: string | RegExp, timeoutMs?: number): Promise<void>;
  /** SIGTERM, then resolves with the exit code and how long it took. */
  stop(): Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }>;
  /** Stops (if running) and removes the data dir unless it was given. */
  dispose(): Promise<void>;
}

/** Starts the host; resolves once it printed its ready line. */
export async function startHostProcess(
  options: { dataDir?: string; args?: string[]; timeoutMs?: number } = {},
): Promise<HostProcess> {
  const ownDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'pano-e2e-')));
  const child = spawn(process.execPath, [SERVE_ENTRY, '--port', '0', '--data-dir', dataDir, ...(options.args ?? [])], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    // No X display: a test that sets display hours must not put the developer's own monitor to sleep.
    env: { ...process.env, DISPLAY: '' },
  });
  let out = '';
  let err = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`host did not print its ready line in time; stderr:\n${err}`)),
      options.timeoutMs ?? 15_000,
    );
    const check = () => {
      const match = /^pano: listening on (http:\/\/\S+)$/m.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[1] as string);
      }
    };
    child.stdout?.on('data', check);
    void exited.then(({ code }) => {
      clearTimeout(timer);
      reject(new Error(`host exited with ${code} before it was ready; stderr:\n${err}`));
    });
  });

  const waitForLog = (text: string | RegExp, timeoutMs = 10_000) =>
    new Promise<void>((resolve, reject) => {
      const matches = () => (typeof text === 'string' ? err.includes(text) : text.test(err));
      if (matches()) return resolve();
      const timer = setTimeout(() => {
        child.stderr?.off('data', onData);
        reject(new Error(`host never logged ${String(text)}; stderr so far:\n${err}`));
      }, timeoutMs);
      const onData = () => {
        if (matches()) {
          clearTimeout(timer);
          child.stderr?.off('data', onData);
          resolve();
        }
      };
      child.stderr?.on('data', onData);
    });

  const stop = async () => {
    const started = Date.now();
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    const result = await exited;
    return { ...result, ms: Date.now() - started };
  };

  return {
    url,
    dataDir,
    child,
    stdout: () => out,
    stderr: () => err,
    waitForLog,
    stop,
    async dispose() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
      if (ownDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}
