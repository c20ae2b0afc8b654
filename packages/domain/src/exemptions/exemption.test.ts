import { describe, expect, test } from 'vitest';
import { policy } from '../policy.js';
import { canMoveExemption, decisionProblem, exemptionStatuses, ZExemptionInput } from './exemption.js';
import { readAccessStatus, ZReadAccessInput } from './readAccess.js';

const fieldMessages = (input: unknown) =>
  Object.fromEntries((ZExemptionInput.safeParse(input).error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));

describe('intake [pub]', () => {
  test('the citizen applying in person needs ID and a signed declaration, and no ground or documentation', () => {
    expect(fieldMessages({ citizenId: 1, capacity: 'self', idSeen: true, declarationReceived: true })).toEqual({});
    expect(fieldMessages({ citizenId: 1, capacity: 'self' })).toEqual({
      idSeen: 'exemption.idRequired',
      declarationReceived: 'exemption.declarationRequired',
    });
  });

  test('someone applying on behalf of the citizen is named, and shows ID', () => {
    expect(fieldMessages({ citizenId: 1, capacity: 'relative', idSeen: true })).toEqual({ applicantName: 'validation.required' });
    expect(fieldMessages({ citizenId: 1, capacity: 'careWorker', idSeen: true, applicantName: 'Hanne Hjemmehjælper' })).toEqual({});
  });
});

describe('states [pub]', () => {
  test.each([
    ['requested', 'granted', true],
    ['requested', 'refused', true],
    ['granted', 'revoked', true],
    ['refused', 'granted', false],
    ['revoked', 'granted', false],
    ['requested', 'revoked', false],
  ] as const)('%s → %s allowed: %s', (from, to, allowed) => expect(canMoveExemption(from, to)).toBe(allowed));

  test('refused and revoked are final', () => {
    for (const to of exemptionStatuses) {
      expect(canMoveExemption('refused', to)).toBe(false);
      expect(canMoveExemption('revoked', to)).toBe(false);
    }
  });
});

describe('decisions', () => {
  const facts = (citizenAge: number | null, residenceAbroad = false) => ({ citizenAge, residenceAbroad, minimumAge: policy.digitalPostAge });

  test('a citizen of 15 can be granted; one of 14 cannot (no mailbox yet) [seed]', () => {
    expect(decisionProblem('granted', facts(15))).toBeNull();
    expect(decisionProblem('granted', facts(14))).toBe('exemption.underAge');
    expect(decisionProblem('refused', facts(14))).toBeNull();
  });

  test('residence abroad is always granted, never refused [pub]', () => {
    expect(decisionProblem('refused', facts(40, true))).toBe('exemption.abroadAlwaysGranted');
    expect(decisionProblem('granted', facts(40, true))).toBeNull();
  });
});

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
