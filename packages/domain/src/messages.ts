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
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));
}
