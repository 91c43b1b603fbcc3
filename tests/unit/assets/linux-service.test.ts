import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const LINUX = fileURLToPath(new URL('../../../assets/linux/', import.meta.url));
const BUILDER = fileURLToPath(new URL('../../../electron-builder.yml', import.meta.url));
const APPIMAGE = 'Applications/Pano.AppImage';

/** `[Section]` → key → every value given (systemd allows a key more than once). Comments and blanks skipped. */
function parseIni(text: string): Map<string, Map<string, string[]>> {
  const sections = new Map<string, Map<string, string[]>>();
  let current: Map<string, string[]> | null = null;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue;
    const header = /^\[(.+)\]$/.exec(line);
    if (header) {
      current = new Map();
      sections.set(header[1]!, current);
      continue;
    }
    const eq = line.indexOf('=');
    if (!current || eq < 0) throw new Error(`not a key=value line inside a section: ${line}`);
    const key = line.slice(0, eq).trim();
    current.set(key, [...(current.get(key) ?? []), line.slice(eq + 1).trim()]);
  }
  return sections;
}

function value(sections: Map<string, Map<string, string[]>>, section: string, key: string): string | undefined {
  return sections.get(section)?.get(key)?.at(-1);
}

/**
 * An Exec= value as the program and arguments a launcher runs: the desktop-entry spec's string unescaping
 * (`\\` → `\`), then its quoting (inside "…", a backslash escapes " ` $ \).
 */
function execArgv(exec: string): string[] {
  const text = exec.replace(/\\(.)/g, (_, char: string) => ({ s: ' ', n: '\n', t: '\t', r: '\r' })[char] ?? char);
  const args: string[] = [];
  let arg = '';
  let quoted = false;
  let started = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (quoted) {
      if (char === '\\' && '"`$\\'.includes(text[index + 1] ?? '')) arg += text[++index];
      else if (char === '"') quoted = false;
      else arg += char;
    } else if (char === '"') {
      quoted = started = true;
    } else if (char === ' ') {
      if (started) args.push(arg);
      arg = '';
      started = false;
    } else {
      arg += char;
      started = true;
    }
  }
  if (quoted) throw new Error(`unterminated quote in Exec=${exec}`);
  if (started) args.push(arg);
  return args;
}

describe('assets/linux/pano.service', () => {
  const unit = parseIni(readFileSync(`${LINUX}pano.service`, 'utf8'));

  it('always restarts Pano, 5 s after it exits', () => {
    expect(value(unit, 'Service', 'Restart')).toBe('always');
    expect(value(unit, 'Service', 'RestartSec')).toBe('5');
  });

  it('backs off a crash loop instead of spinning', () => {
    expect(Number(value(unit, 'Unit', 'StartLimitIntervalSec'))).toBeGreaterThan(0);
    expect(Number(value(unit, 'Unit', 'StartLimitBurst'))).toBeGreaterThan(1);
    expect(Number(value(unit, 'Service', 'RestartMaxDelaySec'))).toBeGreaterThan(5);
  });

  it('runs the version-less AppImage in the user home, so updates keep the path', () => {
    const exec = value(unit, 'Service', 'ExecStart') ?? '';
    expect(exec.split(/\s+/)[0]).toBe(`%h/${APPIMAGE}`);
    expect(exec).not.toMatch(/\d+\.\d+\.\d+/);
  });

  it('has a display, and starts with the graphical session of a user unit', () => {
    expect(
      unit
        .get('Service')
        ?.get('Environment')
        ?.some((entry) => /^"?DISPLAY=:\d+/.test(entry)),
    ).toBe(true);
    expect(value(unit, 'Install', 'WantedBy')).toBe('graphical-session.target');
    expect(value(unit, 'Unit', 'After')).toContain('graphical-session.target');
    // A user unit must not name a user: it runs as whoever enabled it.
    expect(unit.get('Service')?.has('User')).toBe(false);
  });
});

describe('assets/linux/pano.desktop', () => {
  const entry = parseIni(readFileSync(`${LINUX}pano.desktop`, 'utf8'));

  it('is an autostart application entry that is enabled', () => {
    expect(value(entry, 'Desktop Entry', 'Type')).toBe('Application');
    expect(value(entry, 'Desktop Entry', 'Name')).toBe('Pano');
    expect(value(entry, 'Desktop Entry', 'X-GNOME-Autostart-enabled')).toBe('true');
    expect(value(entry, 'Desktop Entry', 'Hidden') ?? 'false').toBe('false');
  });

  it('execs the same version-less AppImage, through a shell because Exec does not expand $HOME', () => {
    const argv = execArgv(value(entry, 'Desktop Entry', 'Exec') ?? '');
    expect(argv).toEqual(['sh', '-c', `exec "$HOME/${APPIMAGE}"`]);
  });
});

describe('electron-builder.yml', () => {
  it('names the AppImage without a version, which is what both files rely on', () => {
    const builder = readFileSync(BUILDER, 'utf8');
    const artifact = /^appImage:\n(?:\s+#.*\n)*\s+artifactName:\s*(\S+)/m.exec(builder)?.[1];
    expect(artifact).toBeDefined();
    expect(artifact).not.toContain('${version}');
  });
});
