import { useTranslation } from 'react-i18next';
import { isIsoDate, isMessageKey } from '@skranke/domain';
import { formatDate } from '../../format';

type Violation = { code: string; params?: Record<string, string | number> };

/** A broken rule in the caseworker's language; dates in its parameters in Danish notation. */
export function useRuleText(): (violation: Violation) => string {
  const { t } = useTranslation();
  return ({ code, params = {} }) => {
    if (!isMessageKey(code)) return code;
    const shown = Object.fromEntries(
      Object.entries(params).map(([name, value]) => [name, typeof value === 'string' && isIsoDate(value) ? formatDate(value) : value]),
    );
    return t(code, shown);
  };
}
