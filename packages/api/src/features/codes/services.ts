import { customAlphabet } from 'nanoid';
import type { z } from 'zod';
import {
  afterWrongEntry,
  codeAlphabet,
  codeExpiresAt,
  codeIssueProblem,
  codeLength,
  codeStatus,
  formatCode,
  maskCpr,
  policy,
  todayIso,
  type CodeRevocationCause,
  type TCodeIssue,
  type ZCodeRedemption,
  type ZCodeRevocation,
} from '@skranke/domain';
import {
  activeCodes,
  appendAudit,
  citizenBlocks,
  findCitizen,
  findCode,
  findStaffById,
  findVisit,
  hashSecret,
  insertCode,
  toCodeItem,
  updateCode,
  verifySecret,
  type Db,
  type Queryable,
  type StaffMember,
  type TemporaryCodeRow,
  type VisitRow,
} from '@skranke/db';
import { appError, orNotFound } from '../../errors.js';

/** [policy] nanoid draws from the platform's cryptographically secure generator, without modulo bias. */
const generateCode = customAlphabet(codeAlphabet, codeLength);

function mustBeActive(code: TemporaryCodeRow, now: Date): void {
  const status = codeStatus(code.status, code.expiresAt, now);
  if (status !== 'issued') throw appError('CONFLICT', 'code.notActive', { params: { status: `code.status.${status}` } });
}

/** The visit a code is issued from, once the rules allow it (a verified credential visit of today, no block since). */
function issuableVisit(db: Queryable, input: TCodeIssue, now: Date): VisitRow {
  const visit = findVisit(db, input.visitId)?.visit;
  if (!visit) throw appError('BAD_REQUEST', 'code.visitNotVerifiedToday', { field: 'visitId' });
  const problem = codeIssueProblem({ kind: input.kind, now, visit, blocks: citizenBlocks(db, visit.citizenId) }, policy);
  if (problem) throw appError('BAD_REQUEST', problem.key, { params: problem.params, field: problem.key.startsWith('code.nemId') ? 'kind' : 'visitId' });
  return visit;
}

/** Revokes every active code of the citizen; used when a new code replaces them and when a block is taken. */
export function revokeActiveCodes(tx: Queryable, citizenId: number, cause: CodeRevocationCause, staffId: number, now: Date): number[] {
  const revoked = activeCodes(tx, citizenId, now).map((code) => code.id);
  for (const id of revoked) {
    updateCode(tx, id, { status: 'revoked', revokedAt: now, revokedBy: staffId, revocationCause: cause });
    appendAudit(tx, { staffId, action: 'code.revoke', entity: 'code', entityId: id, details: { citizenId, cause } }, now);
  }
  return revoked;
}

export function readCode(db: Queryable, actor: StaffMember, id: number, now: Date) {
  const code = orNotFound(findCode(db, id));
  const citizen = findCitizen(db, code.citizenId)!;
  appendAudit(db, { staffId: actor.id, action: 'code.read', entity: 'code', entityId: code.id, details: { citizenId: citizen.id } }, now);
  return {
    ...toCodeItem(code, now),
    citizenName: citizen.name,
    citizenCprMasked: maskCpr(citizen.cpr),
    issuedByName: findStaffById(db, code.issuedBy)?.displayName ?? null,
    revokedByName: code.revokedBy ? (findStaffById(db, code.revokedBy)?.displayName ?? null) : null,
  };
}

/** The only response that ever carries a code: it is shown once and printed, then only its hash remains. */
export async function issueCode(db: Db, actor: StaffMember, input: TCodeIssue, now: Date) {
  const today = todayIso(now);
  const visit = issuableVisit(db, input, now);
  const code = generateCode();
  const codeHash = await hashSecret(code);
  return db.transaction((tx) => {
    issuableVisit(tx, input, now); // a block may have been taken while the hash was computed
    // [policy] One active code per citizen: the new one replaces any other, and the reason is recorded.
    const replaced = revokeActiveCodes(tx, visit.citizenId, 'replaced', actor.id, now);
    const row = insertCode(tx, {
      citizenId: visit.citizenId,
      visitId: visit.id,
      kind: input.kind,
      codeHash,
      issuedAt: now,
      day: today,
      issuedBy: actor.id,
      expiresAt: codeExpiresAt(now, policy),
    });
    appendAudit(tx, { staffId: actor.id, action: 'code.issue', entity: 'code', entityId: row.id, details: { citizenId: visit.citizenId, visitId: visit.id, kind: input.kind, replaced } }, now);
    const citizen = findCitizen(tx, visit.citizenId)!;
    return {
      id: row.id,
      code: formatCode(code),
      kind: row.kind,
      issuedAt: row.issuedAt,
      expiresAt: row.expiresAt,
      citizenName: citizen.name,
      citizenCprMasked: maskCpr(citizen.cpr),
      replacedCount: replaced.length,
    };
  });
}

export function revokeCode(db: Db, actor: StaffMember, input: z.output<typeof ZCodeRevocation>, now: Date) {
  return db.transaction((tx) => {
    const code = orNotFound(findCode(tx, input.id));
    mustBeActive(code, now);
    updateCode(tx, code.id, { status: 'revoked', revokedAt: now, revokedBy: actor.id, revocationCause: 'manual', revocationReason: input.reason });
    appendAudit(tx, { staffId: actor.id, action: 'code.revoke', entity: 'code', entityId: code.id, details: { citizenId: code.citizenId, cause: 'manual' } }, now);
    return { id: code.id };
  });
}

/**
 * Records the citizen entering the code. [pub] Three wrong entries block it. The comparison is scrypt over the
 * entry and a constant-time compare of the derived keys; wrong entries are counted even though the call fails.
 */
export async function redeemCode(db: Db, actor: StaffMember, input: z.output<typeof ZCodeRedemption>, now: Date) {
  const entered = orNotFound(findCode(db, input.id));
  mustBeActive(entered, now);
  const matches = await verifySecret(input.code, entered.codeHash);
  const result = db.transaction((tx) => {
    const code = orNotFound(findCode(tx, input.id));
    mustBeActive(code, now); // another entry may have used or blocked it while the hash was computed
    const audit = { staffId: actor.id, entity: 'code', entityId: code.id } as const;
    if (matches) {
      updateCode(tx, code.id, { status: 'used', usedAt: now });
      appendAudit(tx, { ...audit, action: 'code.redeem', details: { citizenId: code.citizenId } }, now);
      return { used: true, failedAttempts: code.failedAttempts, blocked: false } as const;
    }
    const next = afterWrongEntry(code.failedAttempts, policy);
    updateCode(tx, code.id, { failedAttempts: next.failedAttempts, ...(next.blocked ? { status: 'blocked', blockedAt: now } : {}) });
    appendAudit(tx, { ...audit, action: next.blocked ? 'code.block' : 'code.wrongEntry', details: { citizenId: code.citizenId, failedAttempts: next.failedAttempts } }, now);
    return { used: false, ...next } as const;
  });
  if (result.used) return { id: input.id, status: 'used' as const };
  if (result.blocked) throw appError('BAD_REQUEST', 'code.blockedNow', { field: 'code', params: { attempts: result.failedAttempts } });
  throw appError('BAD_REQUEST', 'code.wrong', { field: 'code', params: { left: policy.codeMaxWrongEntries - result.failedAttempts } });
}
