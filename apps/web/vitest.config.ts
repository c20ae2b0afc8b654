import { defineConfig } from 'vitest/config';

// Unit tests of the web app's plain modules (texts, state); the pages are tested in a real browser (tests/e2e).
export default defineConfig({ test: { include: ['src/**/*.test.ts'] } });
