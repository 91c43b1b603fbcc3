/** The runner's command line. */
import { join } from 'node:path';

export interface BenchArgs {
  quick: boolean;
  out: string;
}

export const DEFAULT_OUT = join(import.meta.dirname, '..', 'results', 'latest.json');

const USAGE = 'usage: npm run bench -- [--quick] [--out FILE]';

/** Parses argv (without node and script); throws a message naming the bad argument. */
export function parseArgs(argv: string[]): BenchArgs {
  const args: BenchArgs = { quick: false, out: DEFAULT_OUT };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--quick') args.quick = true;
    else if (arg === '--out') {
      const value = argv[i + 1];
      if (!value || value.startsWith('--')) throw new Error(`--out needs a file path. ${USAGE}`);
      args.out = value;
      i += 1;
    } else if (arg?.startsWith('--out=')) args.out = arg.slice('--out='.length);
    else throw new Error(`unknown argument "${arg}". ${USAGE}`);
  }
  return args;
}
