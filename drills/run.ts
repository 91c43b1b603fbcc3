/**
 * `npm run drills`: the soak drill, then the fault drills, against the real
 * host and the player page. Prints every figure with its limit and each
 * broken promise, writes JSON, and exits 1 when any drill failed (unlike the
 * benchmark, a drill judges). `--short` is the form inside `npm test`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { dirname } from 'node:path';
import { FAULT_DRILLS } from './faults/index';
import { SOAK_DRILLS } from './soak/index';
import { parseDrillArgs, selectDrills } from './support/args';
import { formatFailures, formatFigureTable } from './support/report';
import { runDrills } from './support/run-drills';

async function main(): Promise<number> {
  const args = parseDrillArgs(process.argv.slice(2));
  const drills = selectDrills([...SOAK_DRILLS, ...FAULT_DRILLS], args.only);
  const startedAt = Date.now();
  const outcomes = await runDrills(drills, { short: args.short, write: (line) => console.error(line) });

  console.log(formatFigureTable(outcomes));
  const failures = formatFailures(outcomes);
  console.log(failures === '' ? `\nevery drill passed (${outcomes.length})` : `\n${failures}`);

  const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? null, loadavg: loadavg() };
  await mkdir(dirname(args.out), { recursive: true });
  const seconds = (Date.now() - startedAt) / 1000;
  const form = args.short ? 'short' : 'full';
  await writeFile(
    args.out,
    `${JSON.stringify({ form, only: args.only, startedAt: new Date(startedAt).toISOString(), seconds, machine, drills: outcomes }, null, 2)}\n`,
  );
  console.error(`drills: wrote ${args.out} (${seconds.toFixed(0)} s)`);
  return failures === '' ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    // A bad flag or id: its message says what to type, a stack trace would only hide it.
    console.error(`drills: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
