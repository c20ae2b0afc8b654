/**
 * Messages a caseworker sees when input or an action is refused, in Danish (the default; English in
 * `messages.en.ts`, apart, so the browser's first load carries only the Danish). Keys are stable codes: schemas,
 * rules and API errors carry the key; the UI and the API translate it.
 */
import { formatDay } from './format.js';
import { isIsoDate } from './isoDate.js';
import { termsDa } from './terms/index.js';

const da = {
  'validation.required': 'Feltet skal udfyldes.',
  'validation.tooLong': 'Teksten er for lang.',
  'validation.email': 'Skriv en gyldig e-mailadresse, fx navn@eksempel.dk.',
  'validation.phone': 'Skriv et gyldigt telefonnummer, fx 12 34 56 78 eller +46 70 123 45 67.',
  'validation.invalid': 'Værdien er ikke gyldig.',
  'cpr.format': 'CPR-nummeret skal have formen DDMMÅÅ-XXXX (10 cifre).',
  'cpr.date': 'CPR-nummeret indeholder ikke en gyldig fødselsdato.',
  'cpr.future': 'CPR-nummerets fødselsdato ligger efter i dag.',
  'validation.date': 'Skriv en gyldig dato.',
  'validation.dateRange': 'Datoen ligger uden for det mulige. Tjek årstallet.',
  'validation.rangeReversed': 'Slutdatoen skal ligge på eller efter startdatoen.',
  'visit.documentsRequired': 'Registrér mindst ét legitimationsdokument.',
  'visit.cprQuestionsCount': 'Der kan ikke være flere rigtige svar end stillede spørgsmål.',
  'visit.noDanishCpr': 'Borgeren har ikke et dansk CPR-nummer (erstatningspersonnummer) og kan ikke få MitID i Borgerservice: henvis til MitID-appen med P-kode.',
  'visit.applicantUnderAge': 'Borgeren er under {{minimum}} år og kan ikke få {{credential}}.',
  'visit.postalAddressMissing': 'Borgeren har ingen fast adresse i folkeregistret: registrér en postadresse på borgeren først.',
  'visit.nemIdEnded': 'NemID-nøglekort og midlertidige adgangskoder kunne kun udleveres til og med {{date}}; NemID-tjenester afvises nu. Tilbyd MitID i stedet.',
  'visit.documentExpired': 'Dokumentet er udløbet.',
  'visit.expiryRequired': 'Skriv dokumentets udløbsdato.',
  'visit.documentTemporary': 'Midlertidige dokumenter (fx et midlertidigt kørekort) kan ikke bruges.',
  'visit.documentNeverAccepted': 'Dokumenttypen accepteres aldrig (midlertidigt sundhedskort, nødpas eller provisorisk pas).',
  'visit.documentUnknown': 'Dokumenttypen findes ikke. Vælg en fra listen.',
  'visit.documentNotPhysical': 'Dokumentet skal vises fysisk; kun kørekort-appen og sundhedskort-appen må vises digitalt.',
  'visit.legitimationMissing': 'Borgeren skal vise gyldig legitimation.',
  'visit.photoIdRequired': 'Et dokument uden foto (fx sundhedskort) kan aldrig stå alene: borgeren skal også vise billedlegitimation.',
  'visit.cprDocumentRequired': 'Billedlegitimation uden CPR-nummer giver kun BETYDELIG sammen med et CPR-dokument (fx sundhedskortet).',
  'visit.highNotReached': 'HØJ kræver pas med CPR-nummer, eller pas/ID-kort med chip læst af MitID-appen sammen med et CPR-dokument. Kørekort giver aldrig HØJ. Dokumenterne giver {{reached}}.',
  'visit.confirmationRequired': 'Legitimation alene er ikke nok til et loginmiddel: bekræft identiteten med spørgsmål fra CPR-registret eller et vidne.',
  'visit.inPersonRequired': 'Borgeren skal selv møde op: ingen kan få MitID eller NemID på en andens vegne.',
  'visit.cprQuestionsTooFew': 'Stil mindst {{minimum}} spørgsmål fra CPR-registret.',
  'visit.cprQuestionsWrong': 'Alle spørgsmål fra CPR-registret skal besvares korrekt.',
  'visit.witnessUnderAge': 'Vidnet skal være mindst {{minimum}} år.',
  'visit.witnessIsApplicant': 'Borgeren kan ikke være sit eget vidne.',
  'visit.witnessMitIdTooNew': 'Vidnet har kun haft MitID i {{days}} dage; der kræves mindst {{minimum}} dage.',
  'visit.witnessMitIdInFuture': 'Datoen for vidnets MitID ligger efter i dag.',
  'visit.witnessMitIdBeforeIssued': 'MitID blev først udstedt fra {{date}}: tjek datoen for vidnets MitID.',
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
  'exemption.idRequired': 'Ansøgeren skal vise legitimation.',
  'exemption.declarationRequired': 'Borgeren skal aflevere en underskrevet erklæring.',
  'exemption.underAge': 'Borgeren er under {{minimum}} år og har endnu ingen digital postkasse at blive fritaget fra.',
  'exemption.abroadAlwaysGranted': 'En borger uden bopæl i Danmark skal altid have fritagelse.',
  'exemption.illegalTransition': 'En anmodning med status {{from}} kan ikke få status {{to}}.',
  'exemption.status.requested': 'anmodet',
  'exemption.status.granted': 'bevilget',
  'exemption.status.refused': 'afslået',
  'exemption.status.revoked': 'tilbagekaldt',
  'readAccess.identityRequired': 'Giverens identitet skal være godkendt i en betjening i dag, eller der skal foreligge en fuldmagt.',
  'readAccess.visitNotVerifiedToday': 'Betjeningen skal være giverens egen, godkendt i dag.',
  'readAccess.endInPast': 'Slutdatoen skal ligge efter i dag.',
  'readAccess.receiverIsGiver': 'Borgeren kan ikke give læseadgang til sig selv.',
  'readAccess.notRequested': 'Læseadgangen er allerede aktiveret eller tilbagekaldt.',
  'readAccess.notActive': 'Kun en aktiv læseadgang kan tilbagekaldes.',
  'code.visitNotVerifiedToday': 'En kode kan kun udstedes fra en betjening, hvor identiteten er godkendt i dag.',
  'code.visitNotCredential': 'En kode kan kun udstedes fra en betjening for et loginmiddel (fx nyt MitID eller aktiveringskode).',
  'code.levelTooLow': 'En kode kræver identiteten godkendt på mindst {{minimum}}; betjeningen nåede {{level}}.',
  'code.nemIdNoNewCodes': 'Nye NemID-koder kunne kun bestilles til og med {{date}}; derefter kunne kun en allerede bestilt kode udleveres. Udsted en MitID-aktiveringskode i stedet.',
  'code.blockedAfterVisit': 'Borgeren har fået registreret en spærring {{date}}, efter at identiteten blev godkendt. Start en ny betjening og genåbn spærringen først.',
  'code.credentialBlocked': 'Borgerens MitID er spærret. Genåbn spærringen fra en ny godkendt betjening, før der udstedes en kode.',
  'code.nemIdEnded': 'NemID-midlertidige adgangskoder kunne kun udleveres til og med {{date}}. Udsted en MitID-aktiveringskode i stedet.',
  'code.notActive': 'Koden er ikke længere aktiv ({{status}}).',
  'code.wrong': 'Koden er forkert. {{left}} forsøg tilbage, før koden spærres.',
  'code.blockedNow': 'Koden er forkert og er nu spærret efter {{attempts}} forkerte forsøg. Udsted en ny kode.',
  'code.replaced': 'Erstattet af en ny kode.',
  'code.blockRequest': 'Tilbagekaldt ved spærring.',
  'block.notConfirmed': 'Spær loginmidlet nu ad den valgte vej, og bekræft, at det er gjort.',
  'block.routeNotForCredential': 'Den valgte vej kan ikke spærre dette loginmiddel.',
  'block.nemIdShutDown': 'NemID blev lukket {{date}}; der er intet NemID at spærre.',
  'block.levelRequired': 'Vælg det sikringsniveau, borgerens MitID havde.',
  'block.notReopenable': 'Kun en aktiv spærring af MitID kan genåbnes.',
  'block.reopenVisitInvalid': 'Genåbning kræver en betjening for et loginmiddel for samme borger, godkendt i dag efter spærringen.',
  'block.reopenLevelTooLow': 'Betjeningen nåede {{level}}; MitID havde {{required}} og kan kun genåbnes på mindst det niveau.',
  'block.reportedInFuture': 'Anmeldelsesdatoen kan ikke ligge i fremtiden.',
  'code.supportHours': 'Mandag–fredag 8–20, weekender og helligdage 10–16',
  'code.status.issued': 'udstedt',
  'code.status.used': 'brugt',
  'code.status.expired': 'udløbet',
  'code.status.revoked': 'tilbagekaldt',
  'code.status.blocked': 'spærret',
  'citizen.addressRequired': 'Skriv adressen fra folkeregistret.',
  'citizen.postalAddressRequired': 'Borgeren har ingen fast adresse: skriv en postadresse.',
  'citizen.guardianNameRequired': 'Skriv værgens navn.',
  'citizen.cprTaken': 'Der findes allerede en borger med dette CPR-nummer.',
  'auth.invalidCredentials': 'Forkert brugernavn eller adgangskode.',
  'auth.rateLimited': 'For mange forkerte forsøg. Vent {{seconds}} sek., og prøv igen.',
  'auth.unauthenticated': 'Du er ikke logget ind, eller din session er udløbet.',
  'auth.forbidden': 'Din rolle giver ikke adgang til dette.',
  'error.notFound': 'Det findes ikke (mere).',
  'error.unreadable': 'Forespørgslen kunne ikke læses. Intet er gemt.',
  'error.internal': 'Der skete en uventet fejl. Intet er gemt. Prøv igen, eller kontakt support.',
  'error.busy': 'Databasen er optaget lige nu. Intet er gemt. Prøv igen om et øjeblik.',
  'error.storageFull': 'Serveren har ikke plads til at gemme mere. Intet er gemt. Kontakt kommunens IT.',
} as const;

export type RefusalKey = keyof typeof da;


export const locales = ['da', 'en'] as const;
export type Locale = (typeof locales)[number];

/** Refusals and errors, and the domain's terms (field and value names): what the server and the browser both say. */
export const messagesDa = { ...da, ...termsDa };
export type MessageKey = keyof typeof messagesDa;

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(messagesDa, key);
}

/**
 * How a message writes a parameter, on the server and in the browser alike: one that is itself a message key (a
 * status, a level) in the reader's words, a calendar day in the reader's notation, anything else as it is.
 */
export function formatParam(value: unknown, locale: Locale, lookup: (key: MessageKey) => string): string {
  const text = String(value ?? '');
  if (isMessageKey(text)) return lookup(text);
  if (isIsoDate(text)) return formatDay(text, locale);
  return text;
}
