import type { da } from './codes.js';

export const en: Record<keyof typeof da, string> = {
  'codes.fields.id': 'No.',
  'codes.fields.citizen': 'Citizen',
  'codes.fields.kind': 'Kind',
  'codes.fields.status': 'Status',
  'codes.fields.issuedAt': 'Issued',
  'codes.fields.issuedBy': 'Issued by',
  'codes.fields.expiresAt': 'Expires',
  'codes.fields.visit': 'Visit',
  'codes.fields.failedAttempts': 'Wrong tries',
  'codes.fields.usedAt': 'Used',
  'codes.fields.blockedAt': 'Blocked',
  'codes.fields.revokedAt': 'Revoked',
  'codes.fields.revokedBy': 'Revoked by',
  'codes.fields.revocationCause': 'Cause of revocation',
  'codes.fields.revocationReason': 'Reason',
  'codes.kind.mitIdActivation': 'MitID activation code',
  'codes.kind.nemIdTemporaryPassword': 'NemID temporary password',
  'codes.status.issued': 'Issued',
  'codes.status.used': 'Used',
  'codes.status.expired': 'Expired',
  'codes.status.revoked': 'Revoked',
  'codes.status.blocked': 'Blocked',
};

