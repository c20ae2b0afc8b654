import { customAlphabet } from 'nanoid';
import {
  ZCodeIssue,
  ZCodeListInput,
  ZCodeRedemption,
  ZCodeRevocation,
  ZId,
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
  type TCodeIssue,
} from '@skranke/domain';
import {
  appendAudit,
  citizenBlocks,
  findCitizen,
  findCode,
  findStaffById,
  findVisit,
  hashSecret,
  insertCode,
  listCodes,
  toCodeItem,
  updateCode,
  verifySecret,
  type Queryable,
  type TemporaryCodeRow,
  type VisitRow,
} from '@skranke/db';
import { appError } from '../../errors.js';
import { counterProcedure, router } from '../../trpc.js';
import { revokeActiveCodes } from './services.js';

/** [policy] nanoid draws from the platform's cryptographically secure generator, without modulo bias. */
const generateCode = customAlphabet(codeAlphabet, codeLength);

function existingCode(db: Queryable, id: number): TemporaryCodeRow {
  const code = findCode(db, id);
  if (!code) throw appError('NOT_FOUND', 'error.notFound');
  return code;
}

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

export const codesRouter = router({
  list: counterProcedure.input(ZCodeListInput).query(({ ctx, input }) => listCodes(ctx.db, input, ctx.now())),

  get: counterProcedure.input(ZId).query(({ ctx, input }) => {
    const now = ctx.now();
    const code = existingCode(ctx.db, input.id);
    const citizen = findCitizen(ctx.db, code.citizenId)!;
    appendAudit(ctx.db, { staffId: ctx.staff.id, action: 'code.read', entity: 'code', entityId: code.id, details: { citizenId: citizen.id } }, now);
    return {
      ...toCodeItem(code, now),
      citizenName: citizen.name,
      citizenCprMasked: maskCpr(citizen.cpr),
      issuedByName: findStaffById(ctx.db, code.issuedBy)?.displayName ?? null,
      revokedByName: code.revokedBy ? (findStaffById(ctx.db, code.revokedBy)?.displayName ?? null) : null,
    };
  }),

  /** The only response that ever carries a code: it is shown once and printed, then only its hash remains. */
  issue: counterProcedure.input(ZCodeIssue).mutation(async ({ ctx, input }) => {
    const now = ctx.now();
    const today = todayIso(now);
    const visit = issuableVisit(ctx.db, input, now);
    const code = generateCode();
    const codeHash = await hashSecret(code);
    return ctx.db.transaction((tx) => {
      issuableVisit(tx, input, now); // a block may have been taken while the hash was computed
      // [policy] One active code per citizen: the new one replaces any other, and the reason is recorded.
      const replaced = revokeActiveCodes(tx, visit.citizenId, 'replaced', ctx.staff.id, now);
      const row = insertCode(tx, {
        citizenId: visit.citizenId,
        visitId: visit.id,
        kind: input.kind,
        codeHash,
        issuedAt: now,
        day: today,
        issuedBy: ctx.staff.id,
        expiresAt: codeExpiresAt(now, policy),
      });
      appendAudit(tx, { staffId: ctx.staff.id, action: 'code.issue', entity: 'code', entityId: row.id, details: { citizenId: visit.citizenId, visitId: visit.id, kind: input.kind, replaced } }, now);
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
  }),

  revoke: counterProcedure.input(ZCodeRevocation).mutation(({ ctx, input }) => {
    const now = ctx.now();
    return ctx.db.transaction((tx) => {
      const code = existingCode(tx, input.id);
      mustBeActive(code, now);
      updateCode(tx, code.id, { status: 'revoked', revokedAt: now, revokedBy: ctx.staff.id, revocationCause: 'manual', revocationReason: input.reason });
      appendAudit(tx, { staffId: ctx.staff.id, action: 'code.revoke', entity: 'code', entityId: code.id, details: { citizenId: code.citizenId, cause: 'manual' } }, now);
      return { id: code.id };
    });
  }),

  /**
   * Records the citizen entering the code. [pub] Three wrong entries block it. The comparison is scrypt over the
   * entry and a constant-time compare of the derived keys; wrong entries are counted even though the call fails.
   */
  redeem: counterProcedure.input(ZCodeRedemption).mutation(async ({ ctx, input }) => {
    const entered = existingCode(ctx.db, input.id);
    mustBeActive(entered, ctx.now());
    const matches = await verifySecret(input.code, entered.codeHash);
    const now = ctx.now();
    const result = ctx.db.transaction((tx) => {
      const code = existingCode(tx, input.id);
      mustBeActive(code, now); // another entry may have used or blocked it while the hash was computed
      const audit = { staffId: ctx.staff.id, entity: 'code', entityId: code.id } as const;
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
  }),
});
