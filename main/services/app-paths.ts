/** Where Pano's own files are, wherever the bundle runs from (repo checkout or packaged app). */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder holding package.json, assets/ and dist/, found by walking up from `fromUrl` (an import.meta.url). */
export function findAppRoot(fromUrl: string): string {
  let dir = dirname(fileURLToPath(fromUrl));
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'assets'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`Pano's files (package.json and assets/) were not found above ${fromUrl}`);
    dir = parent;
  }
}

/** The folders a host needs, under one app root. */
export function appFolders(root: string): { assetsDir: string; rendererDir: string } {
  return { assetsDir: join(root, 'assets'), rendererDir: join(root, 'dist', 'renderer') };
}
