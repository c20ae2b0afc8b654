import { Link } from 'react-router';
import { auditSubjectPath, useAuditLabels } from './labels';

/** An audit entry's subject ("Borger 12"), linked to its page where it has one. */
export function AuditSubject({ entity, entityId }: { entity: string; entityId: string | null }) {
  const labels = useAuditLabels();
  if (!entityId) return <>{labels.entity(entity)}</>;
  const text = `${labels.entity(entity)} ${entityId}`;
  const path = auditSubjectPath(entity, entityId);
  return path ? <Link to={path}>{text}</Link> : <>{text}</>;
}
