import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { hashSecret, insertStaff, schema } from '@skranke/db';
import { policy } from '@skranke/domain';
import { sessionCookie, type RouterInputs } from '../src/index.js';
import { createTestApi, errorOf, testPassword, type TestApi } from './harness.js';

let api: TestApi;
beforeEach(async () => void (api = await createTestApi()));
afterEach(() => api.close());

const chosenPassword = 'blå hest på taget';
const hours = (n: number) => n * 3_600_000;
const auditOf = (id: number) => api.db.select().from(schema.auditLog).all().filter((a) => a.entity === 'staff' && a.entityId === String(id));
const sessionsOf = (id: number) => api.db.select().from(schema.sessions).all().filter((s) => s.staffId === id);

describe('a new staff member', () => {
  test('gets a one-time password of 4 groups of 4, and must choose a password before anything else works', async () => {
    const { id, username, oneTimePassword, caller } = await api.newColleague('caseworker');
    expect(oneTimePassword).toMatch(/^[2-9A-HJKMNP-Z]{4}(-[2-9A-HJKMNP-Z]{4}){3}$/);
    expect(await caller.auth.me()).toMatchObject({ id, username, role: 'caseworker', passwordChangeDue: true });
    expect(await errorOf(caller.citizens.list({}))).toMatchObject({ code: 'FORBIDDEN', message: 'auth.passwordChangeDue' });

    await caller.auth.changePassword({ currentPassword: oneTimePassword, newPassword: chosenPassword });
    expect(await caller.auth.me()).toMatchObject({ id, passwordChangeDue: false });
    expect(await caller.citizens.list({})).toMatchObject({ total: 0 });

    // The one-time password is spent: the chosen one logs in, the one-time one no longer does.
    const login = (password: string) => api.client().caller.auth.login({ username, password });
    expect(await errorOf(login(oneTimePassword))).toMatchObject({ code: 'UNAUTHORIZED', message: 'auth.invalidCredentials' });
    expect(await login(chosenPassword)).toMatchObject({ id, passwordChangeDue: false });
  });

  test('the one-time password typed from paper in lower case and without dashes still logs in', async () => {
    const admin = await api.as('admin');
    const { oneTimePassword } = await admin.staff.create({ username: 'ole', displayName: 'Ole Olsen', role: 'supervisor', email: 'ole@kommune.dk' });
    const typed = oneTimePassword.toLowerCase().replaceAll('-', ' ');
    expect(await api.client().caller.auth.login({ username: 'ole', password: typed })).toMatchObject({ passwordChangeDue: true });
  });

  test(`the one-time password stops working ${policy.oneTimePasswordHours} hours after it was made, with a message that says so`, async () => {
    const admin = await api.as('admin');
    const start = api.now();
    const { oneTimePassword } = await admin.staff.create({ username: 'sara', displayName: 'Sara Berg', role: 'caseworker', email: '' });
    const login = (password: string) => api.client().caller.auth.login({ username: 'sara', password });

    api.setNow(new Date(start.getTime() + hours(policy.oneTimePasswordHours) - 60_000));
    expect(await login(oneTimePassword)).toMatchObject({ passwordChangeDue: true });

    api.setNow(new Date(start.getTime() + hours(policy.oneTimePasswordHours)));
    expect(await errorOf(login(oneTimePassword))).toMatchObject({ code: 'UNAUTHORIZED', message: 'auth.oneTimePasswordExpired' });
    // A guesser learns nothing of the account's state.
    expect(await errorOf(login('ABCD-EFGH-JKMN-PQRS'))).toMatchObject({ code: 'UNAUTHORIZED', message: 'auth.invalidCredentials' });
  });

  test('usernames are one regardless of case: stored in lower case, and a second "Anna.Hansen" is refused', async () => {
    const admin = await api.as('admin');
    const { id } = await admin.staff.create({ username: 'Anna.Hansen', displayName: 'Anna Hansen', role: 'caseworker', email: '' });
    expect(await admin.staff.get({ id })).toMatchObject({ username: 'anna.hansen' });

    const again = await errorOf(admin.staff.create({ username: 'ANNA.HANSEN', displayName: 'Anna Hansen', role: 'caseworker', email: '' }));
    expect(again).toMatchObject({ code: 'CONFLICT', message: 'staff.usernameTaken' });
    expect(await errorOf(admin.staff.create({ username: 'Caseworker', displayName: 'Other', role: 'caseworker', email: '' }))).toMatchObject({
      code: 'CONFLICT',
    });
  });

  test('the database itself refuses a username that differs from another only in case', async () => {
    const passwordHash = await hashSecret(testPassword);
    expect(() => insertStaff(api.db, { username: 'SUPERVISOR', displayName: 'Copy', role: 'supervisor', passwordHash })).toThrow(/UNIQUE/);
  });
});

