import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { staffRoles, type StaffRole } from '@skranke/domain';
import { appRouter, exportResources, type ExportResource, type RouterInputs } from '../src/index.js';
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

describe('admins only', () => {
  const adminOnly = procedures.filter(([, p]) => JSON.stringify(p._def.meta?.access) === JSON.stringify(['admin']));

  test('exactly the management of staff accounts', () => {
    expect(adminOnly.map(([path]) => path).sort()).toEqual([
      'staff.create',
      'staff.deactivate',
      'staff.get',
      'staff.reactivate',
      'staff.resetPassword',
      'staff.update',
    ]);
  });

  test.each(adminOnly.flatMap(([path, p]) => (['caseworker', 'supervisor'] as const).map((role) => [path, role, p] as const)))(
    '%s refuses a %s',
    async (path, role, procedure) => {
      expect((await errorOf(call(await api.as(role), path, procedure._def.type))).code).toBe('FORBIDDEN');
    },
  );
});

describe('a staff member on a one-time password', () => {
  const open = ['auth.changePassword', 'auth.login', 'auth.logout', 'auth.me'];
  const onOneTimePassword = {} as Record<StaffRole, unknown>;
  beforeAll(async () => {
    for (const role of staffRoles) onOneTimePassword[role] = (await api.newColleague(role)).caller;
  });

  test('may only choose a password, log out and ask who they are', () => {
    const opened = procedures.filter(([, p]) => p._def.meta?.access === 'public' || (p._def.meta as { duringPasswordChange?: true } | undefined)?.duringPasswordChange);
    expect(opened.map(([path]) => path).sort()).toEqual(open);
  });

  test.each(procedures.filter(([path]) => !open.includes(path)).flatMap(([path, p]) => staffRoles.map((role) => [path, role, p] as const)))(
    '%s refuses a new %s who has not yet chosen a password',
    async (path, role, procedure) => {
      const error = await errorOf(call(onOneTimePassword[role], path, procedure._def.type));
      expect([error.code, error.message]).toEqual(['FORBIDDEN', 'auth.passwordChangeDue']);
    },
  );
});

test('each CSV export admits exactly the roles of the procedure whose rows it copies', () => {
  const source = (resource: ExportResource) => (resource.startsWith('reports.') ? 'reports.summary' : `${resource}.list`);
  for (const resource of exportResources) {
    const procedure = procedures.find(([path]) => path === source(resource));
    expect(procedure, resource).toBeDefined();
    expect([resource, exportDefinition(resource)?.access]).toEqual([resource, procedure![1]._def.meta?.access]);
  }
});

test('staff.list names colleagues by name and role for counter staff, and the accounts for admins, never a password hash', async () => {
  // The harness's own supervisor; other tests here add colleagues.
  const bySupervisor: RouterInputs['staff']['list'] = {
    filters: [
      { field: 'role', operator: 'eq', value: 'supervisor' },
      { field: 'q', operator: 'contains', value: 'Test' },
    ],
  };
  const supervisor = { id: api.staff.supervisor.id, displayName: 'Test supervisor', role: 'supervisor' };
  for (const role of ['caseworker', 'supervisor'] as const) {
    expect(await (await api.as(role)).staff.list(bySupervisor)).toEqual({ data: [supervisor], total: 1 });
  }
  const admin = await api.as('admin');
  expect(await admin.staff.list(bySupervisor)).toEqual({ data: [{ ...supervisor, username: 'supervisor', email: null, active: true }], total: 1 });
  expect(JSON.stringify(await admin.staff.list({}))).not.toMatch(/scrypt/);
});
