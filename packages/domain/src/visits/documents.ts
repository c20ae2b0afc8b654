/**
 * Identity documents as reference data (domain.md "Documents" [pub mitid.dk "Legitimation and documentation";
 * digst.dk]). The database holds the catalogue (migration 0010 writes these rows into every database); the rule
 * engine judges a combination from each kind's category and route to HØJ, never from its code, so a kind a
 * municipality adds is judged like its peers.
 */

/** A: photo ID with CPR number · B: photo ID without · C: CPR document without photo · never: kept to record a refusal. */
export const documentCategories = ['A', 'B', 'C', 'never'] as const;
export type DocumentCategory = (typeof documentCategories)[number];

/**
 * How a kind reaches HØJ [pub]: on its own (a passport with CPR number issued in DK/GL/FO), or when the MitID app
 * reads its chip and a CPR document (C) ties it to the CPR number (passports without CPR number, foreign passports
 * and national ID cards). A driving licence never does.
 */
export const highRoutes = ['alone', 'chipWithCprDocument'] as const;
export type HighRoute = (typeof highRoutes)[number];

/** What the rule engine needs of a kind. */
export type DocumentKindRule = {
  code: string;
  category: DocumentCategory;
  /** An expiry date is printed on it, so it must be recorded: an expired document can only be refused when its date is known. */
  hasExpiry: boolean;
  /** [pub] Documents are physical, except the driving-licence app and the health-card app. */
  isApp: boolean;
  highRoute: HighRoute | null;
};

export type DocumentKind = DocumentKindRule & { nameDa: string; nameEn: string };

/** Stable codes: the API, the exports and the tests name documents by them. */
export const documentCodePattern = /^[a-z][A-Za-z0-9]{1,63}$/;

const kind = (
  code: string,
  category: DocumentCategory,
  nameDa: string,
  nameEn: string,
  more: Partial<Pick<DocumentKindRule, 'hasExpiry' | 'isApp' | 'highRoute'>> = {},
): DocumentKind => ({ code, category, nameDa, nameEn, hasExpiry: true, isApp: false, highRoute: null, ...more });

/** The spec's catalogue, in the order the picker shows it. */
export const defaultDocumentKinds: readonly DocumentKind[] = [
  kind('passportWithCpr', 'A', 'Pas med CPR-nummer (DK/GL/FO)', 'Passport with CPR number (DK/GL/FO)', { highRoute: 'alone' }),
  kind('drivingLicence', 'A', 'Kørekort (udstedt i DK eller GL)', 'Driving licence (issued in DK or GL)'),
  kind('drivingLicenceApp', 'A', 'Kørekort-appen', 'Driving-licence app', { isApp: true }),
  kind('residencePermitWithCpr', 'A', 'Opholdskort med foto og CPR-nummer', 'Residence permit with photo and CPR number'),
  kind('foreignMinistryIdCard', 'A', 'Udenrigsministeriets ID-kort', "The Foreign Ministry's ID card"),
  kind('passportWithoutCpr', 'B', 'Pas uden CPR-nummer (DK/GL/FO)', 'Passport without CPR number (DK/GL/FO)', { highRoute: 'chipWithCprDocument' }),
  kind('foreignPassport', 'B', 'Udenlandsk pas', 'Foreign passport', { highRoute: 'chipWithCprDocument' }),
  kind('foreignIdCard', 'B', 'Udenlandsk nationalt ID-kort', 'Foreign national ID card', { highRoute: 'chipWithCprDocument' }),
  kind('residencePermit', 'B', 'Opholdskort med foto uden CPR-nummer', 'Residence permit with photo, without CPR number'),
  kind('municipalIdCard', 'B', 'Kommunalt ID-kort', 'Municipal ID card'),
  kind('healthCard', 'C', 'Sundhedskort (gult)', 'Health card (yellow)', { hasExpiry: false }),
  kind('specialHealthCard', 'C', 'Særligt sundhedskort', 'Special health card'),
  kind('healthCardApp', 'C', 'Sundhedskort-appen', 'Health-card app', { hasExpiry: false, isApp: true }),
  kind('residenceCertificate', 'C', 'Bopælsattest', 'Residence certificate', { hasExpiry: false }),
  kind('personalCertificate', 'C', 'Personattest', 'Personal certificate', { hasExpiry: false }),
  kind('baptismCertificate', 'C', 'Dåbsattest', 'Baptism certificate', { hasExpiry: false }),
  kind('birthCertificate', 'C', 'Fødselsattest', 'Birth certificate', { hasExpiry: false }),
  kind('temporaryHealthCard', 'never', 'Midlertidigt sundhedskort', 'Temporary health card', { hasExpiry: false }),
  kind('emergencyPassport', 'never', 'Nødpas eller provisorisk pas', 'Emergency or provisional passport', { hasExpiry: false }),
];

/** The catalogue by code, as the rule engine looks kinds up. */
export type DocumentCatalogue = ReadonlyMap<string, DocumentKindRule>;

export function documentCatalogue(kinds: readonly DocumentKindRule[]): DocumentCatalogue {
  return new Map(kinds.map((k) => [k.code, k]));
}
