import { useTranslation } from 'react-i18next';
import type { FeatureEntity } from '@skranke/domain';

/** What the log's entries are about, with the page each links to (read accesses have none of their own). */
export const auditEntities = {
  citizen: '/citizens',
  visit: '/visits',
  complaint: '/complaints',
  exemption: '/exemptions',
  readAccess: null,
  code: '/codes',
  block: '/blocks',
  staff: null,
  auditLog: null,
} as const satisfies Record<FeatureEntity, string | null> & Record<string, string | null>;
export type AuditEntity = keyof typeof auditEntities;

/** "Borger: Læst" for `citizen.read`; an action the UI does not know yet is shown as written. */
export function useAuditLabels() {
  const { t, i18n } = useTranslation();
  const entity = (name: string) => {
    const key = `audit.entity.${name === 'audit' ? 'auditLog' : name}`;
    return i18n.exists(key) ? t(key as 'audit.entity.citizen') : name;
  };
  const action = (name: string) => {
    // An action whose words alone would mislead has its own label (`code.block` is no blocking request).
    const ownKey = `audit.action.${name}`;
    if (i18n.exists(ownKey)) return t(ownKey as 'audit.action.export');
    const [subject, verb] = name.split('.', 2);
    const verbKey = `audit.verb.${verb}`;
    if (!subject || !verb || !i18n.exists(verbKey)) return name;
    return t('audit.action.named', { entity: entity(subject), verb: t(verbKey as 'audit.verb.read') });
  };
  return { entity, action };
}
