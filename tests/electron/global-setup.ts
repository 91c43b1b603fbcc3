/**
 * Says once, plainly, when the Electron tests are skipped; and on a Linux
 * machine without a display, gives Electron a virtual one (Xvfb) when it can.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { electronForTests } from './electron-runtime';

let xvfb: ChildProcess | undefined;

export default async function globalSetup(): Promise<() => Promise<void>> {
  const electron = electronForTests();
  if (electron.path === null) {
    process.stdout.write(`pano: the Electron tests are skipped. ${electron.skipReason}\n`);
    return async () => {};
  }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    const display = await startXvfb();
    // Workers are started after global setup and inherit this.
    if (display) process.env.DISPLAY = display;
    else process.stdout.write('pano: no display and no Xvfb; Electron will fail to open its window\n');
  }
  return async () => {
    xvfb?.kill('SIGTERM');
  };
}

/** Starts Xvfb on a free display number (it prints the number it took); null when there is no Xvfb. */
function startXvfb(): Promise<string | null> {
  return new Promise((done) => {
    const child = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1920x1080x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    child.on('error', () => done(null));
    createInterface({ input: child.stdout! }).once('line', (line) => {
      xvfb = child;
      done(`:${line.trim()}`);
    });
  });
}
