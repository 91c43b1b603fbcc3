/** The runner's command line. */
import { join } from 'node:path';

/** Scenario ids for `--only`, in the order a run measures them. */
export const SCENARIO_IDS = ['reference', 'marquee', 'transitions', 'load', 'memory', 'start', 'feed'] as const;
export type ScenarioId = (typeof SCENARIO_IDS)[number];

export interface BenchArgs {
  quick: boolean;
  out: string;
  /** The scenarios to run (all unless `--only` narrowed them). */
  only: ReadonlySet<ScenarioId>;
}

export const DEFAULT_OUT = join(import.meta.dirname, '..', 'results', 'latest.json');

const USAGE = `usage: npm run bench -- [--quick] [--only ${SCENARIO_IDS.join('|')}[,…]] [--out FILE]`;

function parseOnly(value: string | undefined): Set<ScenarioId> {
  if (!value || value.startsWith('--')) throw new Error(`--only needs scenario ids. ${USAGE}`);
  const ids = value.split(',').map((id) => id.trim());
  const unknown = ids.filter((id) => !(SCENARIO_IDS as readonly string[]).includes(id));
  if (unknown.length > 0) throw new Error(`--only: unknown scenario "${unknown.join('", "')}". ${USAGE}`);
  return new Set(ids as ScenarioId[]);
}

/** Parses argv (without node and script); throws a message naming the bad argument. */
export function parseArgs(argv: string[]): BenchArgs {
  const args: BenchArgs = { quick: false, out: DEFAULT_OUT, only: new Set(SCENARIO_IDS) };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--quick') args.quick = true;
    else if (arg === '--out') {
      const value = argv[i + 1];
      if (!value || value.startsWith('--')) throw new Error(`--out needs a file path. ${USAGE}`);
      args.out = value;
      i += 1;
    } else if (arg?.startsWith('--out=')) args.out = arg.slice('--out='.length);
    else if (arg === '--only') {
      args.only = parseOnly(argv[i + 1]);
      i += 1;
    } else if (arg?.startsWith('--only=')) args.only = parseOnly(arg.slice('--only='.length));
    else throw new Error(`unknown argument "${arg}". ${USAGE}`);
  }
  return args;
}
