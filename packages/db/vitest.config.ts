import { defineConfig } from 'vitest/config';

// Tests hash passwords with scrypt and build SQLite files; on a loaded two-core CI machine that takes seconds.
export default defineConfig({ test: { testTimeout: 30_000, hookTimeout: 30_000 } });
