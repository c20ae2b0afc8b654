/**
 * Messages a caseworker sees when input or an action is refused, shared by every case type (a case type's own
 * refusals are among its words, `<type>/terms.ts`), in Danish (the default; English in `messages.en.ts`, apart, so
 * the browser's first load carries only the Danish). Keys are stable codes: schemas, rules and API errors carry the
 * key; the UI and the API translate it.
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
  'auth.invalidCredentials': 'Forkert brugernavn eller adgangskode.',
  'auth.rateLimited': 'For mange forkerte forsøg. Vent {{seconds}} sek., og prøv igen.',
  'auth.unauthenticated': 'Du er ikke logget ind, eller din session er udløbet.',
  'auth.forbidden': 'Din rolle giver ikke adgang til dette.',
  'auth.deactivated': 'Din konto er deaktiveret – kontakt din administrator.',
  'auth.oneTimePasswordExpired': 'Din engangsadgangskode er udløbet – bed din administrator om en ny.',
  'auth.passwordChangeDue': 'Vælg din egen adgangskode, før du kan fortsætte.',
  'auth.currentPasswordWrong': 'Den nuværende adgangskode er forkert.',
  'password.tooShort': 'Adgangskoden skal have mindst {{minimum}} tegn.',
  'password.isUsername': 'Adgangskoden må ikke være dit brugernavn.',
  'password.tooCommon': 'Adgangskoden er for almindelig eller let at gætte. Vælg en længere, fx nogle tilfældige ord.',
  'password.unchanged': 'Den nye adgangskode skal være en anden end den nuværende.',
  'staff.usernameFormat': 'Brugernavnet må kun indeholde bogstaverne a–z, cifre og tegnene . _ - @.',
  'staff.usernameTaken': 'Brugernavnet {{username}} er allerede i brug (store og små bogstaver regnes for ens).',
  'staff.lastAdmin': 'Der skal altid være mindst én aktiv administrator. Giv først en anden medarbejder administratorrollen.',
  'error.notFound': 'Det findes ikke (mere).',
  'error.unreadable': 'Forespørgslen kunne ikke læses. Intet er gemt.',
  'error.internal': 'Der skete en uventet fejl. Intet er gemt. Prøv igen, eller kontakt support.',
  'error.busy': 'Databasen er optaget lige nu. Intet er gemt. Prøv igen om et øjeblik.',
  'error.storageFull': 'Serveren har ikke plads til at gemme mere. Intet er gemt. Kontakt kommunens IT.',
} as const;

export type RefusalKey = keyof typeof da;

export const locales = ['da', 'en'] as const;
export type Locale = (typeof locales)[number];

/** Refusals and errors, and every case type's words: what the server and the browser both say. */
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
