import type { Faker } from '@faker-js/faker';
import { addDays, todayIso, ZExemptionInput } from '@skranke/domain';
import type { Queryable } from '../client.js';
import { insertExemption, listExemptionGrounds, updateExemption } from '../queries/exemptions.js';
import { insertReadAccess, updateReadAccess } from '../queries/readAccess.js';
import type { CitizenRow } from '../schema.js';

/**
 * Six weeks of Digital Post exemption requests (some still waiting for the supervisor, of different ages) and
 * a few read accesses, so the queue and the reports have something to show.
 */
export function seedDemoExemptions(db: Queryable, f: Faker, now: Date, citizens: CitizenRow[], caseworkerId: number, supervisorId: number): void {
  const grounds = listExemptionGrounds(db, true);
  for (const citizen of citizens.slice(0, 16)) {
    const requestedAt = new Date(now.getTime() - f.number.int({ min: 0, max: 42 }) * 86_400_000 - f.number.int({ min: 0, max: 6 * 3_600_000 }));
    const capacity = f.helpers.weightedArrayElement([
      { weight: 5, value: 'self' as const },
      { weight: 1, value: 'relative' as const },
      { weight: 1, value: 'powerOfAttorney' as const },
    ]);
    const data = ZExemptionInput.parse({
      citizenId: citizen.id,
      capacity,
      applicantName: capacity === 'self' ? null : f.person.fullName(),
      idSeen: true,
      declarationReceived: capacity === 'self',
      groundId: f.number.float() < 0.6 ? f.helpers.arrayElement(grounds).id : null,
    });
    const exemption = insertExemption(db, data, caseworkerId, requestedAt);
    if (now.getTime() - requestedAt.getTime() < 5 * 86_400_000 || f.number.float() < 0.3) continue; // still in the queue
    const decidedAt = new Date(requestedAt.getTime() + f.number.int({ min: 1, max: 4 }) * 86_400_000);
    const granted = f.number.float() < 0.8;
    updateExemption(db, exemption.id, { status: granted ? 'granted' : 'refused', decidedAt, decidedBy: supervisorId, decisionReason: granted ? 'Betingelserne for fritagelse er opfyldt.' : 'Borgeren kan selv bruge Digital Post med hjælp fra familien.' }, decidedAt);
  }

  const today = todayIso(now);
  for (const citizen of citizens.slice(16, 22)) {
    const createdAt = new Date(now.getTime() - f.number.int({ min: 1, max: 60 }) * 86_400_000);
    const access = insertReadAccess(
      db,
      { citizenId: citizen.id, receiverCpr: `0101${f.string.numeric(2)}${f.helpers.arrayElement(['0', '1', '2', '3'])}${f.string.numeric(3)}`, receiverName: f.person.fullName(), rights: f.helpers.arrayElement(['read', 'readWrite'] as const), endsOn: addDays(today, f.number.int({ min: -20, max: 365 })), visitId: null, powerOfAttorney: true },
      caseworkerId,
      createdAt,
    );
    if (f.number.float() < 0.8) updateReadAccess(db, access.id, { status: 'active', activatedAt: createdAt });
  }
}
