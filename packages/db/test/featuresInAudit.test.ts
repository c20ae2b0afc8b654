import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { citizenCaseEntities, citizenReadActions, features, type AuditAction } from '@skranke/domain';
import { seedDemoData } from '../src/demo/index.js';
import { appendAudit, citizenReads, closeDatabase, listAudit, openDatabase, schema, type Db } from '../src/index.js';

// #16: which entries are about a citizen is derived from the domain's features; here each feature's entries must
// really be found, on the demo data every feature has rows in.
let dir: string;
let db: Db;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'skranke-features-'));
  db = openDatabase(join(dir, 'skranke.db'));
  await seedDemoData(db, new Date());
});
afterAll(() => {
  closeDatabase(db);
  rmSync(dir, { recursive: true, force: true });
});

const at = new Date('2026-11-25T10:00:00Z');
const page = { currentPage: 1, pageSize: 1000 };

describe("every feature in the citizen's part of the audit log", () => {
  test.each(citizenCaseEntities)("an entry about a %s is found by its citizen's filter, though it does not name them", (entity) => {
    const table = schema.citizenCaseTables[entity];
    const row = db.select({ id: table.id, citizenId: table.citizenId }).from(table).limit(1).get();
    expect(row, `the demo data holds a ${entity}`).toBeDefined();
    appendAudit(db, { staffId: null, action: `${entity}.read` as AuditAction, entity, entityId: row!.id }, at);
    const found = listAudit(db, { filters: [{ field: 'citizenId', operator: 'eq', value: row!.citizenId! }], sorters: [], pagination: page });
    expect(found.data.map((e) => `${e.entity} ${e.entityId}`)).toContain(`${entity} ${row!.id}`);
  });

  test('every read action of every feature shows under "who looked at this citizen"', () => {
    const citizenId = 1;
    const reads = features.flatMap((f) => f.citizenReads.map((verb) => `${f.entity}.${verb}` as AuditAction));
    for (const action of reads) appendAudit(db, { staffId: null, action, entity: 'citizen', entityId: citizenId }, at);
    const shown = citizenReads(db, { citizenId, pagination: page }).data.map((e) => e.action);
    expect([...new Set(shown)].sort()).toEqual([...citizenReadActions].sort());
  });
});
