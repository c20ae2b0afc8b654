import type { da } from './readAccess.js';

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
};

