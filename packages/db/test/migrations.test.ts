import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSQLiteDrizzleJson, generateSQLiteMigration, type DrizzleSQLiteSnapshotJSON } from 'drizzle-kit/api';
import { expect, test } from 'vitest';
import { migrationsFolder } from '../src/index.js';
import * as schema from '../src/schema.js';

test('the committed migrations describe the current schema (run `npm run db:generate` after a schema change)', async () => {
  const journal = JSON.parse(readFileSync(join(migrationsFolder, 'meta/_journal.json'), 'utf8')) as { entries: { idx: number }[] };
  const last = journal.entries.at(-1)!.idx;
  const snapshot = JSON.parse(
    readFileSync(join(migrationsFolder, `meta/${String(last).padStart(4, '0')}_snapshot.json`), 'utf8'),
  ) as DrizzleSQLiteSnapshotJSON;
  const current = await generateSQLiteDrizzleJson(schema);
  expect(await generateSQLiteMigration(snapshot, current)).toEqual([]);
});
