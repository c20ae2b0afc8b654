import { customAlphabet } from 'nanoid';
import {
  codeAlphabet,
  formatOneTimePassword,
  normalizeOneTimePassword,
  oneTimePasswordExpiry,
  oneTimePasswordLength,
  passwordProblem,
  policy,
  type TPasswordChange,
  type TStaffCreate,
  type TStaffData,
  type TStaffListInput,
  type TStaffUpdate,
} from '@skranke/domain';
import {
  appendAudit,
  auditTrail,
  countActiveAdmins,
  deleteSessionsOfStaff,
  findStaffAccount,
  findStaffByUsername,
  findStaffCredentials,
  hashSecret,
  insertStaff,
  listStaff,
  updateStaff,
  verifySecret,
  type Db,
  type Queryable,
  type StaffAccount,
  type StaffMember,
} from '@skranke/db';
import { beginLoginAttempt, loginSucceeded } from '../auth/loginThrottle.js';
import { endOtherSessions } from '../auth/sessions.js';
import { appError, orNotFound } from '../errors.js';

/** [policy] nanoid draws from the platform's cryptographically secure generator, without modulo bias. */
const drawSymbols = customAlphabet(codeAlphabet, oneTimePasswordLength);

/** A new one-time password, its hash (the only thing stored) and when it stops working. */
async function makeOneTimePassword(now: Date) {
  const oneTimePassword = formatOneTimePassword(drawSymbols());
  return { oneTimePassword, passwordHash: await hashSecret(oneTimePassword), expiresAt: oneTimePasswordExpiry(now) };
}

/** [policy] Someone must be left to manage the accounts: the last active admin keeps the role and stays active. */
function keepAnAdmin(db: Queryable, member: StaffAccount): void {
  if (member.role === 'admin' && member.active && countActiveAdmins(db) <= 1) throw appError('CONFLICT', 'staff.lastAdmin');
}

function usernameMustBeFree(db: Queryable, username: string): void {
  if (findStaffByUsername(db, username)) throw appError('CONFLICT', 'staff.usernameTaken', { field: 'username', params: { username } });
}

/** Admins see accounts whole; everyone else sees colleagues by name and role only. */
export function listStaffMembers(db: Queryable, actor: StaffMember, input: TStaffListInput) {
  return listStaff(db, input, actor.role === 'admin' ? 'admin' : 'colleague');
}

export function readStaffMember(db: Queryable, id: number) {
  const member = orNotFound(findStaffAccount(db, id));
  const history = auditTrail(db, 'staff', id).filter((entry) => entry.action.startsWith('staff.'));
  return { ...member, history };
}

/** A new account with a one-time password, returned this once: the next login must replace it. */
export async function createStaffMember(db: Db, actor: StaffMember, input: TStaffCreate, now: Date) {
  // Hashing takes tens of milliseconds: checked before, and again inside the write, so no one waits on the lock.
  usernameMustBeFree(db, input.username);
  const { oneTimePassword, passwordHash, expiresAt } = await makeOneTimePassword(now);
  return db.transaction((tx) => {
    usernameMustBeFree(tx, input.username);
    const member = insertStaff(tx, { ...input, passwordHash, passwordChangeDue: true, oneTimePasswordExpiresAt: expiresAt });
    const after = { username: input.username, displayName: input.displayName, role: input.role, email: input.email };
    appendAudit(tx, { staffId: actor.id, action: 'staff.create', entity: 'staff', entityId: member.id, details: { after } }, now);
    return { id: member.id, oneTimePassword };
  });
}

/** Name, role and e-mail; the audit entry holds the changed fields before and after. */
export function updateStaffMember(db: Db, actor: StaffMember, input: TStaffUpdate, now: Date) {
  return db.transaction((tx) => {
    const member = orNotFound(findStaffAccount(tx, input.id));
    if (input.data.role !== 'admin') keepAnAdmin(tx, member);
    const changed = (Object.keys(input.data) as (keyof TStaffData)[]).filter((field) => input.data[field] !== member[field]);
    if (changed.length === 0) return { id: member.id };
    const before = Object.fromEntries(changed.map((field) => [field, member[field]]));
    const after: Partial<TStaffData> = Object.fromEntries(changed.map((field) => [field, input.data[field]]));
    updateStaff(tx, member.id, after);
    appendAudit(tx, { staffId: actor.id, action: 'staff.update', entity: 'staff', entityId: member.id, details: { before, after } }, now);
    return { id: member.id };
  });
}

