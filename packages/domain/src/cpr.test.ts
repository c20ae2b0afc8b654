import { describe, expect, test } from 'vitest';
import {
  maskCprsIn,
  ageOn, cprAgeOn, cprSearchPrefix, isCprSearchTerm, isValidCpr, maskCpr, normalizeCpr, parseCpr,
} from './cpr.js';

const birthDate = (input: string) => {
  const r = parseCpr(input);
  return r.ok ? r.cpr.birthDate : r.error;
};
const errorOf = (input: string) => {
  const r = parseCpr(input);
  return r.ok ? null : r.error;
};

describe('parseCpr: form', () => {
  test('accepts the dashed form', () => {
    expect(parseCpr('070761-4285')).toEqual({
      ok: true,
      cpr: { digits: '0707614285', formatted: '070761-4285', birthDate: '1961-07-07', isSubstitute: false, sex: 'male' },
    });
  });

  test.each(['0707614285', ' 070761-4285', '070761-4285 ', '\t0707614285\n', '  070761-4285  ', '070761 4285', '070761–4285'])(
    'accepts %j with the same result as the canonical form',
    (input) => expect(parseCpr(input)).toEqual(parseCpr('070761-4285')),
  );

  test.each([
    '', ' ', '-', '070761-428', '070761-42855', '07076-14285', '070761428', '07076142855',
    '0707-614285', '070761--4285', '070761  4285', '070761/4285', '0707 61-4285', '07076A-4285',
    '070761-428X', 'abcdef-ghij', '+070761-4285', '070761-4285-', '０７０７６１-４２８５', '070761-4285\n1',
  ])('rejects %j with cpr.format', (input) => {
    expect(parseCpr(input)).toEqual({ ok: false, error: 'cpr.format' });
    expect(isValidCpr(input)).toBe(false);
  });
});

describe('parseCpr: a birth date after today → cpr.future [pub]', () => {
  test('010130-4000 is born 1 January 2030: invalid before that day, valid from it', () => {
    expect(parseCpr('010130-4000', '2026-12-03')).toEqual({ ok: false, error: 'cpr.future' });
    expect(parseCpr('010130-4000', '2030-01-01').ok).toBe(true);
    expect(isValidCpr('010130-4000', '2029-12-31')).toBe(false);
  });
  test('born today is valid', () => expect(parseCpr('031226-4000', '2026-12-03').ok).toBe(true));
});

describe('parseCpr: impossible dates → cpr.date', () => {
  test.each([
    ['310461-1234', '31 April'],
    ['310661-1234', '31 June'],
    ['310961-1234', '31 September'],
    ['311161-1234', '31 November'],
    ['300261-1234', '30 February'],
    ['300290-1234', '30 February 1990'],
    ['290290-1234', '29 February 1990 (not leap)'],
    ['000161-1234', 'day 00'],
    ['320161-1234', 'day 32'],
    ['600161-1234', 'day 60 (neither real nor substitute)'],
    ['011361-1234', 'month 13'],
    ['010061-1234', 'month 00'],
    ['999999-9999', 'all nines'],
    ['000000-0000', 'all zeroes'],
  ])('%s (%s)', (input) => {
    expect(parseCpr(input)).toEqual({ ok: false, error: 'cpr.date' });
    expect(isValidCpr(input)).toBe(false);
  });

  test.each([
    ['300461-1234', '1961-04-30'],
    ['310161-1234', '1961-01-31'],
    ['311261-1234', '1961-12-31'],
    ['280261-1234', '1961-02-28'],
  ])('month-end %s is valid → %s', (input, expected) => expect(birthDate(input)).toBe(expected));
});

