import { useTranslation } from 'react-i18next';
import { isMessageKey } from '@skranke/domain';

type Violation = { code: string; params?: Record<string, string | number> };

/** A broken rule in the caseworker's language, worded and dated exactly as the server's refusal of it. */
export function useRuleText(): (violation: Violation) => string {
  const { t } = useTranslation();
  return ({ code, params = {} }) => (isMessageKey(code) ? t(code, params) : code);
}
