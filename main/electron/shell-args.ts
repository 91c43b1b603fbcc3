/**
 * Separates the host flags (contract.md) from everything else on Electron's
 * command line: the app path in a checkout, and Chromium switches an operator
 * or a test harness may add (`--ozone-platform=wayland`, `--no-sandbox`).
 * `npm start` splits its own arguments the same way, so a switch meant for
 * Chromium never reaches the browser host, whichever way the player runs.
 */

const HOST_FLAGS = new Set(['--data-dir', '--port', '--host', '--feed-url', '--timezone']);

/** The host's arguments and the switches left to Chromium. */
export interface SplitArgs {
  hostArgs: string[];
  chromiumSwitches: string[];
}

/** The host's arguments and the switches left to Chromium, from Electron's `process.argv`. */
export function splitShellArgs(argv: readonly string[], options: { defaultApp: boolean }): SplitArgs {
  // argv[0] is the executable; in a checkout (`electron . --port 0`) argv[1] is the app folder.
  return splitArgs(argv.slice(options.defaultApp ? 2 : 1));
}

/** The same split for a plain argument list (`npm start -- …`, without executable or app folder). */
export function splitArgs(args: readonly string[]): SplitArgs {
  const hostArgs: string[] = [];
  const chromiumSwitches: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] as string;
    const name = arg.split('=', 1)[0] as string;
    if (HOST_FLAGS.has(name)) {
      hostArgs.push(arg);
      const next = args[i + 1];
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