test("the staff member's history holds every change to the account with before and after, and no logins", async () => {
  const admin = await api.as('admin');
  const { id, oneTimePassword } = await admin.staff.create({ username: 'mads', displayName: 'Mads Holm', role: 'caseworker', email: '' });
  await api.client().caller.auth.login({ username: 'mads', password: oneTimePassword });
  await admin.staff.update({ id, data: { displayName: 'Mads Holm', role: 'supervisor', email: 'mads@kommune.dk' } });
  await admin.staff.deactivate({ id });

  const { history } = await admin.staff.get({ id });
  expect(history.map((entry) => [entry.action, entry.staffName])).toEqual([
    ['staff.create', api.staff.admin.displayName],
    ['staff.update', api.staff.admin.displayName],
    ['staff.deactivate', api.staff.admin.displayName],
  ]);
  expect(history[1]!.details).toEqual({ before: { role: 'caseworker', email: null }, after: { role: 'supervisor', email: 'mads@kommune.dk' } });
});

describe('choosing a password', () => {
  test('is refused when short, the username, common, or the current password, each on the new password field', async () => {
    const { oneTimePassword, caller } = await api.newColleague('caseworker', 'bo.jensen');
    const change = (newPassword: string) => errorOf(caller.auth.changePassword({ currentPassword: oneTimePassword, newPassword }));
    for (const [newPassword, key] of [
      ['kort-kode', 'password.tooShort'],
      ['password1234', 'password.tooCommon'],
      ['bo.jensen2026', 'password.tooCommon'],
      [oneTimePassword, 'password.unchanged'],
    ] as const) {
      const error = await change(newPassword);
      expect([newPassword, error.code, error.message]).toEqual([newPassword, 'BAD_REQUEST', key]);
      expect(error.cause).toMatchObject({ field: 'newPassword' });
    }
    expect(await caller.auth.me()).toMatchObject({ passwordChangeDue: true });
  });

  test('needs the current password, and ends the staff member\'s other sessions but not this one', async () => {
    const here = api.client();
    const elsewhere = api.client();
    await here.caller.auth.login({ username: 'supervisor', password: testPassword });
    await elsewhere.caller.auth.login({ username: 'supervisor', password: testPassword });

    const wrong = await errorOf(here.caller.auth.changePassword({ currentPassword: 'not my password', newPassword: chosenPassword }));
    expect(wrong).toMatchObject({ code: 'BAD_REQUEST', message: 'auth.currentPasswordWrong' });

    await here.caller.auth.changePassword({ currentPassword: testPassword, newPassword: chosenPassword });
    expect(await here.caller.auth.me()).toMatchObject({ username: 'supervisor' });
    expect(await elsewhere.caller.auth.me()).toBeNull();
    expect(auditOf(api.staff.supervisor.id).map((a) => a.action)).toContain('auth.changePassword');
  });
});

test('guessing the current password is limited as guessing at the login is', async () => {
  const { caller } = await api.newColleague('caseworker');
  const guess = () => errorOf(caller.auth.changePassword({ currentPassword: 'a guess at it', newPassword: chosenPassword }));
  for (let i = 0; i < policy.loginFreeAttemptsPerAccount; i++) expect((await guess()).message).toBe('auth.currentPasswordWrong');
  expect(await guess()).toMatchObject({ code: 'TOO_MANY_REQUESTS', message: 'auth.rateLimited' });
});

