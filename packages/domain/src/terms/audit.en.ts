import type { da } from './audit.js';

export const en: Record<keyof typeof da, string> = {
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

