import { defineConfig } from 'vitest/config';

// Unit tests: plain Node, no browser. The player is tested end-to-end in Chromium (tests/e2e).
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 10_000,
  },
});
