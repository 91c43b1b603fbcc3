/**
 * Bundles the Node side with esbuild: the browser host, the Electron main
 * process and the preload. npm packages stay external (they are installed next
 * to the bundle), so a build takes well under a second.
 */
import { build, type BuildOptions } from 'esbuild';

const common: BuildOptions = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
};

await Promise.all([
  build({ ...common, format: 'esm', entryPoints: ['main/services/host/cli.ts'], outfile: 'dist/host/serve.js' }),
  build({ ...common, format: 'esm', entryPoints: ['main/electron/main.ts'], outfile: 'dist/electron/main.js' }),
  // A sandboxed preload cannot be an ES module, and may only require('electron').
  build({
    ...common,
    format: 'cjs',
    packages: undefined,
    external: ['electron'],
    entryPoints: ['main/electron/preload.ts'],
    outfile: 'dist/electron/preload.cjs',
  }),
]);