describe('parseCpr: leap days', () => {
  test.each([
    ['290200-4000', '2000-02-29', '4 + YY 00 → 2000, leap'],
    ['290200-0000', 'cpr.date', '0 + YY 00 → 1900, not leap'],
    ['290200-3999', 'cpr.date', '3 + YY 00 → 1900, not leap'],
    ['290200-5000', '2000-02-29', '5 + YY 00 → 2000, leap'],
    ['290200-9000', '2000-02-29', '9 + YY 00 → 2000, leap'],
    ['290224-4000', '2024-02-29', '2024 leap'],
    ['290224-1000', '1924-02-29', '1924 leap'],
    ['290223-4000', 'cpr.date', '2023 not leap'],
    ['290296-5000', '1896-02-29', '5 + YY 96 → 1896, leap'],
    ['290296-8000', '1896-02-29', '8 + YY 96 → 1896, leap'],
    ['290297-6000', 'cpr.date', '1897 not leap'],
    ['290296-2000', '1996-02-29', '2 + YY 96 → 1996, leap'],
    ['290204-7000', '2004-02-29', '7 + YY 04 → 2004, leap'],
  ])('%s → %s (%s)', (input, expected) => expect(birthDate(input)).toBe(expected));

  test('29 Feb 1900 does not exist in the 1800s band either (5–8 never map YY 00 to 1900)', () => {
    // YY 00 with 5–8 is 2000, so 1900 is only reachable with 0–4 and 9; all must reject 29 Feb 1900.
    for (const d of ['0', '1', '2', '3']) expect(errorOf(`290200-${d}123`)).toBe('cpr.date');
    expect(birthDate('290200-6123')).toBe('2000-02-29');
  });
});

describe('parseCpr: century from the 7th digit and YY', () => {
  // Expected year for each 7th digit at the band edges YY = 00, 36, 37, 57, 58, 99.
  const bands: Record<string, [number, number, number, number, number, number]> = {
    '0': [1900, 1936, 1937, 1957, 1958, 1999],
    '1': [1900, 1936, 1937, 1957, 1958, 1999],
    '2': [1900, 1936, 1937, 1957, 1958, 1999],
    '3': [1900, 1936, 1937, 1957, 1958, 1999],
    '4': [2000, 2036, 1937, 1957, 1958, 1999],
    '5': [2000, 2036, 2037, 2057, 1858, 1899],
    '6': [2000, 2036, 2037, 2057, 1858, 1899],
    '7': [2000, 2036, 2037, 2057, 1858, 1899],
    '8': [2000, 2036, 2037, 2057, 1858, 1899],
    '9': [2000, 2036, 1937, 1957, 1958, 1999],
  };
  const edges = ['00', '36', '37', '57', '58', '99'];
  const rows = Object.entries(bands).flatMap(([digit, years]) =>
    edges.map((yy, i) => [digit, yy, years[i]] as const));

  test('covers every 7th digit at every edge', () => expect(rows).toHaveLength(60));

  test.each(rows)('7th digit %s, YY %s → %i', (digit, yy, year) => {
    expect(birthDate(`1503${yy}-${digit}123`)).toBe(`${year}-03-15`);
  });
});

describe('parseCpr: substitute numbers (day + 60)', () => {
  test.each([
    ['610161-1234', '1961-01-01'],
    ['910161-1234', '1961-01-31'],
    ['900461-1234', '1961-04-30'],
    ['890200-4000', '2000-02-29'],
    ['750575-2222', '1975-05-15'],
  ])('%s → %s, flagged', (input, expected) => {
    const r = parseCpr(input);
    expect(r).toMatchObject({ ok: true, cpr: { birthDate: expected, isSubstitute: true } });
  });

  test('a real day is not flagged', () => {
    expect(parseCpr('010161-1234')).toMatchObject({ ok: true, cpr: { isSubstitute: false } });
  });

  test('keeps the substitute digits as given', () => {
    expect(parseCpr('6101611234')).toMatchObject({ ok: true, cpr: { digits: '6101611234', formatted: '610161-1234' } });
  });

  test.each([
    ['920161-1234', 'day 92 → 32'],
    ['990161-1234', 'day 99 → 39'],
    ['910490-1234', '31 April'],
    ['910690-1234', '31 June'],
    ['900290-1234', '30 February'],
    ['890290-1234', '29 February 1990'],
    ['890200-1234', '29 February 1900'],
    ['611390-1234', 'month 13'],
    ['610090-1234', 'month 00'],
  ])('%s (%s) → cpr.date', (input) => expect(errorOf(input)).toBe('cpr.date'));
});