describe('deactivation', () => {
  test("ends every session of the staff member at once: their open page's next request is UNAUTHORIZED", async () => {
    const caseworker = api.client();
    await caseworker.caller.auth.login({ username: 'caseworker', password: testPassword });
    await api.client().caller.auth.login({ username: 'caseworker', password: testPassword });
    expect(sessionsOf(api.staff.caseworker.id)).toHaveLength(2);

    await (await api.as('admin')).staff.deactivate({ id: api.staff.caseworker.id });
    expect(sessionsOf(api.staff.caseworker.id)).toHaveLength(0);
    expect(await errorOf(caseworker.caller.citizens.list({}))).toMatchObject({ code: 'UNAUTHORIZED', message: 'auth.unauthenticated' });
  });

  test('a deactivated member hears so only after the right password; reactivated, they log in again', async () => {
    const login = (password: string) => api.client().caller.auth.login({ username: 'caseworker', password });
    const admin = await api.as('admin');
    await admin.staff.deactivate({ id: api.staff.caseworker.id });
    expect(await errorOf(login('a wrong guess here'))).toMatchObject({ code: 'UNAUTHORIZED', message: 'auth.invalidCredentials' });
    expect(await errorOf(login(testPassword))).toMatchObject({ code: 'UNAUTHORIZED', message: 'auth.deactivated' });

    await admin.staff.reactivate({ id: api.staff.caseworker.id });
    expect(await login(testPassword)).toMatchObject({ id: api.staff.caseworker.id });
  });
});

describe('the last active admin', () => {
  test('can be neither deactivated nor given another role', async () => {
    const admin = await api.as('admin');
    const id = api.staff.admin.id;
    expect(await errorOf(admin.staff.deactivate({ id }))).toMatchObject({ code: 'CONFLICT', message: 'staff.lastAdmin' });
    const demote = () => admin.staff.update({ id, data: { displayName: 'Test admin', role: 'supervisor', email: '' } });
    expect(await errorOf(demote())).toMatchObject({ code: 'CONFLICT', message: 'staff.lastAdmin' });
    expect(await admin.staff.get({ id })).toMatchObject({ role: 'admin', active: true });
  });

  test('can step down once another admin is active; a deactivated admin does not count', async () => {
    const admin = await api.as('admin');
    const { id: second } = await admin.staff.create({ username: 'admin2', displayName: 'Second admin', role: 'admin', email: '' });
    await admin.staff.deactivate({ id: second });
    expect(await errorOf(admin.staff.deactivate({ id: api.staff.admin.id }))).toMatchObject({ message: 'staff.lastAdmin' });

    await admin.staff.reactivate({ id: second });
    await admin.staff.update({ id: api.staff.admin.id, data: { displayName: 'Test admin', role: 'supervisor', email: '' } });
    // No longer an admin: this session's next admin request is refused.
    expect((await errorOf(admin.staff.get({ id: second }))).code).toBe('FORBIDDEN');
  });
});

