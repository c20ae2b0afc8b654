/**
 * A visit's vocabularies, apart from its zod schemas (visit.ts): a browser page that only lists or labels these
 * values then loads neither zod nor the schemas.
 */

import { todayIso } from '../isoDate.js';

/** Services a citizen may come for (domain.md "Identity-verification visit"), and the retired NemID ones. */
export const mitIdServices = [
  'newMitId',
  'raiseAssuranceLevel',
  'updateIdInformation',
  'activationCode',
  'temporaryCode',
  'digitalPostExemption',
  'readAccess',
  'other',
] as const;
/** [seed] Refused after their end dates; kept so a request for them is recorded and answered with why. */
export const nemIdServices = ['nemIdKeyCard', 'nemIdTemporaryPassword'] as const;
export const visitServices = [...mitIdServices, ...nemIdServices] as const;
export type VisitService = (typeof visitServices)[number];

/**
 * Credential services issue or change a credential (domain.md "Identity-verification visit"): they need valid
 * legitimation and a confirmation, and the citizen in person. The NemID ones were credentials too.
 */
export const credentialServices = [
  'newMitId',
  'raiseAssuranceLevel',
  'updateIdInformation',
  'activationCode',
  'temporaryCode',
  ...nemIdServices,
] as const satisfies readonly VisitService[];

export function isCredentialService(service: VisitService): boolean {
  return (credentialServices as readonly VisitService[]).includes(service);
}

export function isNemIdService(service: VisitService): boolean {
  return (nemIdServices as readonly VisitService[]).includes(service);
}

/** How the identity was established: documents alone, or legitimation plus CPR questions or a witness [seed]. */
export const verificationMethods = ['documents', 'cprQuestions', 'witness'] as const;
export type VerificationMethod = (typeof verificationMethods)[number];

/** [seed; pub digst.dk] A document on its own never verifies a credential visit: it takes a confirmation. */
const confirmationMethods = ['cprQuestions', 'witness'] as const satisfies readonly VerificationMethod[];

/** The methods a service allows, the counter's default first: CPR questions for a credential, legitimation otherwise. */
export function methodsFor(service: VisitService): readonly VerificationMethod[] {
  return isCredentialService(service) ? confirmationMethods : verificationMethods;
}

export const assuranceLevels = ['LAV', 'BETYDELIG', 'HØJ'] as const;
export type AssuranceLevel = (typeof assuranceLevels)[number];

export const visitOutcomes = ['open', 'verified', 'refused', 'aborted'] as const;
export type VisitOutcome = (typeof visitOutcomes)[number];


/**
 * [policy] What a later step at the counter rests on (a code issued, a read access given, a block reopened): the
 * identity verified in a visit of today, not an earlier day's.
 */
export function verifiedToday(visit: { outcome: VisitOutcome | null; day: string }, now: Date): boolean {
  return visit.outcome === 'verified' && visit.day === todayIso(now);
}
