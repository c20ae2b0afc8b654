import { describe, expect, test } from 'vitest';
import { codeAlphabet } from '../codes/temporaryCode.js';
import { policy } from '../policy.js';
import {
  formatOneTimePassword,
  normalizeOneTimePassword,
  oneTimePasswordExpired,
  oneTimePasswordExpiry,
  passwordProblem,
} from './password.js';

const anna = { username: 'anna.hansen', displayName: 'Anna Hansen' };

describe('password rules', () => {
  test('at least 12 characters, counted as characters: 11 are refused, 12 taken', () => {
    expect(policy.passwordMinimumLength).toBe(12);
    expect(passwordProblem('kvæg-ål-tøj', anna)).toBe('password.tooShort');
    expect(passwordProblem('kvæg-ål-tøjs', anna)).toBeNull();
  });

  test('not the username, whatever the case', () => {
    const long = { username: 'borgerservice.aarhus' };
    expect(passwordProblem('Borgerservice.Aarhus', long)).toBe('password.isUsername');
  });

  test.each(['password1234', 'qwertyuiop123', 'iloveyou12345', '1q2w3e4r5t6y', '123456789012', 'aaaaaaaaaaaa'])(
    'a common or patterned password is refused: %s',
    (password) => expect(passwordProblem(password, anna)).toBe('password.tooCommon'),
  );

  test("the staff member's own name with a few digits is too easy to guess", () => {
    expect(passwordProblem('anna.hansen12', anna)).toBe('password.tooCommon');
    expect(passwordProblem('AnnaHansen2026', anna)).toBe('password.tooCommon');
  });

  test.each(['correct horse battery', 'kbh-skranke-demo', 'blå hest på taget'])('a long, unpredictable password is taken: %s', (password) =>
    expect(passwordProblem(password, anna)).toBeNull(),
  );
});

describe('one-time passwords', () => {
  test('shown as 4 groups of 4', () => {
    expect(formatOneTimePassword('ABCDEFGHJKMNPQRS')).toBe('ABCD-EFGH-JKMN-PQRS');
  });

  test('typed from paper in lower case, with spaces or without dashes, it is still the same password', () => {
    for (const typed of ['abcd-efgh-jkmn-pqrs', 'ABCD EFGH JKMN PQRS', 'ABCDEFGHJKMNPQRS', ' abcdefgh-jkmnpqrs ']) {
      expect(normalizeOneTimePassword(typed)).toBe('ABCD-EFGH-JKMN-PQRS');
    }
  });

  test('a password that cannot be a one-time password is left exactly as typed', () => {
    expect(normalizeOneTimePassword('correct horse battery')).toBe('correct horse battery');
    // O and 0 are not in the alphabet, so this is someone's own password, not a one-time one.
    expect(normalizeOneTimePassword('abcd-efgh-jkmn-pqro')).toBe('abcd-efgh-jkmn-pqro');
    expect(codeAlphabet).not.toMatch(/[01OIL]/);
  });

  test(`works for ${policy.oneTimePasswordHours} hours, and not a moment longer`, () => {
    const made = new Date('2026-12-01T09:00:00Z');
    const expiry = oneTimePasswordExpiry(made);
    expect(expiry).toEqual(new Date('2026-12-04T09:00:00Z'));
    expect(oneTimePasswordExpired(expiry, new Date(expiry.getTime() - 1))).toBe(false);
    expect(oneTimePasswordExpired(expiry, expiry)).toBe(true);
    expect(oneTimePasswordExpired(null, new Date('2100-01-01T00:00:00Z'))).toBe(false);
  });
});
