import type { da } from './texts.da';

export const en: Record<keyof typeof da, string> = {
  'readAccess.readAccess': 'The read access',
  'readAccess.section': 'Read accesses',
  'readAccess.create.title': 'Create read access',
  'readAccess.none': 'The citizen has no read accesses.',
  'readAccess.form.visitPlaceholder': 'Choose a visit',
  'readAccess.form.noVisits': 'The citizen has no verified visits today.',
  'readAccess.form.visitOption': 'Visit no. {{id}} · {{service}}',
  'readAccess.form.giver': 'Giver: {{name}}, {{cpr}}',
  'readAccess.form.needsCitizen': 'Open the citizen and choose "Create read access" there.',
  'readAccess.activate': 'Activate',
  'readAccess.activateNamed': 'Activate read access for {{name}}',
  'readAccess.revoke': 'Revoke',
  'readAccess.revokeNamed': 'Revoke read access for {{name}}',
  'readAccess.revokeTitle': 'Revoke read access for {{name}}',
  'readAccess.reason': 'Reason',
  'readAccess.done': 'The read access now has status {{status}}.',
  'readAccess.backToCitizen': 'To the citizen',
};