describe('parseCpr: modulus 11 is not required', () => {
  const weights = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];
  const mod11 = (digits: string) => [...digits].reduce((s, c, i) => s + Number(c) * weights[i]!, 0) % 11;

  test.each(['010190-1235', '070761-4286', '150304-4000'])('%s fails modulus 11 yet is accepted', (input) => {
    expect(mod11(input.replace('-', ''))).not.toBe(0);
    expect(isValidCpr(input)).toBe(true);
  });

  test('a number that passes modulus 11 is accepted too', () => {
    expect(mod11('0707614285')).toBe(0);
    expect(isValidCpr('070761-4285')).toBe(true);
  });
});

describe('parseCpr: sex from the last digit', () => {
  test.each([
    ['0', 'female'], ['1', 'male'], ['2', 'female'], ['3', 'male'], ['4', 'female'],
    ['5', 'male'], ['6', 'female'], ['7', 'male'], ['8', 'female'], ['9', 'male'],
  ] as const)('last digit %s → %s', (last, sex) => {
    expect(parseCpr(`010180-123${last}`)).toMatchObject({ ok: true, cpr: { sex } });
  });
});

describe('normalizeCpr', () => {
  test.each([
    ['070761-4285', '0707614285'],
    ['0707614285', '0707614285'],
    ['  070761-4285\t', '0707614285'],
    ['300290-1234', '3002901234'], // form only: date validity is parseCpr's job
    ['070761-428', null],
    ['07076-14285', null],
    ['070761-42a5', null],
    ['', null],
  ])('%j → %j', (input, expected) => expect(normalizeCpr(input)).toBe(expected));
});

describe('maskCpr', () => {
  test.each([
    ['070761-4285', '070761-XXXX'],
    ['0707614285', '070761-XXXX'],
    [' 070761-4285 ', '070761-XXXX'],
    ['610161-1234', '610161-XXXX'],
  ])('%j → %s', (input, expected) => expect(maskCpr(input)).toBe(expected));

  test.each(['070761-428', '070761-42855', '07076142855', '0707-614285', 'abc', '', '070761/4285', '1234567890123'])(
    'malformed %j is fully masked',
    (input) => {
      const masked = maskCpr(input);
      expect(masked).toBe('XXXXXX-XXXX');
      expect(masked).not.toMatch(/\d/);
    },
  );
});

describe('ageOn', () => {
  test.each([
    ['1990-06-15', '2020-06-14', 29, 'day before birthday'],
    ['1990-06-15', '2020-06-15', 30, 'on birthday'],
    ['1990-06-15', '2020-06-16', 30, 'day after birthday'],
    ['1990-06-15', '2020-05-31', 29, 'earlier month'],
    ['1990-06-15', '2020-07-01', 30, 'later month'],
    ['1990-06-15', '1990-06-15', 0, 'day of birth'],
    ['1990-06-15', '1991-06-14', 0, 'not yet one'],
    ['2009-03-10', '2024-03-09', 14, 'day before turning 15'],
    ['2009-03-10', '2024-03-10', 15, 'exactly 15 on the day'],
    ['1990-12-31', '2021-01-01', 30, 'across new year'],
    ['1990-06-15', '1990-06-14', -1, 'before birth'],
  ])('%s on %s → %i (%s)', (b, on, expected) => expect(ageOn(b, on)).toBe(expected));

  test.each([
    ['2000-02-29', '2023-02-28', 22, 'non-leap year: not yet on 28 Feb'],
    ['2000-02-29', '2023-03-01', 23, 'non-leap year: older on 1 March'],
    ['2000-02-29', '2024-02-28', 23, 'leap year: day before'],
    ['2000-02-29', '2024-02-29', 24, 'leap year: on the day'],
    ['2000-02-29', '2024-03-01', 24, 'leap year: day after'],
    ['2000-02-29', '2001-02-28', 0, 'first non-leap year'],
    ['2000-02-29', '2001-03-01', 1, 'first birthday counted on 1 March'],
    ['2009-02-28', '2024-02-28', 15, 'exactly 15 on 28 Feb'],
  ])('leap-day %s on %s → %i (%s)', (b, on, expected) => expect(ageOn(b, on)).toBe(expected));

  test('rejects non-ISO dates instead of guessing', () => {
    expect(() => ageOn('2000-02-30', '2024-01-01')).toThrow(RangeError);
    expect(() => ageOn('2000-01-01', '01-01-2024')).toThrow(RangeError);
  });
});

