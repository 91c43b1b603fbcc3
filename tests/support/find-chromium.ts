/**
 * Which Chromium the browser tests drive: an explicit setting, the system's,
 * or Playwright's own download where the network allowed one.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Flags that keep Chromium quiet on a machine with no network but loopback. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

/** The path of a usable Chromium, or null with the reason why none was found. */
export function findChromium(): { path: string } | { path: null; reason: string } {
  const explicit = process.env.PANO_CHROMIUM;
  if (explicit) {
    return existsSync(explicit)
      ? { path: explicit }
      : { path: null, reason: `PANO_CHROMIUM=${explicit} does not exist` };
  }
  for (const candidate of SYSTEM_PATHS) if (existsSync(candidate)) return { path: candidate };
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    try {
      const found = execFileSync('which', [name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
      if (found) return { path: found };
    } catch {
      // not on PATH
    }
  }
  const bundled = playwrightChromium();
  if (bundled) return { path: bundled };
  return {
    path: null,
    reason:
      'no Chromium found for the browser tests: install one with `apt-get install -y chromium` (Debian/Ubuntu), or set PANO_CHROMIUM=/path/to/chromium',
  };
}

function playwrightChromium(): string | null {
  try {
    // Present only where `npx playwright install` could download a browser.
    const path = execFileSync(
      process.execPath,
      ['-e', "process.stdout.write(require('playwright-core').chromium.executablePath())"],
      {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      },
    );
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/** The Chromium path, or exit with one line that says how to get one (no stack trace). */
export function requireChromium(): string {
  const found = findChromium();
  if (found.path !== null) return found.path;
  process.stderr.write(`pano tests: ${found.reason}\n`);
  process.exit(1);
}
