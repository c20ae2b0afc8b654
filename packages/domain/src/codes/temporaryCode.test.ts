import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { policy } from '../policy.js';
import { translate } from '../translate.js';
import {
  afterWrongEntry,
  codeAlphabet,
  codeExpiresAt,
  codeIssueProblem,
  codeStatus,
  formatCode,
  normalizeCode,
  ZCodeRedemption,
  type CodeIssueFacts,
} from './temporaryCode.js';

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

describe('issuing a code', () => {
  const now = new Date('2026-11-25T10:00:00Z');
  const verifiedAt = new Date('2026-11-25T09:50:00Z');
  const visit = { service: 'newMitId', outcome: 'verified', day: '2026-11-25', level: 'BETYDELIG', closedAt: verifiedAt } as const;
  const facts = (change: Partial<CodeIssueFacts> = {}): CodeIssueFacts => ({ kind: 'mitIdActivation', now, visit, blocks: [], ...change });
  const problem = (change: Partial<CodeIssueFacts> = {}) => codeIssueProblem(facts(change), policy)?.key ?? null;

  test.each<[string, Partial<CodeIssueFacts>, string | null]>([
    ['from a credential visit verified today at BETYDELIG', {}, null],
    ['at HØJ too', { visit: { ...visit, level: 'HØJ' } }, null],
    ['not from a visit verified yesterday [policy]', { visit: { ...visit, day: '2026-11-24' } }, 'code.visitNotVerifiedToday'],
    ['not from a refused visit', { visit: { ...visit, outcome: 'refused' } }, 'code.visitNotVerifiedToday'],
    ['not from a visit that issues no credential', { visit: { ...visit, service: 'readAccess' } }, 'code.visitNotCredential'],
    ['not from a visit verified at LAV [policy]', { visit: { ...visit, level: 'LAV' } }, 'code.levelTooLow'],
    ['not after a block registered after the verification', { blocks: [{ credential: 'mitId', createdAt: new Date('2026-11-25T09:55:00Z'), reopenedAt: null }] }, 'code.blockedAfterVisit'],
    ['not while the MitID is blocked', { blocks: [{ credential: 'mitId', createdAt: new Date('2026-11-20T09:00:00Z'), reopenedAt: null }] }, 'code.credentialBlocked'],
    ['once the block is reopened', { blocks: [{ credential: 'mitId', createdAt: new Date('2026-11-20T09:00:00Z'), reopenedAt: new Date('2026-11-25T09:52:00Z') }] }, null],
  ])('%s', (_rule, change, expected) => {
    expect(problem(change)).toBe(expected);
  });

  describe('[seed] NemID temporary passwords', () => {
    const nemId = (day: string) =>
      facts({ kind: 'nemIdTemporaryPassword', now: new Date(`${day}T10:00:00Z`), visit: { ...visit, service: 'nemIdTemporaryPassword', day, closedAt: new Date(`${day}T09:50:00Z`) } });
    test('a new one until the last printing, 30 May 2023', () => expect(codeIssueProblem(nemId('2023-05-30'), policy)).toBeNull());
    test('none new from 31 May, naming the last printing', () => {
      expect(codeIssueProblem(nemId('2023-05-31'), policy)).toEqual({ key: 'code.nemIdNoNewCodes', params: { date: '2023-05-30' } });
    });
    test('none at all from 1 July, naming the last collection day', () => {
      const refused = codeIssueProblem(nemId('2023-07-01'), policy)!;
      expect(refused).toEqual({ key: 'code.nemIdEnded', params: { date: '2023-06-30' } });
      expect(translate(refused.key, 'da', refused.params)).toContain('til og med 30.06.2023');
      expect(translate(refused.key, 'en', refused.params)).toContain('until 30/06/2023');
    });
  });
});