describe('the audit log', () => {
  test('holds every change with the changed fields before and after', async () => {
    const admin = await api.as('admin');
    const { id } = await admin.staff.create({ username: 'kim', displayName: 'Kim Lund', role: 'caseworker', email: '' });
    await admin.staff.update({ id, data: { displayName: 'Kim Lund Madsen', role: 'supervisor', email: '' } });
    await admin.staff.deactivate({ id });
    await admin.staff.reactivate({ id });

    const entries = auditOf(id).map((a) => [a.action, a.staffId, a.details]);
    expect(entries).toEqual([
      ['staff.create', api.staff.admin.id, { after: { username: 'kim', displayName: 'Kim Lund', role: 'caseworker', email: null } }],
      ['staff.update', api.staff.admin.id, { before: { displayName: 'Kim Lund', role: 'caseworker' }, after: { displayName: 'Kim Lund Madsen', role: 'supervisor' } }],
      ['staff.deactivate', api.staff.admin.id, { before: { active: true }, after: { active: false }, sessionsEnded: 0 }],
      ['staff.reactivate', api.staff.admin.id, { before: { active: false }, after: { active: true } }],
    ]);
  });

  test('never holds a password, a one-time password or a hash', async () => {
    const { id, oneTimePassword, caller } = await api.newColleague('caseworker');
    await caller.auth.changePassword({ currentPassword: oneTimePassword, newPassword: chosenPassword });
    const { oneTimePassword: second } = await (await api.as('admin')).staff.resetPassword({ id });

    const log = JSON.stringify(api.db.select().from(schema.auditLog).all());
    expect(auditOf(id).map((a) => a.action)).toEqual(['staff.create', 'auth.login', 'auth.changePassword', 'staff.resetPassword']);
    for (const secret of [oneTimePassword, second, chosenPassword, 'scrypt$']) expect(log).not.toContain(secret);
  });
});

describe('a password reset', () => {
  test('replaces the old password with a one-time one, ends the sessions opened with the old one, and is shown once', async () => {
    const caseworker = api.client();
    await caseworker.caller.auth.login({ username: 'caseworker', password: testPassword });
    const admin = await api.as('admin');
    const { oneTimePassword } = await admin.staff.resetPassword({ id: api.staff.caseworker.id });

    expect((await errorOf(caseworker.caller.citizens.list({}))).code).toBe('UNAUTHORIZED');
    const login = (password: string) => api.client().caller.auth.login({ username: 'caseworker', password });
    expect(await errorOf(login(testPassword))).toMatchObject({ message: 'auth.invalidCredentials' });
    expect(await login(oneTimePassword)).toMatchObject({ passwordChangeDue: true });
    expect(JSON.stringify(await admin.staff.get({ id: api.staff.caseworker.id }))).not.toContain(oneTimePassword);
  });
});

describe('the staff list', () => {
  test("an admin's search finds username and e-mail; a colleague's search finds names only", async () => {
    const admin = await api.as('admin');
    await admin.staff.create({ username: 'xyz1', displayName: 'Mette Holm', role: 'caseworker', email: 'mh@kommune.dk' });
    const search = (q: string): RouterInputs['staff']['list'] => ({ filters: [{ field: 'q', operator: 'contains', value: q }] });
    const names = (list: { data: { displayName: string }[] }) => list.data.map((s) => s.displayName);

    expect(names(await admin.staff.list(search('xyz')))).toEqual(['Mette Holm']);
    expect(names(await admin.staff.list(search('kommune.dk')))).toEqual(['Mette Holm']);
    const caseworker = await api.as('caseworker');
    expect(names(await caseworker.staff.list(search('xyz')))).toEqual([]);
    expect(names(await caseworker.staff.list(search('holm')))).toEqual(['Mette Holm']);
  });

  test('filters by role and by active', async () => {
    const admin = await api.as('admin');
    await admin.staff.deactivate({ id: api.staff.caseworker.id });
    const list = await admin.staff.list({ filters: [{ field: 'active', operator: 'eq', value: false }] });
    expect(list).toEqual({ data: [expect.objectContaining({ id: api.staff.caseworker.id, active: false })], total: 1 });
  });
});

test('the session cookie of a deactivated member stays dead after reactivation', async () => {
  const caseworker = api.client();
  await caseworker.caller.auth.login({ username: 'caseworker', password: testPassword });
  const token = caseworker.cookies.get(sessionCookie)!;
  const admin = await api.as('admin');
  await admin.staff.deactivate({ id: api.staff.caseworker.id });
  await admin.staff.reactivate({ id: api.staff.caseworker.id });
  caseworker.cookies.set(sessionCookie, token, 60);
  expect(await caseworker.caller.auth.me()).toBeNull();
});
