import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { appRouter, exportResources, type ExportResource } from '../src/index.js';
import { exportDefinition } from '../src/exports/resources.js';
import { createTestApi, errorOf, type TestApi } from './harness.js';

let api: TestApi;
beforeAll(async () => void (api = await createTestApi()));
afterAll(() => api.close());

type AnyProcedure = { _def: { meta?: { access?: unknown }; type: string } };
const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, AnyProcedure>);

/** Calls a procedure by its dotted path with an empty input; the guard must answer before validation. */
function call(caller: unknown, path: string, type: string): Promise<unknown> {
  const fn = path.split('.').reduce((node, key) => (node as Record<string, unknown>)[key], caller);
  return type === 'query' || type === 'mutation'
    ? (fn as (input: unknown) => Promise<unknown>)({})
    : Promise.reject(new Error(`unexpected procedure type ${type}`));
}

describe('access control: deny by default', () => {
  test('only login and me are public', () => {
    const open = procedures.filter(([, p]) => p._def.meta?.access === 'public').map(([path]) => path);
    expect(open.sort()).toEqual(['auth.login', 'auth.me']);
  });

  test.each(procedures.filter(([, p]) => p._def.meta?.access !== 'public'))(
    '%s refuses a caller without a session',
    async (path, procedure) => {
      expect((await errorOf(call(api.anonymous(), path, procedure._def.type))).code).toBe('UNAUTHORIZED');
    },
  );

  test.each(procedures.filter(([path]) => !path.startsWith('auth.') && !path.startsWith('staff.')))(
    '%s refuses an admin: admins manage accounts, not citizens or their cases',
    async (path, procedure) => {
      expect((await errorOf(call(await api.as('admin'), path, procedure._def.type))).code).toBe('FORBIDDEN');
    },
  );
});

describe('supervisors only', () => {
  const supervisorOnly = procedures.filter(([, p]) => JSON.stringify(p._def.meta?.access) === JSON.stringify(['supervisor']));

  test('exactly the decisions on exemptions and the audit log', () => {
    expect(supervisorOnly.map(([path]) => path).sort()).toEqual(['audit.citizenReads', 'audit.list', 'exemptions.decide', 'exemptions.revoke']);
  });

  test.each(supervisorOnly)('%s refuses a caseworker', async (path, procedure) => {
    expect((await errorOf(call(await api.as('caseworker'), path, procedure._def.type))).code).toBe('FORBIDDEN');
  });
});

test('each CSV export admits exactly the roles of the procedure whose rows it copies', () => {
  const source = (resource: ExportResource) => (resource.startsWith('reports.') ? 'reports.summary' : `${resource}.list`);
  for (const resource of exportResources) {
    const procedure = procedures.find(([path]) => path === source(resource));
    expect(procedure, resource).toBeDefined();
    expect([resource, exportDefinition(resource)?.access]).toEqual([resource, procedure![1]._def.meta?.access]);
  }
});

test('staff.list names colleagues for every role but never exposes password hashes', async () => {
  const list = await (await api.as('caseworker')).staff.list({ filters: [{ field: 'role', operator: 'eq', value: 'supervisor' }] });
  expect(list).toEqual({ data: [{ id: api.staff.supervisor.id, username: 'supervisor', displayName: 'Test supervisor', role: 'supervisor', active: true }], total: 1 });
  expect(JSON.stringify(await (await api.as('admin')).staff.list({}))).not.toMatch(/scrypt/);
});
