import { describe, expect, test } from 'vitest';
import { maskedForAudit, ZAuditListInput } from './audit.js';

describe('maskedForAudit', () => {
  test('masks every CPR number at any depth and keeps everything else', () => {
    const filters = [
      { field: 'citizenCpr', operator: 'eq', value: '0101901234' },
      { field: 'q', operator: 'contains', value: 'Anna 010190-1234' },
      { field: 'staffId', operator: 'eq', value: 7 },
      { field: 'at', operator: 'gte', value: new Date('2026-11-01T00:00:00Z') },
      { field: 'action', operator: 'in', value: ['citizen.read', 'visit.read'] },
    ];
    expect(maskedForAudit(filters)).toEqual([
      { field: 'citizenCpr', operator: 'eq', value: '010190-XXXX' },
      { field: 'q', operator: 'contains', value: 'Anna 010190-XXXX' },
      { field: 'staffId', operator: 'eq', value: 7 },
      { field: 'at', operator: 'gte', value: '2026-11-01T00:00:00.000Z' },
      { field: 'action', operator: 'in', value: ['citizen.read', 'visit.read'] },
    ]);
  });
});

describe('ZAuditListInput', () => {
  test('takes a CPR number in either written form and a time range as text', () => {
    const input = ZAuditListInput.parse({
      filters: [
        { field: 'citizenCpr', operator: 'eq', value: '010190-1234' },
        { field: 'at', operator: 'gte', value: '2026-11-01T00:00:00Z' },
      ],
    });
    expect(input.filters).toEqual([
      { field: 'citizenCpr', operator: 'eq', value: '0101901234' },
      { field: 'at', operator: 'gte', value: new Date('2026-11-01T00:00:00Z') },
    ]);
  });

  test('refuses a second CPR filter, so every search is logged as one criterion', () => {
    const cpr = { field: 'citizenCpr', operator: 'eq', value: '010190-1234' };
    expect(ZAuditListInput.safeParse({ filters: [cpr, cpr] }).success).toBe(false);
  });

  test('refuses a time that is not a date', () => {
    expect(ZAuditListInput.safeParse({ filters: [{ field: 'at', operator: 'lte', value: 'yesterday' }] }).success).toBe(false);
  });
});
