/**
 * Separates the host flags (contract.md) from everything else on Electron's
 * command line: the app path in a checkout, and Chromium switches an operator
 * or a test harness may add (`--ozone-platform=wayland`, `--no-sandbox`).
 */

const HOST_FLAGS = new Set(['--data-dir', '--port', '--host', '--feed-url', '--timezone']);

/** The host's arguments and the switches left to Chromium, from Electron's `process.argv`. */
export function splitShellArgs(
  argv: readonly string[],
  options: { defaultApp: boolean },
): { hostArgs: string[]; chromiumSwitches: string[] } {
  // argv[0] is the executable; in a checkout (`electron . --port 0`) argv[1] is the app folder.
  const rest = argv.slice(options.defaultApp ? 2 : 1);
  const hostArgs: string[] = [];
  const chromiumSwitches: string[] = [];
  for (let i = 0; i < rest.length; i += 1) {
    const arg = rest[i] as string;
    const name = arg.split('=', 1)[0] as string;
    if (HOST_FLAGS.has(name)) {
      hostArgs.push(arg);
      const next = rest[i + 1];
      if (!arg.includes('=') && next !== undefined && !next.startsWith('--')) {
        hostArgs.push(next);
        i += 1;
      }
    } else if (arg.startsWith('-')) {
      chromiumSwitches.push(arg);
    } else {
      // A stray word is the operator's mistake; the host flag parser names it.
      hostArgs.push(arg);
    }
  }
  return { hostArgs, chromiumSwitches };
}
