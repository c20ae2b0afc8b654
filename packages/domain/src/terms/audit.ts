/** Names used by the audit log, in screens and CSV files alike. */
export const da = {
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
