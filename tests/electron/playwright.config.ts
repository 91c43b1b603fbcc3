import { defineConfig } from '@playwright/test';

// The kiosk itself, driven through Playwright's Electron support. Where no Electron binary can be had
// (it is downloaded from GitHub on first run), every test is skipped with the reason, and the run passes.
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: '../../test-results/electron',
  globalSetup: './global-setup.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: '../../test-results/summary/electron.json' }]],
});
