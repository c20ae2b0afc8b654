/**
 * A visit's vocabularies, apart from its zod schemas (visit.ts): a browser page that only lists or labels these
 * values then loads neither zod nor the schemas.
 */

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

/** How the identity was established: documents alone, or legitimation plus CPR questions or a witness [seed]. */
export const verificationMethods = ['documents', 'cprQuestions', 'witness'] as const;
export type VerificationMethod = (typeof verificationMethods)[number];

export const assuranceLevels = ['LAV', 'BETYDELIG', 'HØJ'] as const;
export type AssuranceLevel = (typeof assuranceLevels)[number];

export const documentKinds = [
  'danishPassport',
  'danishDrivingLicence',
  'danishDrivingLicenceApp',
  'healthCard',
  'healthCardApp',
  'specialHealthCard',
  'temporaryHealthCard',
  'residenceCertificate',
  'foreignPassport',
  'foreignIdCard',
] as const;
export type DocumentKind = (typeof documentKinds)[number];

export const visitOutcomes = ['open', 'verified', 'refused', 'aborted'] as const;
export type VisitOutcome = (typeof visitOutcomes)[number];

