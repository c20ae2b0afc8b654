import { describe, expect, test } from 'vitest';
import { policy } from '../policy.js';
import { canMoveExemption, decisionProblem, exemptionStatuses, ZExemptionInput } from './exemption.js';

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
