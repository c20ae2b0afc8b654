import type { CodeRevocationCause } from '@skranke/domain';
import { activeCodes, appendAudit, updateCode, type Queryable } from '@skranke/db';

/** Revokes every active code of the citizen; used when a new code replaces them and when a block is taken. */
export function revokeActiveCodes(tx: Queryable, citizenId: number, cause: CodeRevocationCause, staffId: number, now: Date): number[] {
  const revoked = activeCodes(tx, citizenId, now).map((code) => code.id);
  for (const id of revoked) {
    updateCode(tx, id, { status: 'revoked', revokedAt: now, revokedBy: staffId, revocationCause: cause });
    appendAudit(tx, { staffId, action: 'code.revoke', entity: 'code', entityId: id, details: { citizenId, cause } }, now);
  }
  return revoked;
}
