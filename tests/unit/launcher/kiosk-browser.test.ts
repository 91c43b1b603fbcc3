/** The keeper of the fallback Chromium, with fake processes and a fake clock. */
import { EventEmitter } from 'node:events';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { keepKioskBrowserOpen, type KioskBrowser } from '../../../scripts/launcher/kiosk-browser';

class FakeBrowser extends EventEmitter {
  stderr = new PassThrough();
  constructor(readonly pid: number) {
    super();
  }
  /** Says `stderr`, then exits with `code` (or by `signal`). */
  die(code: number | null, stderr = '', signal: NodeJS.Signals | null = null): void {
    this.stderr.write(stderr);
    this.emit('exit', code, signal);
  }
}

let started: FakeBrowser[];
let lines: string[];
let killed: number[];
let keeper: KioskBrowser;

beforeEach(() => {
  vi.useFakeTimers();
  started = [];
  lines = [];
  killed = [];
  keeper = keepKioskBrowserOpen({
    executable: 'chromium',
    args: ['--kiosk'],
    say: (line) => lines.push(line),
    spawn: () => {
      const browser = new FakeBrowser(100 + started.length);
      started.push(browser);
      return browser;
    },
    kill: (pid) => killed.push(pid),
    now: () => Date.now(),
  });
});

afterEach(() => {
  keeper.stop();
  vi.useRealTimers();
});

/** Lets the exit line be said (it waits briefly for the last stderr lines). */
const settle = () => vi.advanceTimersByTime(250);

describe('keepKioskBrowserOpen', () => {
  it('starts Chromium at once, and says nothing while it runs', () => {
    expect(started).toHaveLength(1);
    vi.advanceTimersByTime(10 * 60_000);
    expect(lines).toEqual([]);
  });

  it('says why Chromium died and starts it again after 1 s', () => {
    started[0]!.die(1, '[1:1:0101/000000.0:ERROR:x.cc(1)] Running as root without --no-sandbox is not supported.\n');
    settle();
    expect(lines).toEqual([
      'pano: chromium exited with code 1 after 0.0 s (Running as root without --no-sandbox is not supported.); ' +
        'starting it again in 1.0 s',
    ]);
    vi.advanceTimersByTime(999);
    expect(started).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(started).toHaveLength(2);
  });

  it('backs off 1, 2, 4 … 60 s while it keeps dying, one line per restart', () => {
    const waits: number[] = [];
    for (let i = 0; i < 8; i += 1) {
      started.at(-1)!.die(1);
      settle();
      const wait = Number(/again in ([\d.]+) s/.exec(lines.at(-1) ?? '')?.[1]);
      waits.push(wait);
      vi.advanceTimersByTime(wait * 1000);
    }
    expect(waits).toEqual([1, 2, 4, 8, 16, 32, 60, 60]);
    expect(lines).toHaveLength(8);
    expect(started).toHaveLength(9);
  });

  it('starts the backoff afresh after a run of 5 minutes', () => {
    for (let i = 0; i < 3; i += 1) {
      started.at(-1)!.die(1);
      settle();
      vi.advanceTimersByTime(60_000);
    }
    expect(lines.at(-1)).toContain('again in 4.0 s');
    vi.advanceTimersByTime(5 * 60_000);
    started.at(-1)!.die(null, '', 'SIGKILL');
    settle();
    expect(lines.at(-1)).toMatch(/was stopped by SIGKILL after \d+ min; starting it again in 1\.0 s$/);
  });

  it('says so when Chromium cannot be started at all, and tries again', () => {
    started[0]!.emit('error', new Error('spawn chromium EACCES'));
    expect(lines).toEqual(['pano: could not start chromium (spawn chromium EACCES); starting it again in 1.0 s']);
    vi.advanceTimersByTime(1000);
    expect(started).toHaveLength(2);
  });

  it('stops for good with the host: the running browser is killed and none is started again', () => {
    keeper.stop();
    expect(killed).toEqual([100]);
    started[0]!.die(null, '', 'SIGTERM');
    vi.advanceTimersByTime(120_000);
    expect(lines).toEqual([]);
    expect(started).toHaveLength(1);
  });

  it('cancels a pending restart when stopped between two runs', () => {
    started[0]!.die(1);
    settle();
    keeper.stop();
    vi.advanceTimersByTime(120_000);
    expect(started).toHaveLength(1);
    expect(killed).toEqual([]);
  });
});
