import { describe, expect, test } from 'vitest';
import { translate } from '../translate.js';
import { policy } from '../policy.js';
import { attachmentFileName, sniffAttachmentType } from './attachment.js';
import {
  canTransition,
  complaintDaysOpen,
  complaintStatuses,
  isComplaintOverdue,
  ZComplaintInput,
  ZComplaintTransition,
  type ComplaintStatus,
} from './complaint.js';

const nemIdComplaint = {
  channel: 'counter',
  subject: 'refusalToIssue',
  scheme: 'nemId',
  complainantName: 'Jens Klager',
  complainantPhone: '12 34 56 78',
  description: 'Jeg fik afslag på NemID.',
};

const fieldMessages = (input: unknown) =>
  Object.fromEntries((ZComplaintInput.safeParse(input).error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));

describe('complaint contents [seed, pub]', () => {
  test('name, phone and description are all a NemID complaint needs', () => {
    expect(fieldMessages(nemIdComplaint)).toEqual({});
  });

  test.each(['complainantName', 'complainantPhone', 'description'])('%s is required', (field) => {
    expect(fieldMessages({ ...nemIdComplaint, [field]: '' })[field]).toBe('validation.required');
    expect(fieldMessages({ ...nemIdComplaint, [field]: undefined })[field]).toBe('validation.required');
  });

  test('a MitID complaint also needs the user ID and the address', () => {
    expect(fieldMessages({ ...nemIdComplaint, scheme: 'mitId' })).toEqual({
      mitIdUserId: 'complaint.mitIdUserIdRequired',
      complainantAddress: 'complaint.addressRequired',
    });
  });

  test('a MitID complaint filed for someone else needs their name and a power of attorney', () => {
    const mitId = { ...nemIdComplaint, scheme: 'mitId', mitIdUserId: 'jens-1234', complainantAddress: 'Vej 1, 8000 Aarhus C' };
    expect(fieldMessages({ ...mitId, filedOnBehalf: true })).toEqual({
      onBehalfOfName: 'validation.required',
      powerOfAttorney: 'complaint.powerOfAttorneyRequired',
    });
    expect(fieldMessages({ ...mitId, filedOnBehalf: true, onBehalfOfName: 'Mor Klager', powerOfAttorney: true })).toEqual({});
  });
});

describe('workflow', () => {
  const allowed: [ComplaintStatus, ComplaintStatus][] = [
    ['received', 'inProgress'],
    ['inProgress', 'forwarded'],
    ['forwarded', 'answered'],
    ['answered', 'closed'],
    ['closed', 'inProgress'], // reopen
  ];
  test.each(allowed)('%s → %s is allowed', (from, to) => expect(canTransition(from, to)).toBe(true));

  test.each<[ComplaintStatus, ComplaintStatus]>([
    ['received', 'answered'],
    ['received', 'forwarded'],
    ['closed', 'answered'],
    ['forwarded', 'closed'],
  ])('%s → %s is refused', (from, to) => expect(canTransition(from, to)).toBe(false));

  test('no status moves to itself', () => {
    for (const s of complaintStatuses) expect(canTransition(s, s)).toBe(false);
  });

  test('forwarding says how the complaint went to Digitaliseringsstyrelsen', () => {
    expect(ZComplaintTransition.safeParse({ id: 1, to: 'forwarded' }).error?.issues[0]).toMatchObject({ path: ['forwardedVia'], message: 'complaint.forwardedViaRequired' });
    expect(ZComplaintTransition.safeParse({ id: 1, to: 'forwarded', forwardedVia: 'letter' }).success).toBe(true);
  });

  test('the refusal message names the statuses in words', () => {
    expect(translate('complaint.illegalTransition', 'da', { from: 'complaint.status.closed', to: 'complaint.status.answered' })).toBe(
      'En klage med status afsluttet kan ikke få status besvaret.',
    );
  });
});

describe('deadlines [policy]', () => {
  test(`overdue after ${policy.complaintOverdueDays} days without an answer, not on day ${policy.complaintOverdueDays}`, () => {
    expect(isComplaintOverdue('inProgress', '2026-10-26', '2026-11-25', policy)).toBe(false);
    expect(isComplaintOverdue('inProgress', '2026-10-25', '2026-11-25', policy)).toBe(true);
    expect(isComplaintOverdue('forwarded', '2026-01-01', '2026-11-25', policy)).toBe(true);
  });

  test('an answered or closed complaint is never overdue', () => {
    expect(isComplaintOverdue('answered', '2026-01-01', '2026-11-25', policy)).toBe(false);
    expect(isComplaintOverdue('closed', '2026-01-01', '2026-11-25', policy)).toBe(false);
  });

  test('the days-open counter stops when the case closes', () => {
    expect(complaintDaysOpen('2026-11-01', null, '2026-11-25')).toBe(24);
    expect(complaintDaysOpen('2026-11-01', '2026-11-05', '2026-11-25')).toBe(4);
  });
});

describe('attachments', () => {
  test.each([
    ['a PDF', [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31], 'application/pdf'],
    ['a PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0], 'image/png'],
    ['a JPEG', [0xff, 0xd8, 0xff, 0xe0], 'image/jpeg'],
    ['a Word file', [0x50, 0x4b, 0x03, 0x04], null],
    ['an empty file', [], null],
  ])('%s is recognised by its content', (_, bytes, type) => {
    expect(sniffAttachmentType(new Uint8Array(bytes))).toBe(type);
  });
});

describe('the name an attachment is stored under', () => {
  test.each([
    ['klage.html', 'application/pdf', 'klage.pdf'],
    ['klage.PDF', 'application/pdf', 'klage.PDF'],
    ['foto.jpeg', 'image/jpeg', 'foto.jpeg'],
    ['foto.png', 'image/jpeg', 'foto.jpg'],
    ['scanning', 'image/png', 'scanning.png'],
    ['.htaccess', 'application/pdf', '.htaccess.pdf'],
  ] as const)('%s holding %s is stored as %s: the extension tells the sniffed type', (name, type, stored) => {
    expect(attachmentFileName(name, type)).toBe(stored);
  });
});
