import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { codeAlphabet } from '../codes/temporaryCode.js';
import type { MessageKey } from '../messages.js';
import { policy } from '../policy.js';

export type PasswordProblem = Extract<MessageKey, `password.${string}`>;

// Built on first use: the dictionaries are large, and most callers never judge a password.
let estimator: ZxcvbnFactory | undefined;
const guessability = () => (estimator ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs }));

/**
 * Why a password a staff member chose is refused, or null: too short [pub NIST SP 800-63B 5.1.1.2, ASVS 2.1.1],
 * their username, or too common or predictable [pub NIST SP 800-63B 5.1.1.2: "commonly-used, expected, or
 * compromised"], judged by zxcvbn-ts over its common-password and keyboard-pattern lists, with the staff member's
 * own names as words an attacker would try first. Length counts characters, not UTF-16 units: "æøå" is three.
 */
export function passwordProblem(password: string, person: { username: string; displayName?: string }): PasswordProblem | null {
  if ([...password].length < policy.passwordMinimumLength) return 'password.tooShort';
  if (password.trim().toLowerCase() === person.username.toLowerCase()) return 'password.isUsername';
  const names = (person.displayName ?? '').split(/\s+/);
  const ownWords = [person.username, names.join(''), ...names].filter((word) => word.length > 0);
  if (guessability().check(password, ownWords).score < policy.passwordMinimumScore) return 'password.tooCommon';
  return null;
}

/**
 * [policy] A one-time password is 4 groups of 4 from the activation codes' alphabet without look-alikes (no 0/O,
 * 1/I/L): 16 symbols of 31 carry 79 bits, read aloud or copied from paper without doubt.
 */
export const oneTimePasswordGroups = 4;
export const oneTimePasswordGroupLength = 4;
export const oneTimePasswordLength = oneTimePasswordGroups * oneTimePasswordGroupLength;

/** `ABCD-EFGH-JKMN-PQRS`: how a one-time password is shown, and stored (hashed). */
export function formatOneTimePassword(symbols: string): string {
  return symbols.match(new RegExp(`.{1,${oneTimePasswordGroupLength}}`, 'g'))?.join('-') ?? '';
}

const oneTimeSymbols = new RegExp(`^[${codeAlphabet}]{${oneTimePasswordLength}}$`);

/**
 * What was typed, as the one-time password would be written, when it can be one: lower case, spaces and missing
 * dashes are forgiven (it is copied from paper). Anything else is returned as typed.
 */
export function normalizeOneTimePassword(typed: string): string {
  const symbols = typed.toUpperCase().replace(/[\s-]/g, '');
  return oneTimeSymbols.test(symbols) ? formatOneTimePassword(symbols) : typed;
}

/** [policy] When a one-time password made now stops working. */
export function oneTimePasswordExpiry(now: Date): Date {
  return new Date(now.getTime() + policy.oneTimePasswordHours * 3_600_000);
}

/** An expired one-time password no longer logs anyone in; a password the staff member chose has no expiry. */
export function oneTimePasswordExpired(expiresAt: Date | null, now: Date): boolean {
  return expiresAt !== null && now.getTime() >= expiresAt.getTime();
}
