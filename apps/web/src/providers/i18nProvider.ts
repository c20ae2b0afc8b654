import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { I18nProvider } from '@refinedev/core';
import { i18n } from '../i18n';

/**
 * Refine's i18n over the app's i18next instance. A new provider object per language makes everything that
 * translates through Refine's `useTranslate` render again when the language changes.
 */
export function useI18nProvider(): I18nProvider {
  const { i18n: instance } = useTranslation();
  const language = instance.language;
  return useMemo(
    () => ({
      // Refine calls both translate(key, defaultMessage) and translate(key, options, defaultMessage).
      translate: (key: string, options?: unknown, defaultMessage?: string) => {
        const params = typeof options === 'object' && options !== null ? options : {};
        const fallback = typeof options === 'string' ? options : defaultMessage;
        // Refine's keys are not known to the typed `t`, hence the cast.
        return i18n.t(key as never, { ...params, defaultValue: fallback ?? key });
      },
      changeLocale: (locale: string) => i18n.changeLanguage(locale),
      getLocale: () => language,
    }),
    [language],
  );
}
