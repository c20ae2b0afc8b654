import { useTranslation } from 'react-i18next';
import { features } from '@skranke/domain';
import { webFeatures } from '../../features';

/** What the log's entries are about: every case type's entity, staff members and the log itself. */
export const auditEntities = [...features.map((f) => f.entity), 'staff', 'auditLog'] as const;

/** The page an entry links to: its case type's own page, where it has one (read accesses have none). */
export function auditSubjectPath(entity: string, entityId: string): string | null {
  const feature = features.find((f) => f.entity === entity);
  const show = feature && webFeatures[feature.name].resource().show;
  return typeof show === 'string' ? show.replace(':id', entityId) : null;
}

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
