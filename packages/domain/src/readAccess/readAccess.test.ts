import { describe, expect, test } from 'vitest';
import { readAccessStatus, ZReadAccessInput } from './readAccess.js';

describe('read access [pub]', () => {
  test('is valid through its end date and expired the day after; only an active one expires', () => {
    expect(readAccessStatus('active', '2026-11-25', '2026-11-25')).toBe('active');
    expect(readAccessStatus('active', '2026-11-24', '2026-11-25')).toBe('expired');
    expect(readAccessStatus('revoked', '2026-11-24', '2026-11-25')).toBe('revoked');
    expect(readAccessStatus('requested', '2026-11-24', '2026-11-25')).toBe('requested');
  });

  test("needs the giver's identity: a visit verified today or a power of attorney", () => {
    const base = { citizenId: 1, receiverCpr: '010180-1234', receiverName: 'Mor', rights: 'read', endsOn: '2027-12-31' };
    expect(ZReadAccessInput.safeParse(base).error?.issues.map((i) => i.message)).toEqual(['readAccess.identityRequired']);
    expect(ZReadAccessInput.safeParse({ ...base, powerOfAttorney: true }).success).toBe(true);
    expect(ZReadAccessInput.safeParse({ ...base, visitId: 7 }).success).toBe(true);
  });
});
