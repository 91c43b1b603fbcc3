/** How much a data dir holds: its files (all depths) and their total size. */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

export interface DirSize {
  files: number;
  bytes: number;
}

/** Counts every regular file under `dir`; a file removed while counting is skipped. */
export async function dirSize(dir: string): Promise<DirSize> {
  let files = 0;
  let bytes = 0;
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const size = await stat(join(entry.parentPath, entry.name)).then(
      (s) => s.size,
      () => null,
    );
    if (size === null) continue;
    files += 1;
    bytes += size;
  }
  return { files, bytes };
}