/** Deactivated, and logged out everywhere at once: every session of theirs ends in the same transaction. */
export function deactivateStaffMember(db: Db, actor: StaffMember, id: number, now: Date) {
  return db.transaction((tx) => {
    const member = orNotFound(findStaffAccount(tx, id));
    if (!member.active) return { id };
    keepAnAdmin(tx, member);
    updateStaff(tx, id, { active: false });
    const sessionsEnded = deleteSessionsOfStaff(tx, id);
    const details = { before: { active: true }, after: { active: false }, sessionsEnded };
    appendAudit(tx, { staffId: actor.id, action: 'staff.deactivate', entity: 'staff', entityId: id, details }, now);
    return { id };
  });
}

export function reactivateStaffMember(db: Db, actor: StaffMember, id: number, now: Date) {
  return db.transaction((tx) => {
    const member = orNotFound(findStaffAccount(tx, id));
    if (member.active) return { id };
    updateStaff(tx, id, { active: true });
    const details = { before: { active: false }, after: { active: true } };
    appendAudit(tx, { staffId: actor.id, action: 'staff.reactivate', entity: 'staff', entityId: id, details }, now);
    return { id };
  });
}

/**
 * A new one-time password in place of the old password, returned this once. The old password may be known to
 * someone else (that is why one asks for a reset): it stops working, and so does every session opened with it.
 */
export async function resetStaffPassword(db: Db, actor: StaffMember, id: number, now: Date) {
  orNotFound(findStaffAccount(db, id));
  const { oneTimePassword, passwordHash, expiresAt } = await makeOneTimePassword(now);
  return db.transaction((tx) => {
    const member = orNotFound(findStaffAccount(tx, id));
    updateStaff(tx, id, { passwordHash, passwordChangeDue: true, oneTimePasswordExpiresAt: expiresAt });
    const sessionsEnded = deleteSessionsOfStaff(tx, id);
    const details = {
      before: { passwordChangeDue: member.passwordChangeDue },
      after: { passwordChangeDue: true, oneTimePasswordExpiresAt: expiresAt.toISOString() },
      sessionsEnded,
    };
    appendAudit(tx, { staffId: actor.id, action: 'staff.resetPassword', entity: 'staff', entityId: id, details }, now);
    return { oneTimePassword };
  });
}

/**
 * The staff member's own new password, the current one typed again. The session it is changed from stays; any
 * other (a browser left logged in elsewhere) ends, so a password someone else knew opens nothing any more.
 * A wrong current password counts as a failed login to the account: an unattended session is no way around the
 * login's limits to guess it.
 */
export async function changeOwnPassword(
  db: Db,
  actor: StaffMember,
  input: TPasswordChange,
  session: { token: string | undefined; address: string },
  now: Date,
) {
  const stored = orNotFound(findStaffCredentials(db, actor.id));
  const current = stored.passwordChangeDue ? normalizeOneTimePassword(input.currentPassword) : input.currentPassword;
  // The new password's own faults first: they tell nothing about the current one, and cost no try at it.
  if (input.newPassword === input.currentPassword || input.newPassword === current) {
    throw appError('BAD_REQUEST', 'password.unchanged', { field: 'newPassword' });
  }
  const problem = passwordProblem(input.newPassword, actor);
  if (problem) throw appError('BAD_REQUEST', problem, { field: 'newPassword', params: { minimum: policy.passwordMinimumLength } });
  const attempt = { username: actor.username, staffId: actor.id, address: session.address };
  const { waitSeconds } = beginLoginAttempt(db, attempt, now);
  if (waitSeconds > 0) throw appError('TOO_MANY_REQUESTS', 'auth.rateLimited', { params: { seconds: waitSeconds } });
  if (!(await verifySecret(current, stored.passwordHash))) throw appError('BAD_REQUEST', 'auth.currentPasswordWrong', { field: 'currentPassword' });
  loginSucceeded(db, attempt);
  const passwordHash = await hashSecret(input.newPassword);
  db.transaction((tx) => {
    updateStaff(tx, actor.id, { passwordHash, passwordChangeDue: false, oneTimePasswordExpiresAt: null });
    const sessionsEnded = endOtherSessions(tx, actor.id, session.token);
    appendAudit(tx, { staffId: actor.id, action: 'auth.changePassword', entity: 'staff', entityId: actor.id, details: { sessionsEnded } }, now);
  });
  return { ok: true as const };
}
