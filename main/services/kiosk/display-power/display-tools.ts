/**
 * The programs that can really put a display to sleep, found on this machine:
 * `xset` (DPMS, through the X server named by DISPLAY) and `cec-client`
 * (HDMI-CEC, straight to a TV over the cable). PATH is searched here rather
 * than through `which`, which a minimal image may lack.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, isAbsolute, join } from 'node:path';
import type { CommandResult } from './run-command';

export type DisplayPowerLevel = 'on' | 'off';

/** One call of a tool. */
export interface ToolStep {
  args: readonly string[];
  /** Text for stdin (cec-client reads its command there). */
  input?: string;
}

/** A tool found on PATH and how to drive it. */
export interface DisplayTool {
  name: 'xset' | 'cec-client';
  /** Absolute path, as found on PATH. */
  file: string;
  /** What "sleep" or "wake" means in this tool, run in order; the first failing step ends it. */
  steps: Record<DisplayPowerLevel, readonly ToolStep[]>;
  /** Why a finished run failed, or null when it worked. */
  failure(result: CommandResult): string | null;
}

/** What the search found: the tools, and xset found but unusable for want of DISPLAY (worth saying). */
export interface FoundTools {
  tools: DisplayTool[];
  xsetWithoutDisplay: boolean;
}

// The X server refuses to force a DPMS level while DPMS is disabled (BadMatch), and Pano's installation disables
// it (README, "Installing on a kiosk": `xset s off -dpms`) so the screen never blanks by itself. So sleeping turns
// DPMS on first (recent xset does that itself inside `force`; older ones do not), and waking puts the kiosk back as
// installed: force on, end any screen saver, DPMS off again — left on, the server's own timeouts would blank the
// screen during the day.
const XSET_STEPS: Record<DisplayPowerLevel, readonly ToolStep[]> = {
  off: [{ args: ['+dpms'] }, { args: ['dpms', 'force', 'off'] }],
  on: [{ args: ['dpms', 'force', 'on'] }, { args: ['s', 'reset'] }, { args: ['-dpms'] }],
};

// -s: send one command read from stdin and exit; -d 1: errors only. Logical address 0 is the TV.
const CEC_ARGS = ['-s', '-d', '1'];
const CEC_STEPS: Record<DisplayPowerLevel, readonly ToolStep[]> = {
  off: [{ args: CEC_ARGS, input: 'standby 0\n' }],
  on: [{ args: CEC_ARGS, input: 'on 0\n' }],
};

/** The usual reason in a failed run's own words: its last line of output, else its exit code. */
function describeExit(result: CommandResult): string {
  const lastLine = result.output
    .split('\n')
    .filter((line) => line.trim() !== '')
    .pop();
  return lastLine ? `exited with code ${result.exitCode}: ${lastLine.trim()}` : `exited with code ${result.exitCode}`;
}

function failureOf(result: CommandResult): string | null {
  if (result.problem) return result.problem;
  return result.exitCode === 0 ? null : describeExit(result);
}

/** xset says nothing when it works; a server without DPMS (XWayland) gets a complaint on stderr and exit code 0. */
function xsetFailure(result: CommandResult): string | null {
  const failure = failureOf(result);
  if (failure || result.output === '') return failure;
  return `answered: ${result.output.split('\n')[0]?.trim()}`;
}

/** The first executable file called `name` in PATH's absolute folders (a relative entry would mean the cwd). */
export function findOnPath(name: string, pathVariable: string | undefined): string | null {
  for (const folder of (pathVariable ?? '').split(delimiter)) {
    if (!folder || !isAbsolute(folder)) continue;
    const candidate = join(folder, name);
    try {
      if (!statSync(candidate).isFile()) continue;
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not there, or not executable: try the next folder
    }
  }
  return null;
}

/** The display tools usable with this environment, in the order they are tried. */
export function findDisplayTools(env: NodeJS.ProcessEnv): FoundTools {
  const tools: DisplayTool[] = [];
  const xset = findOnPath('xset', env.PATH);
  const hasDisplay = Boolean(env.DISPLAY);
  if (xset && hasDisplay) tools.push({ name: 'xset', file: xset, steps: XSET_STEPS, failure: xsetFailure });
  const cec = findOnPath('cec-client', env.PATH);
  if (cec) tools.push({ name: 'cec-client', file: cec, steps: CEC_STEPS, failure: failureOf });
  return { tools, xsetWithoutDisplay: xset !== null && !hasDisplay };
}

/** The tools as a log line names them. */
export function describeTools(tools: readonly string[]): string {
  const labels = tools.map((tool) => (tool === 'xset' ? 'xset (DPMS)' : 'cec-client (HDMI-CEC)'));
  return labels.join(' and ');
}

/** Why the display will not really sleep, and what to install so it does. */
export function noToolsMessage(found: FoundTools): string {
  const why = found.xsetWithoutDisplay
    ? 'xset is installed but DISPLAY is not set, and cec-client was not found on PATH'
    : 'neither xset nor cec-client was found on PATH';
  return (
    `display power: ${why}, so outside its hours the screen only shows black and the display stays powered; ` +
    'for real sleep install x11-xserver-utils (xset, DPMS; needs DISPLAY) or cec-utils (cec-client, HDMI-CEC)'
  );
}
