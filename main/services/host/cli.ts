/**
 * `npm run serve`: the browser host. Prints exactly one ready line on stdout
 * (`pano: listening on http://HOST:PORT`); everything else goes to stderr and
 * the log file. SIGTERM and SIGINT close it within 5 s; SIGHUP fetches the
 * news feed now (`kill -HUP`, for a technician at the machine).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { appFolders, findAppRoot } from '../app-paths';
import { ignoreBrokenPipes } from '../logger';
import { parseHostFlags } from './cli-flags';
import { startHost } from './start-host';

const SHUTDOWN_LIMIT_MS = 5000;

function fail(message: string): never {
  process.stderr.write(`pano: ${message}\n`);
  process.exit(2);
}

async function main(): Promise<void> {
  ignoreBrokenPipes();
  const parsed = parseHostFlags(process.argv.slice(2));
  if (!parsed.ok) fail(parsed.error);
  const { flags } = parsed;

  const root = findAppRoot(import.meta.url);
  const { assetsDir, rendererDir } = appFolders(root);
  const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;

  let host;
  try {
    host = await startHost({
      dataDir: resolve(flags.dataDir ?? '.pano-data'),
      port: flags.port,
      host: flags.host,
      rendererDir,
      assetsDir,
      version,
      ...(flags.feedUrl ? { feedUrl: flags.feedUrl } : {}),
      ...(flags.timezone ? { timezone: flags.timezone } : {}),
    });
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  if (!host.url) fail('the HTTP server did not start');
  process.stdout.write(`pano: listening on ${host.url}\n`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`pano: ${signal} received, stopping\n`);
    setTimeout(() => {
      process.stderr.write('pano: did not stop within 5 s; exiting anyway\n');
      process.exit(1);
    }, SHUTDOWN_LIMIT_MS).unref();
    void host.close().then(
      () => process.exit(0),
      (error: unknown) => fail(`error while stopping: ${(error as Error).message}`),
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGHUP', () => {
    if (stopping) return;
    process.stderr.write('pano: SIGHUP received, fetching the news feed now\n');
    void host.refreshFeed();
  });
}

await main();
