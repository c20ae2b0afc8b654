import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { policy } from '../policy.js';
import { translate } from '../messages.js';
import {
  afterWrongEntry,
  codeAlphabet,
  codeExpiresAt,
  codeIssueProblem,
  codeStatus,
  formatCode,
  normalizeCode,
  ZCodeRedemption,
} from './temporaryCode.js';
import { ZBlockInput } from './block.js';

describe('the code alphabet', () => {
  test('has no look-alikes a citizen could misread from paper', () => {
    for (const c of '01ILO') expect(codeAlphabet).not.toContain(c);
    expect(new Set(codeAlphabet).size).toBe(codeAlphabet.length);
  });

  test('what the citizen types back is the code, whatever the case, spaces or dashes', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...codeAlphabet), minLength: 12, maxLength: 12 }), (code) => {
        expect(normalizeCode(formatCode(code))).toBe(code);
        expect(normalizeCode(formatCode(code).toLowerCase().replace(/-/g, ' '))).toBe(code);
      }),
    );
    expect(formatCode('ABCDEFGHJKMN')).toBe('ABCD-EFGH-JKMN');
    expect(ZCodeRedemption.parse({ id: 1, code: ' abcd-efgh ' }).code).toBe('ABCDEFGH');
  });
});

describe('[pub] expiry', () => {
  const issuedAt = new Date('2026-11-25T09:30:00Z');
  test('48 hours after creation by default; computed from the clock, not stored', () => {
    const expiresAt = codeExpiresAt(issuedAt, policy);
    expect(expiresAt.toISOString()).toBe('2026-11-27T09:30:00.000Z');
    expect(codeStatus('issued', expiresAt, new Date(expiresAt.getTime() - 1))).toBe('issued');
    expect(codeStatus('issued', expiresAt, expiresAt)).toBe('expired');
  });

  test('a municipality may choose another validity', () => {
    expect(codeExpiresAt(issuedAt, { codeValidityHours: 24 }).toISOString()).toBe('2026-11-26T09:30:00.000Z');
  });

  test('a used, revoked or blocked code keeps its state after the expiry time', () => {
    const past = new Date('2020-01-01T00:00:00Z');
    for (const s of ['used', 'revoked', 'blocked'] as const) expect(codeStatus(s, past, issuedAt)).toBe(s);
  });
});

test('[pub] the third wrong entry blocks the code', () => {
  expect(afterWrongEntry(0, policy)).toEqual({ failedAttempts: 1, blocked: false });
  expect(afterWrongEntry(1, policy)).toEqual({ failedAttempts: 2, blocked: false });
  expect(afterWrongEntry(2, policy)).toEqual({ failedAttempts: 3, blocked: true });
});

describe('[seed] NemID temporary passwords', () => {
  test('can be issued until the last collection date, not after', () => {
    expect(codeIssueProblem('nemIdTemporaryPassword', '2023-06-30', policy)).toBeNull();
    const problem = codeIssueProblem('nemIdTemporaryPassword', '2023-07-01', policy);
    expect(problem).toEqual({ key: 'code.nemIdEnded', params: { date: '2023-06-30' } });
    expect(translate(problem!.key, 'da', problem!.params)).toContain('til og med 30.06.2023');
    expect(translate(problem!.key, 'en', problem!.params)).toContain('until 30/06/2023');
    expect(codeIssueProblem('mitIdActivation', '2026-11-25', policy)).toBeNull();
  });
});

describe('a blocking request', () => {
  const request = {
    citizenId: 1,
    misuse: 'lostOrStolen',
    description: 'Telefonen med MitID-appen er stjålet.',
    reportedOn: '2026-11-25',
    hotline: 'citizen',
    hotlineCalled: true,
    policeReport: 'made',
  };
  test('is accepted once the hotline call is confirmed', () => {
    expect(ZBlockInput.parse(request)).toMatchObject({ hotline: 'citizen', notes: null });
  });
  test('[seed] is refused until the hotline has been called, with a message that says to call', () => {
    const result = ZBlockInput.safeParse({ ...request, hotlineCalled: false });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['hotlineCalled', 'block.hotlineNotCalled']]);
  });
});