describe('cprAgeOn', () => {
  test.each([
    ['070761-4285', '2021-07-06', 59],
    ['070761-4285', '2021-07-07', 60],
    ['0707614285', '2021-07-08', 60],
    ['100309-4123', '2024-03-10', 15], // 4 + YY 09 → 2009
    ['100309-4123', '2024-03-09', 14],
    ['700309-4123', '2024-03-10', 15], // substitute: age from the real day
    ['290200-4000', '2023-02-28', 22],
    ['290200-4000', '2023-03-01', 23],
  ])('%s on %s → %i', (input, on, expected) => expect(cprAgeOn(input, on)).toBe(expected));

  test.each(['300290-1234', '070761-428', ''])('%j → null', (input) =>
    expect(cprAgeOn(input, '2024-01-01')).toBeNull());
});

describe('isCprSearchTerm / cprSearchPrefix', () => {
  test.each([
    ['070761', '070761'],
    ['070761-', '070761'],
    ['070761-4', '0707614'],
    ['0707614', '0707614'],
    ['070761-428', '070761428'],
    ['070761-4285', '0707614285'],
    ['0707614285', '0707614285'],
    ['  070761-42 ', '07076142'],
    ['120590 1238', '1205901238'],
    ['120590–1238', '1205901238'],
  ])('%j is a CPR search term → prefix %s', (term, prefix) => {
    expect(isCprSearchTerm(term)).toBe(true);
    expect(cprSearchPrefix(term)).toBe(prefix);
  });

  test.each([
    '', '07076', '0707', '07076-1', '070761-42855', '07076142855', '070761--4', '070761/4285',
    'Jensen', '070761a', 'a070761', '2024-01-01', '-070761',
  ])('%j is not a CPR search term', (term) => {
    expect(isCprSearchTerm(term)).toBe(false);
    expect(cprSearchPrefix(term)).toBeNull();
  });
});

describe('maskCprsIn', () => {
  test.each([
    ['0101901234', '010190-XXXX'],
    ['010190-1234', '010190-XXXX'],
    ['010190 1234', '010190-XXXX'],
    ['010190.1234', '010190-XXXX'],
    ['01019012345', '010190-XXXX'],
    ['Anna 010190-12', 'Anna 010190-XXXX'],
    ['Anna Hansen', 'Anna Hansen'],
    ['Borgeren 1509971897 ringede', 'Borgeren 150997-XXXX ringede'],
    ['15 09 97 1897', '150997-XXXX'],
    ['15.09.97-1897', '150997-XXXX'],
    ['150997–1897', '150997-XXXX'],
    ['１５０９９７１８９７', '150997-XXXX'],
    ['１５０９９７－１８９７ og 010190 1234', '150997-XXXX og 010190-XXXX'],
    ['Sag 2024 (12 forsøg)', 'Sag 2024 (12 forsøg)'],
    ['brev af 25.11.2026 og 2023-06-30T10:00:00.000Z', 'brev af 25.11.2026 og 2023-06-30T10:00:00.000Z'],
    ['ringede fra 20 30 40 50', 'ringede fra 20 30 40 50'],
    ['substitute 7503851236', 'substitute 750385-XXXX'],
  ])('%s is logged as %s', (text, masked) => {
    expect(maskCprsIn(text)).toBe(masked);
  });
});
