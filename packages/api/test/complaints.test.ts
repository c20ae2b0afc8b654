import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { schema } from '@skranke/db';
import type { TComplaintInput } from '@skranke/domain';
import { createTestApi, errorOf, issuesByField, type TestApi } from './harness.js';

let api: TestApi;
let caller: Awaited<ReturnType<TestApi['as']>>;
beforeEach(async () => {
  api = await createTestApi(); // 25 November 2026
  caller = await api.as('caseworker');
});
afterEach(() => api.close());

const complaint: TComplaintInput = {
  channel: 'phone',
  subject: 'refusalToIssue',
  scheme: 'nemId',
  complainantName: 'Jens Klager',
  complainantPhone: '12 34 56 78',
  description: 'Jeg fik afslag på NemID ved skranken.',
};

const complaintCount = () => api.db.select({ n: count() }).from(schema.complaints).get()!.n;
const timeline = async (id: number) => (await caller.complaints.get({ id })).timeline;

/** Moves the clock and logs in again, as a new working day would. */
async function laterOn(iso: string) {
  api.setNow(new Date(iso));
  caller = await api.as('caseworker');
}

describe('complaints.create', () => {
  test('stores a complaint as received, with a timeline and an audit entry', async () => {
    const { id } = await caller.complaints.create(complaint);
    const stored = await caller.complaints.get({ id });
    expect(stored).toMatchObject({ status: 'received', receivedDay: '2026-11-25', overdue: false, daysOpen: 0, assigneeName: null });
    expect(stored.timeline.map((e) => [e.kind, e.staffName])).toEqual([['created', 'Test caseworker']]);
  });

  test.each(['complainantPhone', 'description'] as const)('without %s is refused on that field and nothing is stored', async (field) => {
    const error = await errorOf(caller.complaints.create({ ...complaint, [field]: '' }));
    expect(error.code).toBe('BAD_REQUEST');
    expect(issuesByField(error.cause)[field]).toBe('validation.required');
    expect(complaintCount()).toBe(0);
  });

  test('a MitID complaint without user ID and address is refused', async () => {
    const error = await errorOf(caller.complaints.create({ ...complaint, scheme: 'mitId' }));
    expect(issuesByField(error.cause)).toEqual({ mitIdUserId: 'complaint.mitIdUserIdRequired', complainantAddress: 'complaint.addressRequired' });
  });

  test("refuses a link to a visit that is not the citizen's", async () => {
    const { id: citizenId } = await caller.citizens.create({ cpr: '150385-1236', name: 'Anna', hasFixedAddress: true, address: 'Vej 1' });
    const { id: otherId } = await caller.citizens.create({ cpr: '010203-4567', name: 'Bo', hasFixedAddress: true, address: 'Vej 2' });
    const { id: visitId } = await caller.visits.create({ citizenId: otherId, service: 'newMitId' });
    expect((await errorOf(caller.complaints.create({ ...complaint, citizenId, visitId }))).code).toBe('NOT_FOUND');
    await expect(caller.complaints.create({ ...complaint, citizenId: otherId, visitId })).resolves.toMatchObject({ id: expect.any(Number) });
  });
});

describe('complaints.transition', () => {
  test('follows the workflow to closed and back by reopening, each step on the timeline', async () => {
    const { id } = await caller.complaints.create(complaint);
    await caller.complaints.transition({ id, to: 'inProgress' });
    await caller.complaints.transition({ id, to: 'forwarded', forwardedVia: 'email', comment: 'Sendt til info@digst.dk' });
    await caller.complaints.transition({ id, to: 'answered' });
    await caller.complaints.transition({ id, to: 'closed' });
    expect((await caller.complaints.get({ id })).closedAt).toEqual(api.now());
    await caller.complaints.transition({ id, to: 'inProgress', comment: 'Genåbnet efter ny henvendelse' });
    const events = (await timeline(id)).filter((e) => e.kind === 'transition');
    expect(events.map((e) => e.changes?.status)).toEqual([
      ['received', 'inProgress'],
      ['inProgress', 'forwarded'],
      ['forwarded', 'answered'],
      ['answered', 'closed'],
      ['closed', 'inProgress'],
    ]);
    expect(events[1]).toMatchObject({ comment: 'Sendt til info@digst.dk', changes: { forwardedVia: [null, 'email'] } });
    expect((await caller.complaints.get({ id })).closedAt).toBeNull();
  });

  test('refuses an illegal transition and changes nothing', async () => {
    const { id } = await caller.complaints.create(complaint);
    const error = await errorOf(caller.complaints.transition({ id, to: 'answered' }));
    expect(error).toMatchObject({ code: 'CONFLICT', message: 'complaint.illegalTransition' });
    expect((await caller.complaints.get({ id })).status).toBe('received');
    expect((await timeline(id)).map((e) => e.kind)).toEqual(['created']);
  });

  test('forwarding requires saying how', async () => {
    const { id } = await caller.complaints.create(complaint);
    await caller.complaints.transition({ id, to: 'inProgress' });
    expect(issuesByField((await errorOf(caller.complaints.transition({ id, to: 'forwarded' }))).cause)).toEqual({ forwardedVia: 'complaint.forwardedViaRequired' });
  });
});

