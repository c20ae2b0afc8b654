import i18n from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import { formatParam, locales, type Locale } from '@skranke/domain';
import { danish } from './locales/danish';

/** The UI texts plus the domain's message catalog, so validation and API message keys translate too. */
export const resources = { da: { translation: danish } } as const;

const storageKey = 'skranke.locale';

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

/** Everything else that follows the language: screen readers read by `lang`. */
function applyLocale(locale: string) {
  if (!isLocale(locale)) return;
  document.documentElement.lang = locale;
  localStorage.setItem(storageKey, locale);
}

i18n.on('languageChanged', applyLocale);

void i18n
  .use(initReactI18next)
  // English, the one language not bundled, is fetched the first time it is chosen.
  .use(resourcesToBackend(() => import('./locales/english').then((module) => module.english)))
  .init({
    resources,
    partialBundledLanguages: true,
    lng: storedLocale(),
    fallbackLng: 'da',
    supportedLngs: locales,
    // Keys are flat and may contain dots (`cpr.format`).
    keySeparator: false,
    interpolation: {
      // React escapes on render.
      escapeValue: false,
      // Parameters are written as the server writes them in its messages: a status key in words, a day in the
      // reader's notation.
      alwaysFormat: true,
      format: (value: unknown, _format, lng) => formatParam(value, lng === 'en' ? 'en' : 'da', (key) => i18n.t(key)),
    },
    // Danish is bundled: initialise synchronously so its first render is already translated. A page in English
    // suspends (react-i18next) until the English chunk is in.
    initAsync: false,
  });

export { i18n };
