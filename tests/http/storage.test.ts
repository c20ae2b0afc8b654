import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { startServer } from '../support/server.js';

// A database that cannot be opened must stop the start with one line an IT person can act on, not a stack trace
// that a supervisor restarts for ever (#15, point 8).
test('a file that is no database stops the start with one clear line and a non-zero exit', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'skranke-broken-'));
  const path = join(dir, 'skranke.db');
  writeFileSync(path, 'This is a text file, not a SQLite database.\n'.repeat(200));
  try {
    const failure = await startServer({ SKRANKE_DB: path }).then(
      () => null,
      (error: Error) => error.message,
    );
    expect(failure).toContain(`Skranke cannot start: the database ${path} cannot be opened for reading and writing (file is not a database).`);
    expect(failure).not.toMatch(/\n\s+at /); // no stack trace
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
