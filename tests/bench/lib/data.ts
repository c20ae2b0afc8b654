import { demoPassword, demoStaff } from '@skranke/db/demo';

/** Where `npm run bench:data` writes and `npm run bench` reads, relative to the repository root. */
export const defaultBenchDb = 'data/bench.db';

/**
 * The generated database has the three demo accounts (the server never seeds them in production) and ~40
 * generated colleagues, all with the demo password. The bench logs in as the demo caseworker, and as the demo
 * supervisor for what only supervisors may call.
 */
export const benchLogins = {
  caseworker: { username: demoStaff[0].username, password: demoPassword },
  supervisor: { username: demoStaff[1].username, password: demoPassword },
} as const;
