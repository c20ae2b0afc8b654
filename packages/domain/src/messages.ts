/**
 * Messages a caseworker sees when input or an action is refused, in Danish (default) and English.
 * Keys are stable codes: schemas, rules and API errors carry the key; the UI and the API translate it.
 */
const da = {
  'validation.required': 'Feltet skal udfyldes.',
  'validation.tooLong': 'Teksten er for lang.',
  'validation.email': 'Skriv en gyldig e-mailadresse, fx navn@eksempel.dk.',
  'validation.phone': 'Skriv et gyldigt telefonnummer, fx 12 34 56 78 eller +46 70 123 45 67.',
  'validation.invalid': 'Værdien er ikke gyldig.',
  'cpr.format': 'CPR-nummeret skal have formen DDMMÅÅ-XXXX (10 cifre).',
  'cpr.date': 'CPR-nummeret indeholder ikke en gyldig fødselsdato.',
  'validation.date': 'Skriv en gyldig dato.',
  'visit.documentsRequired': 'Registrér mindst ét legitimationsdokument.',
  'visit.cprQuestionsCount': 'Der kan ikke være flere rigtige svar end stillede spørgsmål.',
  'visit.noDanishCpr': 'Borgeren har ikke et dansk CPR-nummer (erstatningspersonnummer) og kan ikke få MitID/NemID.',
  'visit.applicantUnderAge': 'Borgeren er under {{minimum}} år og kan ikke få MitID/NemID.',
  'visit.postalAddressMissing': 'Borgeren har ingen fast adresse i folkeregistret: registrér en postadresse på borgeren først.',
  'visit.nemIdEnded': 'NemID-nøglekort og midlertidige adgangskoder kunne kun udleveres til og med {{date}}. Tilbyd MitID i stedet.',
  'visit.documentExpired': 'Dokumentet er udløbet.',
  'visit.expiryRequired': 'Skriv dokumentets udløbsdato.',
  'visit.documentTemporary': 'Midlertidige dokumenter (fx det midlertidige sundhedskort) kan ikke bruges.',
  'visit.documentNotPhysical': 'Dokumentet skal vises fysisk; kun kørekort-appen og sundhedskort-appen må vises digitalt.',
  'visit.legitimationMissing': 'Borgeren skal vise gyldig legitimation.',
  'visit.cprQuestionsTooFew': 'Stil mindst {{minimum}} spørgsmål fra CPR-registret.',
  'visit.cprQuestionsWrong': 'Alle spørgsmål fra CPR-registret skal besvares korrekt.',
  'visit.witnessUnderAge': 'Vidnet skal være mindst {{minimum}} år.',
  'visit.witnessIsApplicant': 'Borgeren kan ikke være sit eget vidne.',
  'visit.witnessMitIdTooNew': 'Vidnet har kun haft MitID i {{days}} dage; der kræves mindst {{minimum}} dage.',
  'visit.witnessPhotoIdMissing': 'Vidnet skal vise billedlegitimation.',
  'visit.witnessCprDocumentMissing': 'Vidnets billedlegitimation har ikke CPR-nummer: se også et dokument med CPR-nummeret.',
  'visit.witnessLimitReached': 'Vidnet har allerede været vidne for {{maximum}} personer inden for {{days}} dage.',
  'visit.highRequiresInPerson': 'Sikringsniveau HØJ kræver, at borgeren møder personligt op.',
  'visit.levelNotReached': 'Dokumentationen giver sikringsniveau {{reached}}, ikke {{target}}.',
  'visit.notOpen': 'Betjeningen er allerede afsluttet.',
  'visit.rulesBroken': 'Identiteten kan ikke godkendes: {{reasons}}',
  'complaint.mitIdUserIdRequired': 'En MitID-klage skal have borgerens MitID-bruger-id.',
  'complaint.addressRequired': 'En MitID-klage skal have klagerens adresse.',
  'complaint.powerOfAttorneyRequired': 'Når klagen indgives på en andens vegne, skal der foreligge en fuldmagt.',
  'complaint.forwardedViaRequired': 'Vælg, hvordan klagen sendes til Digitaliseringsstyrelsen.',
  'complaint.illegalTransition': 'En klage med status {{from}} kan ikke få status {{to}}.',
  'complaint.attachmentTooLarge': 'Filen er for stor (højst {{megabytes}} MB).',
  'complaint.attachmentType': 'Kun PDF-, JPEG- og PNG-filer kan vedhæftes.',
  'complaint.attachmentLimit': 'En klage kan højst have {{count}} bilag.',
  'complaint.status.received': 'modtaget',
  'complaint.status.inProgress': 'under behandling',
  'complaint.status.forwarded': 'videresendt',
  'complaint.status.answered': 'besvaret',
  'complaint.status.closed': 'afsluttet',
  'citizen.addressRequired': 'Skriv adressen fra folkeregistret.',
  'citizen.postalAddressRequired': 'Borgeren har ingen fast adresse: skriv en postadresse.',
  'citizen.guardianNameRequired': 'Skriv værgens navn.',
  'citizen.cprTaken': 'Der findes allerede en borger med dette CPR-nummer.',
  'auth.invalidCredentials': 'Forkert brugernavn eller adgangskode.',
  'auth.rateLimited': 'For mange forkerte forsøg. Vent {{minutes}} minutter, og prøv igen.',
  'auth.unauthenticated': 'Du er ikke logget ind, eller din session er udløbet.',
  'auth.forbidden': 'Din rolle giver ikke adgang til dette.',
  'error.notFound': 'Det findes ikke (mere).',
  'error.internal': 'Der skete en uventet fejl. Intet er gemt. Prøv igen, eller kontakt support.',
} as const;

