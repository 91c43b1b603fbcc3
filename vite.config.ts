import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The screens (player now, console later) are plain pages built into dist/renderer.
// base '/' works for both hosts: http://HOST:PORT/ and the kiosk's pano://app/.
export default defineConfig({
  root: 'renderer',
  base: '/',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    rollupOptions: {
      input: {
        player: 'renderer/player/index.html',
        console: 'renderer/console/index.html',
      },
    },
  },
});
