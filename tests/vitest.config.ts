import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['http/**/*.test.ts', 'e2e/**/*.test.ts'],
    // Each file starts its own server (and the e2e files a browser): two cores run them one at a time.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
