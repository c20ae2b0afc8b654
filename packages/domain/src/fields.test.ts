import { expect, test } from 'vitest';
import { ZIsoDate } from './fields.js';

const problem = (value: string) => ZIsoDate.safeParse(value).error?.issues.map((i) => i.message) ?? [];

test.each(['1900-01-01', '1985-03-15', '2100-12-31'])('%s is a plausible date', (value) => {
  expect(problem(value)).toEqual([]);
});

test.each(['0000-01-01', '1899-12-31', '2101-01-01', '9999-12-31'])('%s is a real date but out of range: a typing error', (value) => {
  expect(problem(value)).toEqual(['validation.dateRange']);
});

test.each(['2026-02-30', '31-12-2030', '', 'abc'])('%j is no date at all, and says only that', (value) => {
  expect(problem(value)).toEqual(['validation.date']);
});
