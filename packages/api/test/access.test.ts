import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { appRouter } from '../src/index.js';
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

test('staff.list names colleagues for every role but never exposes password hashes', async () => {
  const list = await (await api.as('caseworker')).staff.list({ filters: [{ field: 'role', operator: 'eq', value: 'supervisor' }] });
  expect(list).toEqual({ data: [{ id: api.staff.supervisor.id, username: 'supervisor', displayName: 'Test supervisor', role: 'supervisor', active: true }], total: 1 });
  expect(JSON.stringify(await (await api.as('admin')).staff.list({}))).not.toMatch(/scrypt/);
});
