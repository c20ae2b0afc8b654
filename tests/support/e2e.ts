import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, type CounterStaff } from './browser.js';
import { untouchedAdults, type CaseTable, type SeededCitizen } from './citizens.js';
import { startServer, type RunningServer } from './server.js';
import { login } from './trpc.js';

export type E2eServer<Staff extends CounterStaff> = {
  server: RunningServer;
  browser: Browser;
  /** The API sessions of `loggedIn`, to set up a test's data and check what the server holds without the browser. */
  cookies: Record<Staff, string>;
  /** The next demo adult with no rows in `citizensUntouchedIn` (any, if none named), one a test: see untouchedAdults. */
  nextCitizen: () => SeededCitizen;
};

/**
 * One server and one browser for a test file, started in a beforeAll and closed in an afterAll that this registers
 * itself. The returned object is filled when the beforeAll has run, so read it in tests and later hooks only. Pages
 * stay per test (openAs, openLoginPage), so any test can still run alone.
 */
export function useE2eServer<Staff extends CounterStaff = never>(
  options: { loggedIn?: readonly Staff[]; citizensUntouchedIn?: readonly CaseTable[] } = {},
): E2eServer<Staff> {
  const e2e = { cookies: {} } as E2eServer<Staff>;
  beforeAll(async () => {
    e2e.server = await startServer();
    e2e.nextCitizen = untouchedAdults(e2e.server.databasePath, options.citizensUntouchedIn ?? []);
    for (const username of options.loggedIn ?? []) e2e.cookies[username] = await login(e2e.server.url, username);
    e2e.browser = await launchBrowser();
  });
  afterAll(async () => {
    await e2e.browser?.close();
    await e2e.server?.stop();
  });
  return e2e;
}
