import type { MessageKey, RefusalKey } from './messages.js';
import { termsEn } from './terms/english.js';

const en: Record<RefusalKey, string> = {
  'validation.required': 'This field is required.',
  'validation.tooLong': 'The text is too long.',
  'validation.email': 'Enter a valid e-mail address, e.g. name@example.dk.',
  'validation.phone': 'Enter a valid phone number, e.g. 12 34 56 78 or +46 70 123 45 67.',
  'validation.invalid': 'The value is not valid.',
  'cpr.format': 'The CPR number must have the form DDMMYY-XXXX (10 digits).',
  'cpr.date': 'The CPR number does not contain a valid date of birth.',
  'cpr.future': "The CPR number's date of birth is after today.",
  'validation.date': 'Enter a valid date.',
  'validation.dateRange': 'The date is out of range. Check the year.',
  'validation.rangeReversed': 'The end date must be on or after the start date.',
  'auth.invalidCredentials': 'Wrong username or password.',
  'auth.rateLimited': 'Too many failed attempts. Wait {{seconds}} s and try again.',
  'auth.unauthenticated': 'You are not logged in, or your session has expired.',
  'auth.forbidden': 'Your role does not give access to this.',
  'auth.deactivated': 'Your account is deactivated – contact your administrator.',
  'auth.oneTimePasswordExpired': 'Your one-time password has expired – ask your administrator for a new one.',
  'auth.passwordChangeDue': 'Choose your own password before you continue.',
  'auth.currentPasswordWrong': 'The current password is wrong.',
  'password.tooShort': 'The password must have at least {{minimum}} characters.',
  'password.isUsername': 'The password must not be your username.',
  'password.tooCommon': 'The password is too common or easy to guess. Choose a longer one, e.g. a few random words.',
  'password.unchanged': 'The new password must differ from the current one.',
  'staff.usernameFormat': 'The username may contain only the letters a–z, digits and the characters . _ - @.',
  'staff.usernameTaken': 'The username {{username}} is already in use (upper and lower case count as the same).',
  'staff.lastAdmin': 'There must always be at least one active administrator. First give another staff member the admin role.',
  'error.notFound': 'It does not exist (any more).',
  'error.unreadable': 'The request could not be read. Nothing was saved.',
  'error.internal': 'An unexpected error occurred. Nothing was saved. Try again or contact support.',
  'error.busy': 'The database is busy right now. Nothing was saved. Try again in a moment.',
  'error.storageFull': 'The server has no room to save more. Nothing was saved. Contact the municipality\'s IT.',
};

/** Refusals, errors and the domain's terms in English. */
export const messagesEn: Record<MessageKey, string> = { ...en, ...termsEn };
