/**
 * `npm run set-password [-- --data-dir DIR]`: sets the operator password of the
 * console. From a terminal it asks twice without echo; otherwise it reads the
 * first line of stdin (for provisioning scripts). The password is stored only
 * as a scrypt hash, in DIR/auth.json. DIR defaults to ./.pano-data, like
 * `npm run serve`.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { passwordSchema } from '../main/core/api/session-api';
import { authFilePath, writePasswordHash } from '../main/services/auth/auth-file';
import { hashPassword } from '../main/services/auth/password-hash';
import { prepareDataDir } from '../main/services/data-dir';

function fail(message: string): never {
  process.stderr.write(`set-password: ${message}\n`);
  process.exit(2);
}

/** Reads one line from the terminal without showing what is typed. */
function askHidden(prompt: string): Promise<string> {
  const input = process.stdin;
  process.stderr.write(prompt);
  input.setRawMode(true);
  input.resume();
  input.setEncoding('utf8');
  return new Promise((resolveLine) => {
    let typed = '';
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\u0003') {
          input.setRawMode(false);
          process.stderr.write('\n');
          process.exit(130); // Ctrl-C
        } else if (char === '\r' || char === '\n' || char === '\u0004') {
          input.setRawMode(false);
          input.pause();
          input.off('data', onData);
          process.stderr.write('\n');
          resolveLine(typed);
          return;
        } else if (char === '\u007f' || char === '\b') {
          typed = [...typed].slice(0, -1).join('');
        } else if (char >= ' ') {
          typed += char;
        }
      }
    };
    input.on('data', onData);
  });
}

/** The first line of stdin (a provisioning script pipes the password in). */
async function readFirstLine(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) {
    text += String(chunk);
    if (text.includes('\n') || text.length > 4096) break;
  }
  return text.split(/\r?\n/)[0] ?? '';
}

async function main(): Promise<void> {
  let dataDir: string;
  try {
    const { values } = parseArgs({ options: { 'data-dir': { type: 'string' } }, strict: true });
    dataDir = resolve(values['data-dir'] ?? '.pano-data');
  } catch (error) {
    fail(`${(error as Error).message} (usage: npm run set-password -- [--data-dir DIR])`);
  }

  let password: string;
  if (process.stdin.isTTY) {
    password = await askHidden('New operator password: ');
    const again = await askHidden('The same password again: ');
    if (again !== password) fail('the two passwords differ; nothing was changed');
  } else {
    password = await readFirstLine();
  }
  const checked = passwordSchema.safeParse(password);
  if (!checked.success) fail(`the password ${checked.error.issues[0]?.message ?? 'is not valid'}; nothing was changed`);

  const prepared = await prepareDataDir(dataDir);
  if (!prepared.ok) fail(prepared.error);
  const file = authFilePath(prepared.dir);
  try {
    await writePasswordHash(file, await hashPassword(checked.data), new Date());
  } catch (error) {
    fail(`cannot write ${file} (${(error as Error).message})`);
  }
  process.stdout.write(
    `set-password: the operator password is stored (as a scrypt hash) in ${file}\n` +
      'Open the console at http://127.0.0.1:7420/console on this machine and sign in.\n',
  );
}

await main();
