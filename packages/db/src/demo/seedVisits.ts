import type { Faker } from '@faker-js/faker';
import {
  addDays,
  assessVisit,
  isCredentialService,
  mitIdServices,
  startOfDay,
  todayIso,
  translate,
  ZVisitEvidence,
  type TVisitEvidenceInput,
  type VisitService,
} from '@skranke/domain';
import type { Queryable } from '../client.js';
import { loadDocumentCatalogue } from '../queries/documentKinds.js';

type TIdentityDocumentInput = NonNullable<TVisitEvidenceInput['documents']>[number];
import { closeVisit, insertVisit, recordVisitEvidence, upsertWitness } from '../queries/visits.js';
import type { CitizenRow } from '../schema.js';

const passport = (expiresOn: string) => ({ kind: 'passportWithCpr', expiresOn });
const licence = (expiresOn: string) => ({ kind: 'drivingLicence', expiresOn });

/**
 * Evidence as it turns up at a real counter: for a credential, mostly a driving licence or a passport with CPR
 * questions, some by a witness; now and then an expired licence, a wrong answer, a health card alone or a witness
 * whose MitID is too new, refused for that reason. Legitimation alone for the services that issue no credential.
 */
function demoEvidence(f: Faker, service: VisitService, today: string, witnessCprs: string[]): TVisitEvidenceInput {
  // A few documents expired in the last two months, the rest valid for years.
  const expiresOn = f.number.float() < 0.04 ? addDays(today, -f.number.int({ min: 1, max: 60 })) : addDays(today, f.number.int({ min: 30, max: 3000 }));
  const photoId: TIdentityDocumentInput[] = f.helpers.weightedArrayElement<TIdentityDocumentInput[]>([
    { weight: 65, value: [licence(expiresOn)] },
    { weight: 25, value: [passport(expiresOn)] },
    { weight: 6, value: [{ kind: 'foreignPassport', expiresOn }, { kind: 'healthCard' }] },
    { weight: 4, value: [{ kind: 'healthCard' }] },
  ]);
  const targetLevel = photoId[0]?.kind === 'passportWithCpr' && f.number.float() < 0.3 ? 'HØJ' : 'BETYDELIG';
  if (!isCredentialService(service)) return { method: 'documents', targetLevel: 'BETYDELIG', documents: photoId };
  if (f.number.float() < 0.85) {
    const asked = f.number.int({ min: 3, max: 4 });
    return { method: 'cprQuestions', targetLevel, documents: photoId, cprQuestions: { asked, correct: f.number.float() < 0.93 ? asked : asked - 1 } };
  }
  return {
    method: 'witness',
    targetLevel,
    documents: photoId,
    witness: {
      cpr: f.helpers.arrayElement(witnessCprs),
      name: f.person.fullName(),
      mitIdSince: addDays(today, -f.number.int({ min: 5, max: 900 })),
      photoIdSeen: true,
    },
  };
}

/** A moment within the counter's opening hours (08:00–17:00 Copenhagen) on a weekday of the last month, never later than now. */
function counterMoment(f: Faker, now: Date): Date {
  for (;;) {
    const day = addDays(todayIso(now), -f.number.int({ min: 0, max: 30 }));
    const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    const at = new Date(startOfDay(day).getTime() + (8 * 60 + f.number.int({ min: 0, max: 8 * 60 + 30 })) * 60_000);
    if (at.getTime() <= now.getTime() - 30 * 60_000) return at;
  }
}

/**
 * About a month of counter history for the demo: visits opened, then verified or refused by the same rule
 * engine the API uses, through the same queries, so the demo data obeys the rules it shows.
 */
export function seedDemoVisits(db: Queryable, f: Faker, now: Date, citizens: CitizenRow[], caseworkerIds: number[]): void {
  const witnessCprs = citizens.slice(0, 30).map((c) => c.cpr);
  const witnessings = new Map<string, number>();
  const documentKinds = loadDocumentCatalogue(db);
  for (const citizen of citizens.slice(30, 170)) {
    const startedAt = counterMoment(f, now);
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
    const evidence = ZVisitEvidence.parse(demoEvidence(f, service, day, witnessCprs));
    const witnessCpr = evidence.witness?.cpr;
    const assessment = assessVisit(evidence, {
      today: day,
      service,
      citizen,
      witnessRecentWitnessings: witnessCpr ? (witnessings.get(witnessCpr) ?? 0) : 0,
      documentKinds,
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
