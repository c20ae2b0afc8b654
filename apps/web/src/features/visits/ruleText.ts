import { useTranslation } from 'react-i18next';
import { translate, type Locale } from '@skranke/domain';

type Violation = { code: string; params?: Record<string, string | number> };

/** A broken rule in the caseworker's language, worded and dated exactly as the server's refusal of it. */
export function useRuleText(): (violation: Violation) => string {
  const { i18n } = useTranslation();
  const locale: Locale = i18n.language === 'en' ? 'en' : 'da';
  return ({ code, params }) => translate(code, locale, params);
}
