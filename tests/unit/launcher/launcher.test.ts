/**
 * `npm start` in fallback mode, end to end against a fake host and a fake
 * Chromium (launcher-harness.ts): which arguments go where, what it says, and
 * that it cleans up after itself.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  isAlive,
  makeFakeApp,
  PICKED_PORT,
  startLauncher,
  stopEverything,
  waitFor,
  type FakeApp,
  type LauncherRun,
} from './launcher-harness';

let app: FakeApp | undefined;
let run: LauncherRun | undefined;

afterEach(async () => {
  await stopEverything(run, app);
  app?.remove();
  app = undefined;
  run = undefined;
});

describe('npm start -- --no-sandbox --port 0, without Electron', () => {
  it('serves: the host gets the host flags, the local Chromium the switches and the real address', async () => {
    app = makeFakeApp('stays');
    const current = (run = startLauncher(app, ['--no-sandbox', '--port', '0']));
    const fakeApp = app;
    await waitFor(() => fakeApp.chromiumRuns().length > 0, 8000, 'Chromium to start', current);

    expect(current.stderr()).toContain(
      `fake-host: args ${JSON.stringify(['--port', '0', '--data-dir', join(fakeApp.root, 'config', 'pano-test')])}`,
    );
    expect(current.stderr()).not.toContain('unknown flag');
    expect(current.stdout()).toBe(`pano: listening on http://127.0.0.1:${PICKED_PORT}\n`);
    const [browser] = fakeApp.chromiumRuns();
    expect(browser?.args).toContain(`--app=http://127.0.0.1:${PICKED_PORT}/`);
    expect(browser?.args).toContain('--no-sandbox');
  });

  it('names no address before the host has printed the one it got', async () => {
    app = makeFakeApp('stays');
    const current = (run = startLauncher(app, ['--no-sandbox', '--port', '0']));
    const fakeApp = app;
    await waitFor(() => fakeApp.chromiumRuns().length > 0, 8000, 'Chromium to start', current);
    const fallback = current
      .stderr()
      .split('\n')
      .find((line) => line.includes('serving the browser host instead'));
    expect(fallback).toContain('Open the address it prints next in a browser');
    expect(fallback).not.toContain('7420');
  });

  it('stops within 5 s of SIGTERM, taking its Chromium with it', async () => {
    app = makeFakeApp('stays');
    const current = (run = startLauncher(app, ['--port', '0']));
    const fakeApp = app;
    await waitFor(() => fakeApp.chromiumRuns().length > 0, 8000, 'Chromium to start', current);
    const startedAt = Date.now();
    current.child.kill('SIGTERM');
    expect(await current.exited).toBe(0);
    expect(Date.now() - startedAt).toBeLessThan(5000);
    const pid = fakeApp.chromiumRuns()[0]?.pid as number;
    await waitFor(() => !isAlive(pid), 2000, 'Chromium to stop', current);
  });
});

describe('the local Chromium, when it dies at once', () => {
  it('is run with --no-sandbox as root, says why it died, and is started again with a backoff', async () => {
    app = makeFakeApp('dies');
    const current = (run = startLauncher(app, ['--port', '0']));
    const fakeApp = app;
    await waitFor(() => fakeApp.chromiumRuns().length >= 2, 8000, 'Chromium to be started again', current);

    expect(fakeApp.chromiumRuns()[0]?.args.includes('--no-sandbox')).toBe(process.getuid?.() === 0);
    const ends = current
      .stderr()
      .split('\n')
      .filter((line) => line.includes('starting it again'));
    expect(ends[0]).toMatch(
      /^pano: \S+\/chromium exited with code 1 after [\d.]+ s \(Running as root without --no-sandbox is not supported\. See https:\/\/crbug\.com\/638180\.\); starting it again in 1\.0 s$/,
    );
    await waitFor(() => current.stderr().includes('starting it again in 2.0 s'), 3000, 'the second restart', current);
    expect(current.stderr()).not.toContain('showing');

    current.child.kill('SIGTERM');
    expect(await current.exited).toBe(0);
  });
});

describe('the launcher with nobody reading its output (a closed pipe or terminal)', () => {
  it('keeps serving and showing, and still stops cleanly on SIGTERM', async () => {
    app = makeFakeApp('stays');
    const current = (run = startLauncher(app, ['--port', '0'], { closeOutput: true }));
    const fakeApp = app;
    await waitFor(() => fakeApp.chromiumRuns().length > 0, 8000, 'Chromium to start', current);
    // The ready line has been forwarded to the closed stdout by now; give the EPIPE time to surface.
    await new Promise((done) => setTimeout(done, 500));
    expect(current.child.exitCode).toBeNull();

    current.child.kill('SIGTERM');
    expect(await current.exited).toBe(0);
  });
});
