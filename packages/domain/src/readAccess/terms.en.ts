import type { da } from './terms.js';

export const en: Record<keyof typeof da, string> = {
  'readAccess.fields.id': 'No.',
  'readAccess.fields.citizenId': "Giver's citizen number in Skranke",
  'readAccess.fields.createdAt': 'Created',
  'readAccess.fields.activatedAt': 'Activated',
  'readAccess.fields.revokedAt': 'Revoked',
  'readAccess.fields.receiverName': "Receiver's name",
  'readAccess.fields.receiverCpr': "Receiver's CPR number",
  'readAccess.fields.rights': 'Rights',
  'readAccess.fields.endsOn': 'End date',
  'readAccess.fields.endsOnHint': 'Write the date as dd/mm/yyyy.',
  'readAccess.fields.status': 'Status',
  'readAccess.fields.visitId': "Visit in which the giver's identity was verified today",
  'readAccess.fields.powerOfAttorney': 'Power of attorney present',
  'readAccess.rights.read': 'Read',
  'readAccess.rights.readWrite': 'Read and write',
  'readAccess.status.requested': 'Requested',
  'readAccess.status.active': 'Active',
  'readAccess.status.expired': 'Expired',
  'readAccess.status.revoked': 'Revoked',

  // Its screens.
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

  // Why an input or an action is refused.
  'readAccess.identityRequired': "The giver's identity must be verified in a visit today, or a power of attorney recorded.",
  'readAccess.visitNotVerifiedToday': "The visit must be the giver's own, verified today.",
  'readAccess.endInPast': 'The end date must be after today.',
  'readAccess.receiverIsGiver': 'A citizen cannot give read access to themselves.',
  'readAccess.notRequested': 'The read access has already been activated or revoked.',
  'readAccess.notActive': 'Only an active read access can be revoked.',

  // Its audit entries.
  'audit.entity.readAccess': 'Read access',
};

