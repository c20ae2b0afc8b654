import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startServer, type RunningServer } from '../support/server.js';
import { trpc } from '../support/trpc.js';

const createAdmin = fileURLToPath(new URL('../../apps/server/dist/cli/create-admin.js', import.meta.url));

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ NODE_ENV: 'production' });
});
afterAll(async () => {
  if (server) await server.stop();
});

test('production seeds nothing: the demo logins do not exist', async () => {
  const response = await trpc(server.url, 'auth.login', { username: 'admin', password: 'skranke-demo' });
  expect(response.error?.data.code).toBe('UNAUTHORIZED');
});

test('the documented CLI creates the first admin, who can then log in', async () => {
  const password = 'a long admin passphrase';
  const { stdout } = await promisify(execFile)(process.execPath, [createAdmin, 'Ellen', 'Ellen Admin'], {
    env: { ...process.env, SKRANKE_DB: server.databasePath, SKRANKE_ADMIN_PASSWORD: password },
  });
  expect(stdout).toMatch(/Created admin ellen/);
  const response = await trpc(server.url, 'auth.login', { username: 'ellen', password });
  expect(response.data).toMatchObject({ username: 'ellen', role: 'admin', displayName: 'Ellen Admin' });
  // Production runs behind HTTPS: the session cookie never travels in clear text.
  expect(response.setCookie).toMatch(/; Secure/);
});

test("the production server's static imports never reach the demo data generator (faker: ~30 MB for nothing)", () => {
  const staticImport = /^(?:import|export)\s(?:[^'";]*?\sfrom\s)?\s*['"]([^'"]+)['"]/gm;
  const seen = new Set<string>();
  const reached = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(staticImport)) {
      reached.add(specifier!);
      // Our own modules are followed; a library is only recorded.
      if (specifier!.startsWith('.') || specifier!.startsWith('@skranke/')) visit(fileURLToPath(import.meta.resolve(specifier!, pathToFileURL(file).href)));
    }
  };
  visit(fileURLToPath(new URL('../../apps/server/dist/main.js', import.meta.url)));
  expect(reached).toContain('better-sqlite3');
  expect([...reached].filter((specifier) => specifier.includes('faker') || specifier.includes('/demo'))).toEqual([]);
});
