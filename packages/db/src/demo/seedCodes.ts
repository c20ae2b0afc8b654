import type { Faker } from '@faker-js/faker';
import { codeExpiresAt, policy, todayIso, ZBlockInput } from '@skranke/domain';
import { and, eq, inArray } from 'drizzle-orm';
import type { Queryable } from '../client.js';
import { activeCodes, insertCode, updateCode } from '../queries/codes.js';
import { insertBlock } from '../queries/blocks.js';
import { visits, type CitizenRow } from '../schema.js';

/**
 * Codes from the demo month's verified MitID visits, in every state the rules allow, and a few blocking requests
 * that revoke the codes they find. `codeHash` is one random secret's hash: demo codes are never shown, so
 * seeding costs no scrypt time per code.
 */
export function seedDemoCodes(db: Queryable, f: Faker, now: Date, codeHash: string, citizens: CitizenRow[], caseworkerId: number): void {
  const codeVisits = db
    .select()
    .from(visits)
    .where(and(eq(visits.outcome, 'verified'), inArray(visits.service, ['newMitId', 'activationCode', 'temporaryCode'])))
    .orderBy(visits.startedAt)
    .all();
  for (const visit of codeVisits) {
    const issuedAt = new Date(visit.closedAt!.getTime() - 60_000);
    const code = insertCode(db, {
      citizenId: visit.citizenId,
      visitId: visit.id,
      kind: 'mitIdActivation',
      codeHash,
      issuedAt,
      day: visit.day,
      issuedBy: visit.caseworkerId,
      expiresAt: codeExpiresAt(issuedAt, policy),
    });
    const roll = f.number.float();
    // Most citizens activate within the hour; some never do (expired); a few mistype three times.
    if (roll < 0.7) updateCode(db, code.id, { status: 'used', usedAt: new Date(Math.min(now.getTime(), issuedAt.getTime() + f.number.int({ min: 5, max: 600 }) * 60_000)) });
    else if (roll < 0.75) updateCode(db, code.id, { status: 'blocked', failedAttempts: policy.codeMaxWrongEntries, blockedAt: new Date(issuedAt.getTime() + 3_600_000) });
    else if (roll < 0.8) updateCode(db, code.id, { status: 'revoked', revokedAt: new Date(issuedAt.getTime() + 600_000), revokedBy: visit.caseworkerId, revocationCause: 'manual', revocationReason: 'Borgeren mistede sedlen.' });
  }

  for (const citizen of citizens.slice(195, 200)) {
    const createdAt = new Date(now.getTime() - f.number.int({ min: 0, max: 20 }) * 86_400_000);
    const data = ZBlockInput.parse({
      citizenId: citizen.id,
      misuse: f.helpers.arrayElement(['lostOrStolen', 'phishing', 'unknownActivity'] as const),
      description: 'Borgeren har fået besked om et login, borgeren ikke selv har foretaget.',
      reportedOn: todayIso(createdAt),
      credential: 'mitId',
      credentialLevel: 'BETYDELIG',
      route: f.helpers.arrayElement(['mitIdApp', 'mitIdWeb', 'mitIdSupport'] as const),
      blockConfirmed: true,
      policeReport: f.helpers.arrayElement(['notAdvised', 'advised', 'made'] as const),
    });
    const revoked = activeCodes(db, citizen.id, createdAt);
    for (const code of revoked) updateCode(db, code.id, { status: 'revoked', revokedAt: createdAt, revokedBy: caseworkerId, revocationCause: 'blockRequest' });
    insertBlock(db, data, revoked.length, caseworkerId, createdAt);
  }
}
