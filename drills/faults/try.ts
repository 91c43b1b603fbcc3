/**
 * Runs fault drills without the shared runner: `npx tsx drills/faults/try.ts [--short] [id…]`.
 * For working on one drill; `npm run drills` is the real entry point.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { limitBroken } from '../drill';
import { FAULT_DRILLS } from './index';

const args = process.argv.slice(2);
const short = args.includes('--short');
const ids = args.filter((a) => !a.startsWith('--'));
let failed = false;
for (const drill of FAULT_DRILLS.filter((d) => ids.length === 0 || ids.includes(d.id))) {
  const started = Date.now();
  process.stderr.write(`== ${drill.id}: ${drill.title}\n`);
  const result = await drill.run({
    short,
    log: (line) => process.stderr.write(`   ${drill.id}: ${line}\n`),
    tempDir: () => mkdtemp(join(tmpdir(), `pano-drill-${drill.id}-`)),
  });
  const failures = [...result.failures, ...result.figures.flatMap((f) => limitBroken(f) ?? [])];
  for (const figure of result.figures)
    process.stdout.write(
      `${drill.id}\t${figure.name}\t${figure.value} ${figure.unit}${figure.limit ? ` ${JSON.stringify(figure.limit)}` : ''}\n`,
    );
  for (const failure of failures) process.stdout.write(`${drill.id}\tFAIL\t${failure}\n`);
  process.stdout.write(
    `${drill.id}\t${failures.length ? 'FAILED' : 'passed'} in ${Math.round((Date.now() - started) / 1000)} s\n`,
  );
  if (result.loggedByKind) process.stdout.write(`${drill.id}\tlogged ${JSON.stringify(result.loggedByKind)}\n`);
  failed ||= failures.length > 0;
}
process.exit(failed ? 1 : 0);
