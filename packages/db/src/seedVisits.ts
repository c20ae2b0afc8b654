import type { Faker } from '@faker-js/faker';
import {
  addDays,
  assessVisit,
  mitIdServices,
  todayIso,
  translate,
  ZVisitEvidence,
  type TVisitEvidenceInput,
} from '@skranke/domain';
import type { Queryable } from './client.js';
import { closeVisit, insertVisit, recordVisitEvidence, upsertWitness } from './queries/visits.js';
import type { CitizenRow } from './schema.js';

/** Evidence as it turns up at a real counter: mostly fine, now and then an expired licence or a too-new witness. */
function demoEvidence(f: Faker, today: string, witnessCprs: string[]): TVisitEvidenceInput {
  const roll = f.number.float();
  const expiresOn = addDays(today, f.number.int({ min: -60, max: 3000 }));
  if (roll < 0.7) {
    const documents =
      f.number.float() < 0.8
        ? [{ kind: 'danishDrivingLicence' as const, expiresOn }]
        : [
            { kind: 'foreignPassport' as const, expiresOn },
            f.number.float() < 0.5 ? { kind: 'healthCard' as const } : { kind: 'residenceCertificate' as const, expiresOn: addDays(today, 700) },
          ];
    return { method: 'documents', targetLevel: f.number.float() < 0.85 ? 'BETYDELIG' : 'HØJ', documents };
  }
  const legitimation = [{ kind: 'healthCard' as const }];
  if (roll < 0.9) {
    const asked = f.number.int({ min: 3, max: 4 });
    return { method: 'cprQuestions', targetLevel: 'BETYDELIG', documents: legitimation, cprQuestions: { asked, correct: f.number.float() < 0.9 ? asked : asked - 1 } };
  }
  return {
    method: 'witness',
    targetLevel: 'BETYDELIG',
    documents: legitimation,
    witness: {
      cpr: f.helpers.arrayElement(witnessCprs),
      name: f.person.fullName(),
      mitIdSince: addDays(today, -f.number.int({ min: 3, max: 900 })),
      photoIdSeen: true,
    },
  };
}

/**
 * About a month of counter history for the demo: visits opened, then verified or refused by the same rule
 * engine the API uses, through the same queries, so the demo data obeys the rules it shows.
 */
export function seedDemoVisits(db: Queryable, f: Faker, now: Date, citizens: CitizenRow[], caseworkerIds: number[]): void {
  const witnessCprs = citizens.slice(0, 30).map((c) => c.cpr);
  const witnessings = new Map<string, number>();
  for (const citizen of citizens.slice(30, 170)) {
    const daysAgo = f.number.int({ min: 0, max: 30 });
    const startedAt = new Date(now.getTime() - daysAgo * 86_400_000 - f.number.int({ min: 0, max: 6 * 3_600_000 }));
    const day = todayIso(startedAt);
    const service = f.helpers.weightedArrayElement([
      { weight: 6, value: 'newMitId' as const },
      { weight: 1, value: f.helpers.arrayElement(mitIdServices) },
    ]);
    const visit = insertVisit(db, { citizenId: citizen.id, caseworkerId: f.helpers.arrayElement(caseworkerIds), service, startedAt, day });
    const closedAt = new Date(startedAt.getTime() + f.number.int({ min: 3, max: 20 }) * 60_000);
    if (f.number.float() < 0.04) {
      closeVisit(db, visit.id, { outcome: 'aborted', closedAt });
      continue;
    }
    const evidence = ZVisitEvidence.parse(demoEvidence(f, day, witnessCprs));
    const witnessCpr = evidence.witness?.cpr;
    const assessment = assessVisit(evidence, {
      today: day,
      service,
      citizen,
      witnessRecentWitnessings: witnessCpr ? (witnessings.get(witnessCpr) ?? 0) : 0,
    });
    recordVisitEvidence(db, visit.id, evidence, evidence.witness ? upsertWitness(db, evidence.witness) : null);
    if (assessment.verified) {
      if (witnessCpr) witnessings.set(witnessCpr, (witnessings.get(witnessCpr) ?? 0) + 1);
      closeVisit(db, visit.id, { outcome: 'verified', level: assessment.level, closedAt });
    } else {
      const brokenRules = assessment.violations;
      const refusalReason = assessment.violations.map((v) => translate(v.code, 'da', v.params)).join(' ');
      closeVisit(db, visit.id, { outcome: 'refused', refusalReason, brokenRules, closedAt });
    }
  }
}
