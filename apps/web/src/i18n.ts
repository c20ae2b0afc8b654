import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/da';
import 'dayjs/locale/en-gb';
import { locales, messages, type Locale } from '@skranke/domain';
import { da } from './locales/da';
import { en } from './locales/en';
import { complaintsDa, complaintsEn } from './locales/complaints';
import { exemptionsDa, exemptionsEn } from './locales/exemptions';
import { codesDa, codesEn } from './locales/codes';
import { reportsDa, reportsEn } from './locales/reports';

/** The UI texts plus the domain's message catalog, so validation and API message keys translate too. */
export const resources = {
  da: { translation: { ...messages.da, ...da, ...complaintsDa, ...exemptionsDa, ...codesDa, ...reportsDa } },
  en: { translation: { ...messages.en, ...en, ...complaintsEn, ...exemptionsEn, ...codesEn, ...reportsEn } },
} as const;

const storageKey = 'skranke.locale';
const dayjsLocales: Record<Locale, string> = { da: 'da', en: 'en-gb' };

function isLocale(value: unknown): value is Locale {
  return (locales as readonly unknown[]).includes(value);
}

function storedLocale(): Locale {
  const stored = localStorage.getItem(storageKey);
  return isLocale(stored) ? stored : 'da';
}

export function currentLocale(): Locale {
  return isLocale(i18n.language) ? i18n.language : 'da';
}

/** Everything else that follows the language: screen readers read by `lang`, dates by dayjs's locale. */
function applyLocale(locale: string) {
  if (!isLocale(locale)) return;
  document.documentElement.lang = locale;
  dayjs.locale(dayjsLocales[locale]);
  localStorage.setItem(storageKey, locale);
}

i18n.on('languageChanged', applyLocale);

void i18n.use(initReactI18next).init({
  resources,
  lng: storedLocale(),
  fallbackLng: 'da',
  supportedLngs: locales,
  // Keys are flat and may contain dots (`cpr.format`).
  keySeparator: false,
  // React escapes on render.
  interpolation: { escapeValue: false },
  // The resources are bundled: initialise synchronously so the first render is already translated.
  initAsync: false,
});

export { i18n };
