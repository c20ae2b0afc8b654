import { todayIso } from '@skranke/domain';
import { appendAudit, closeVisit, staleOpenVisits, type Db } from '@skranke/db';

/**
 * Closes as aborted every visit left open from an earlier counter day (a page closed, a browser crashed), so no
 * visit stays open for ever. Run at start-up and at midnight; each closing is audited, by the system (no staff).
 */
export function abortStaleVisits(db: Db, now: Date): number {
  return db.transaction((tx) => {
    const stale = staleOpenVisits(tx, todayIso(now));
    for (const visit of stale) {
      closeVisit(tx, visit.id, { outcome: 'aborted', closedAt: now });
      appendAudit(tx, { staffId: null, action: 'visit.abort', entity: 'visit', entityId: visit.id, details: { citizenId: visit.citizenId, stale: true } }, now);
    }
    return stale.length;
  });
}