export type MessageKey = keyof typeof da;

const en: Record<MessageKey, string> = {
  'validation.required': 'This field is required.',
  'validation.tooLong': 'The text is too long.',
  'validation.email': 'Enter a valid e-mail address, e.g. name@example.dk.',
  'validation.phone': 'Enter a valid phone number, e.g. 12 34 56 78 or +46 70 123 45 67.',
  'validation.invalid': 'The value is not valid.',
  'cpr.format': 'The CPR number must have the form DDMMYY-XXXX (10 digits).',
  'cpr.date': 'The CPR number does not contain a valid date of birth.',
  'validation.date': 'Enter a valid date.',
  'visit.documentsRequired': 'Record at least one identity document.',
  'visit.cprQuestionsCount': 'There cannot be more correct answers than questions asked.',
  'visit.noDanishCpr': 'The citizen has no Danish CPR number (substitute number) and cannot get MitID/NemID.',
  'visit.applicantUnderAge': 'The citizen is under {{minimum}} and cannot get MitID/NemID.',
  'visit.postalAddressMissing': 'The citizen has no fixed address in the civil registry: record a postal address for the citizen first.',
  'visit.nemIdEnded': 'NemID key cards and temporary passwords could only be handed out until {{date}}. Offer MitID instead.',
  'visit.documentExpired': 'The document has expired.',
  'visit.expiryRequired': "Enter the document's expiry date.",
  'visit.documentTemporary': 'Temporary documents (e.g. the temporary health card) cannot be used.',
  'visit.documentNotPhysical': 'The document must be shown physically; only the driving-licence app and the health-card app may be shown digitally.',
  'visit.legitimationMissing': 'The citizen must show valid identification.',
  'visit.cprQuestionsTooFew': 'Ask at least {{minimum}} questions from the CPR register.',
  'visit.cprQuestionsWrong': 'Every question from the CPR register must be answered correctly.',
  'visit.witnessUnderAge': 'The witness must be at least {{minimum}}.',
  'visit.witnessIsApplicant': 'The citizen cannot be their own witness.',
  'visit.witnessMitIdTooNew': 'The witness has had MitID for only {{days}} days; at least {{minimum}} are required.',
  'visit.witnessPhotoIdMissing': 'The witness must show photo identification.',
  'visit.witnessCprDocumentMissing': "The witness's photo ID has no CPR number: also see a document with the CPR number.",
  'visit.witnessLimitReached': 'The witness has already witnessed for {{maximum}} people within {{days}} days.',
  'visit.highRequiresInPerson': 'Assurance level HØJ requires the citizen to appear in person.',
  'visit.levelNotReached': 'The evidence reaches assurance level {{reached}}, not {{target}}.',
  'visit.notOpen': 'The visit has already been closed.',
  'visit.rulesBroken': 'The identity cannot be verified: {{reasons}}',
  'complaint.mitIdUserIdRequired': "A MitID complaint needs the citizen's MitID user ID.",
  'complaint.addressRequired': "A MitID complaint needs the complainant's address.",
  'complaint.powerOfAttorneyRequired': 'A complaint filed on behalf of someone else needs a power of attorney.',
  'complaint.forwardedViaRequired': 'Choose how the complaint is sent to the Agency for Digital Government.',
  'complaint.illegalTransition': 'A complaint with status {{from}} cannot move to status {{to}}.',
  'complaint.attachmentTooLarge': 'The file is too large (at most {{megabytes}} MB).',
  'complaint.attachmentType': 'Only PDF, JPEG and PNG files can be attached.',
  'complaint.attachmentLimit': 'A complaint can have at most {{count}} attachments.',
  'complaint.status.received': 'received',
  'complaint.status.inProgress': 'in progress',
  'complaint.status.forwarded': 'forwarded',
  'complaint.status.answered': 'answered',
  'complaint.status.closed': 'closed',
  'citizen.addressRequired': 'Enter the address from the civil registry.',
  'citizen.postalAddressRequired': 'The citizen has no fixed address: enter a postal address.',
  'citizen.guardianNameRequired': "Enter the guardian's name.",
  'citizen.cprTaken': 'A citizen with this CPR number already exists.',
  'auth.invalidCredentials': 'Wrong username or password.',
  'auth.rateLimited': 'Too many failed attempts. Wait {{minutes}} minutes and try again.',
  'auth.unauthenticated': 'You are not logged in, or your session has expired.',
  'auth.forbidden': 'Your role does not give access to this.',
  'error.notFound': 'It does not exist (any more).',
  'error.internal': 'An unexpected error occurred. Nothing was saved. Try again or contact support.',
};

export const locales = ['da', 'en'] as const;
export type Locale = (typeof locales)[number];

export const messages: Record<Locale, Record<MessageKey, string>> = { da, en };

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(da, key);
}

/** Translates a key (unknown text passes through, so zod's own localised messages survive). */
export function translate(key: string, locale: Locale, params: Record<string, string | number> = {}): string {
  const text = isMessageKey(key) ? messages[locale][key] : key;
  // A parameter that is itself a message key (a status, a level) is translated too.
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = String(params[name] ?? '');
    return isMessageKey(value) ? messages[locale][value] : value;
  });
}