describe('deadlines', () => {
  test('a complaint becomes overdue after 30 days without an answer, and stops being so when answered', async () => {
    const { id } = await caller.complaints.create(complaint);
    const overdue = () => caller.complaints.list({ filters: [{ field: 'overdue', operator: 'eq', value: true }] });
    await laterOn('2026-12-25T10:00:00Z'); // day 30
    expect((await overdue()).total).toBe(0);
    expect(await caller.complaints.get({ id })).toMatchObject({ overdue: false, daysOpen: 30 });
    await laterOn('2026-12-26T10:00:00Z'); // day 31
    expect((await overdue()).data.map((c) => [c.id, c.overdue, c.daysOpen])).toEqual([[id, true, 31]]);
    await caller.complaints.transition({ id, to: 'inProgress' });
    await caller.complaints.transition({ id, to: 'answered' });
    expect((await overdue()).total).toBe(0);
    expect((await caller.complaints.list({ filters: [{ field: 'overdue', operator: 'eq', value: false }] })).total).toBe(1);
  });
});

describe('assignment', () => {
  test('bulk assigns, filters "mine" and records the names on the timeline', async () => {
    const ids = [];
    for (let i = 0; i < 3; i++) ids.push((await caller.complaints.create(complaint)).id);
    const supervisor = await api.as('supervisor');
    await supervisor.complaints.assign({ ids: ids.slice(0, 2), assigneeId: api.staff.caseworker.id });
    const mine = await caller.complaints.list({ filters: [{ field: 'assigneeId', operator: 'eq', value: api.staff.caseworker.id }] });
    expect(mine.data.map((c) => [c.id, c.assigneeName])).toEqual([
      [ids[0], 'Test caseworker'],
      [ids[1], 'Test caseworker'],
    ]);
    expect((await timeline(ids[0]!)).at(-1)).toMatchObject({ kind: 'assigned', staffName: 'Test supervisor', changes: { assignee: [null, 'Test caseworker'] } });
  });

  test('cannot assign to an admin or to nobody known, and then assigns none', async () => {
    const { id } = await caller.complaints.create(complaint);
    expect((await errorOf(caller.complaints.assign({ ids: [id], assigneeId: api.staff.admin.id }))).code).toBe('NOT_FOUND');
    expect((await errorOf(caller.complaints.assign({ ids: [id, 999], assigneeId: api.staff.caseworker.id }))).code).toBe('NOT_FOUND');
    expect((await caller.complaints.get({ id })).assigneeId).toBeNull();
  });
});

describe('update and comments', () => {
  test('an edit is on the timeline with before and after values', async () => {
    const { id } = await caller.complaints.create(complaint);
    await caller.complaints.update({ id, data: { ...complaint, complainantPhone: '87 65 43 21' } });
    await caller.complaints.comment({ id, comment: 'Ringede tilbage, ingen svar.' });
    const events = await timeline(id);
    expect(events.slice(1).map((e) => [e.kind, e.changes ?? e.comment])).toEqual([
      ['updated', { complainantPhone: ['12 34 56 78', '87 65 43 21'] }],
      ['comment', 'Ringede tilbage, ingen svar.'],
    ]);
  });
});

describe('attachments', () => {
  const pdf = Buffer.from('%PDF-1.4\n% test\n').toString('base64');

  test('a PDF is stored in the database and read back, its type taken from the content', async () => {
    const { id } = await caller.complaints.create(complaint);
    const attached = await caller.complaints.attach({ id, fileName: 'afslag.pdf', contentBase64: pdf });
    expect(attached).toMatchObject({ mimeType: 'application/pdf' });
    expect((await caller.complaints.get({ id })).attachments).toMatchObject([{ fileName: 'afslag.pdf', mimeType: 'application/pdf' }]);
    expect(await caller.complaints.attachment({ id: attached.id })).toEqual({ fileName: 'afslag.pdf', mimeType: 'application/pdf', contentBase64: pdf });
  });

  test('a PDF sent as klage.html is stored and handed back as klage.pdf: the name never contradicts the content', async () => {
    const { id } = await caller.complaints.create(complaint);
    const disguised = Buffer.from('%PDF-<html><script>alert(1)</script></html>').toString('base64');
    const attached = await caller.complaints.attach({ id, fileName: 'klage.html', contentBase64: disguised });
    expect(await caller.complaints.attachment({ id: attached.id })).toMatchObject({ fileName: 'klage.pdf', mimeType: 'application/pdf' });
  });

  test('refuses a file that is not PDF, JPEG or PNG whatever its name', async () => {
    const { id } = await caller.complaints.create(complaint);
    const error = await errorOf(caller.complaints.attach({ id, fileName: 'virus.pdf', contentBase64: Buffer.from('MZ\x90\x00').toString('base64') }));
    expect(error).toMatchObject({ code: 'BAD_REQUEST', message: 'complaint.attachmentType' });
    expect(api.db.select().from(schema.complaintAttachments).where(eq(schema.complaintAttachments.complaintId, id)).all()).toEqual([]);
  });

  test('refuses more than the policy allows', async () => {
    const { id } = await caller.complaints.create(complaint);
    for (let i = 0; i < 5; i++) await caller.complaints.attach({ id, fileName: `bilag-${i}.pdf`, contentBase64: pdf });
    expect((await errorOf(caller.complaints.attach({ id, fileName: 'sjette.pdf', contentBase64: pdf }))).message).toBe('complaint.attachmentLimit');
  });
});

test('the overdue filter also takes the text a list keeps in the address', async () => {
  await caller.complaints.create(complaint);
  const asText = (value: string) => ({ filters: [{ field: 'overdue', operator: 'eq', value }] }) as unknown as Parameters<typeof caller.complaints.list>[0];
  expect((await caller.complaints.list(asText('false'))).total).toBe(1);
  expect((await caller.complaints.list(asText('true'))).total).toBe(0);
  expect((await errorOf(caller.complaints.list(asText('maybe')))).code).toBe('BAD_REQUEST');
});
