import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, requireChromium } from '../support/find-chromium';

// End-to-end tests of the player in a real Chromium against the real browser host.
// Each test starts its own host on port 0 with a temporary data dir.
export default defineConfig({
  testDir: '.',
  outputDir: '../../test-results/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: '../../test-results/summary/e2e.json' }]],
  use: {
    viewport: { width: 1920, height: 1080 },
    launchOptions: { executablePath: requireChromium(), args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
});
