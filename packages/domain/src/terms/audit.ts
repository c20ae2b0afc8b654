/** Names used by the audit log, in screens and CSV files alike. */
const da = {
  'audit.fields.id': 'Nr.',
  'audit.fields.staffId': 'Medarbejderens nummer',
  'audit.fields.entityId': 'Nummer',
  'audit.fields.at': 'Tidspunkt',
  'audit.fields.staff': 'Medarbejder',
  'audit.fields.action': 'Handling',
  'audit.fields.entity': 'Vedrører',
  'audit.fields.purpose': 'Formål',
  'audit.fields.details': 'Detaljer',
};

const en: Record<keyof typeof da, string> = {
  'audit.fields.id': 'No.',
  'audit.fields.staffId': "Staff member's number",
  'audit.fields.entityId': 'Number',
  'audit.fields.at': 'Time',
  'audit.fields.staff': 'Staff member',
  'audit.fields.action': 'Action',
  'audit.fields.entity': 'Concerns',
  'audit.fields.purpose': 'Purpose',
  'audit.fields.details': 'Details',
};

export const auditTerms = { da, en };
