import { useTranslation } from 'react-i18next';

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
} as const;
export type AuditEntity = keyof typeof auditEntities;

/** The actions the API writes (packages/api), offered in the viewer's filter. */
export const auditActions = [
  'citizen.search', 'citizen.read', 'citizen.readCard', 'citizen.lookup', 'citizen.create', 'citizen.update',
  'visit.read', 'visit.create', 'visit.complete', 'visit.refuse', 'visit.abort',
  'complaint.read', 'complaint.create', 'complaint.update', 'complaint.assign', 'complaint.transition', 'complaint.comment',
  'complaint.attach', 'complaint.attachmentRead',
  'exemption.read', 'exemption.create', 'exemption.update', 'exemption.decide', 'exemption.revoke',
  'readAccess.read', 'readAccess.create', 'readAccess.update', 'readAccess.activate', 'readAccess.revoke',
  'code.read', 'code.issue', 'code.redeem', 'code.revoke', 'code.wrongEntry', 'code.block',
  'block.read', 'block.create', 'block.reopen',
  'audit.read', 'audit.search', 'audit.purge', 'export',
  'auth.login', 'auth.logout', 'auth.loginFailed',
] as const;

/** "Borger: Læst" for `citizen.read`; an action the UI does not know yet is shown as written. */
export function useAuditLabels() {
  const { t, i18n } = useTranslation();
  const entity = (name: string) => {
    const key = `audit.entity.${name === 'audit' ? 'auditLog' : name}`;
    return i18n.exists(key) ? t(key as 'audit.entity.citizen') : name;
  };
  const action = (name: string) => {
    if (name === 'export') return t('audit.action.export');
    const [subject, verb] = name.split('.', 2);
    const verbKey = `audit.verb.${verb}`;
    if (!subject || !verb || !i18n.exists(verbKey)) return name;
    return t('audit.action.named', { entity: entity(subject), verb: t(verbKey as 'audit.verb.read') });
  };
  return { entity, action };
}
