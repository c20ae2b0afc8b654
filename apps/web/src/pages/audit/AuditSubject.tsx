import { Link } from 'react-router';
import { auditEntities, useAuditLabels, type AuditEntity } from './labels';

/** An audit entry's subject ("Borger 12"), linked to its page where it has one. */
export function AuditSubject({ entity, entityId }: { entity: string; entityId: string | null }) {
  const labels = useAuditLabels();
  const base = (auditEntities as Record<string, string | null>)[entity as AuditEntity];
  const text = entityId ? `${labels.entity(entity)} ${entityId}` : labels.entity(entity);
  return base && entityId ? <Link to={`${base}/${entityId}`}>{text}</Link> : <>{text}</>;
}
