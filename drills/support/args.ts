/** The drills runner's command line. */
import { join } from 'node:path';

export interface DrillArgs {
  /** `--short`: the form `npm test` runs (minutes, not tens of minutes). */
  short: boolean;
  out: string;
  /** The drill ids `--only` asked for, or null for every drill. */
  only: readonly string[] | null;
}

export const DEFAULT_OUT = join(import.meta.dirname, '..', 'results', 'latest.json');

export const USAGE = 'usage: npm run drills -- [--short] [--only ID[,ID…]] [--out FILE]';

function parseOnly(value: string | undefined): string[] {
  if (value === undefined || value.startsWith('--')) throw new Error(`--only needs drill ids. ${USAGE}`);
  const ids = value
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  if (ids.length === 0) throw new Error(`--only needs drill ids. ${USAGE}`);
  return ids;
}

/** Parses argv (without node and script); throws a message naming the bad argument. */
export function parseDrillArgs(argv: readonly string[]): DrillArgs {
  const args: { short: boolean; out: string; only: string[] | null } = { short: false, out: DEFAULT_OUT, only: null };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (arg === '--short') args.short = true;
    else if (arg === '--out') {
      const value = argv[i + 1];
      if (value === undefined || value === '' || value.startsWith('--'))
        throw new Error(`--out needs a file path. ${USAGE}`);
      args.out = value;
      i += 1;
    } else if (arg.startsWith('--out=')) {
      const value = arg.slice('--out='.length);
      if (value === '') throw new Error(`--out needs a file path. ${USAGE}`);
      args.out = value;
    } else if (arg === '--only') {
      args.only = parseOnly(argv[i + 1]);
      i += 1;
    } else if (arg.startsWith('--only=')) args.only = parseOnly(arg.slice('--only='.length));
    else throw new Error(`unknown argument "${arg}". ${USAGE}`);
  }
  return args;
}

/**
 * The drills `--only` names, in the runner's order; throws naming every id
 * that is no drill (and the ids there are), so a typo never runs nothing.
 */
export function selectDrills<T extends { id: string }>(drills: readonly T[], only: readonly string[] | null): T[] {
  if (only === null) return [...drills];
  const known = drills.map((d) => d.id);
  const unknown = only.filter((id) => !known.includes(id));
  if (unknown.length > 0)
    throw new Error(`--only: no drill "${unknown.join('", "')}" (the drills are: ${known.join(', ')}). ${USAGE}`);
  return drills.filter((d) => only.includes(d.id));
}
