import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { codeAlphabet, normalizeCode, type TVisitEvidenceInput } from '@skranke/domain';
import { schema } from '@skranke/db';
import { createTestApi, errorOf, issuesByField, type TestApi } from './harness.js';

let api: TestApi;
let caller: Awaited<ReturnType<TestApi['as']>>;
let citizenId: number;
beforeEach(async () => {
  api = await createTestApi(); // 25 November 2026, 10:30 in Copenhagen
  caller = await api.as('caseworker');
  citizenId = (await caller.citizens.create({ cpr: '150385-1236', name: 'Anna Hansen', hasFixedAddress: true, address: 'Bredgade 1' })).id;
});
afterEach(() => api.close());

const passportAndQuestions: TVisitEvidenceInput = { method: 'cprQuestions', targetLevel: 'BETYDELIG', documents: [{ kind: 'passportWithCpr', expiresOn: '2030-01-01' }], cprQuestions: { asked: 3, correct: 3 } };

async function verifiedVisitToday() {
  const { id } = await caller.visits.create({ citizenId, service: 'activationCode' });
  await caller.visits.complete({ id, evidence: passportAndQuestions });
  return id;
}

const statusOf = async (id: number) => (await caller.codes.get({ id })).status;

describe('codes.issue', () => {
  test('gives the code once, over the unambiguous alphabet, and stores only a salted hash of it', async () => {
    const issued = await caller.codes.issue({ visitId: await verifiedVisitToday(), kind: 'mitIdActivation' });
    expect(issued.code).toMatch(new RegExp(`^[${codeAlphabet}]{4}-[${codeAlphabet}]{4}-[${codeAlphabet}]{4}$`));
    expect(issued).toMatchObject({ citizenName: 'Anna Hansen', citizenCprMasked: '150385-XXXX' });
    // [pub] 48 hours from creation.
    expect(issued.expiresAt.getTime() - issued.issuedAt.getTime()).toBe(48 * 3_600_000);

    const plain = normalizeCode(issued.code);
    const row = api.db.select().from(schema.temporaryCodes).get()!;
    expect(row.codeHash).not.toContain(plain);
    expect(row.codeHash).toMatch(/^scrypt\$/);
    // No other response carries it: the code's own page, the list, the citizen card.
    const elsewhere = JSON.stringify([await caller.codes.get({ id: issued.id }), await caller.codes.list({}), await caller.citizens.card({ id: citizenId })]);
    expect(elsewhere).not.toContain(plain);
    expect(elsewhere).not.toContain(issued.code);
    expect(elsewhere).not.toContain('scrypt');
  });

  test('is refused without a visit verified today, with the reason, and nothing is stored', async () => {
    const { id: openVisit } = await caller.visits.create({ citizenId, service: 'activationCode' });
    expect(await errorOf(caller.codes.issue({ visitId: openVisit, kind: 'mitIdActivation' }))).toMatchObject({ code: 'BAD_REQUEST', message: 'code.visitNotVerifiedToday' });
    const yesterday = await verifiedVisitToday();
    api.setNow(new Date('2026-11-26T09:30:00Z'));
    caller = await api.as('caseworker');
    expect((await errorOf(caller.codes.issue({ visitId: yesterday, kind: 'mitIdActivation' }))).message).toBe('code.visitNotVerifiedToday');
    expect((await caller.codes.list({})).total).toBe(0);
  });

  test('refuses a NemID temporary password after the last collection date and says so', async () => {
    const visitId = await verifiedVisitToday();
    expect(await errorOf(caller.codes.issue({ visitId, kind: 'nemIdTemporaryPassword' }))).toMatchObject({ code: 'BAD_REQUEST', message: 'code.nemIdEnded' });
    expect((await caller.codes.list({})).total).toBe(0);
  });

  test('a second code revokes the first, with the reason recorded', async () => {
    const visitId = await verifiedVisitToday();
    const first = await caller.codes.issue({ visitId, kind: 'mitIdActivation' });
    const second = await caller.codes.issue({ visitId, kind: 'mitIdActivation' });
    expect(second.replacedCount).toBe(1);
    expect(await caller.codes.get({ id: first.id })).toMatchObject({ status: 'revoked', revocationCause: 'replaced' });
    expect(await statusOf(second.id)).toBe('issued');
    const active = await caller.codes.list({ filters: [{ field: 'status', operator: 'eq', value: 'issued' }] });
    expect(active.data.map((c) => c.id)).toEqual([second.id]);
  });
});

describe('codes.redeem', () => {
  test('the right code is used once; case, spaces and dashes do not matter', async () => {
    const issued = await caller.codes.issue({ visitId: await verifiedVisitToday(), kind: 'mitIdActivation' });
    expect(await caller.codes.redeem({ id: issued.id, code: ` ${issued.code.toLowerCase().replace(/-/g, ' ')} ` })).toEqual({ id: issued.id, status: 'used' });
    expect((await errorOf(caller.codes.redeem({ id: issued.id, code: issued.code }))).message).toBe('code.notActive');
  });

  test('three wrong entries block the code; the right code then fails', async () => {
    const issued = await caller.codes.issue({ visitId: await verifiedVisitToday(), kind: 'mitIdActivation' });
    const wrong = issued.code.startsWith('2') ? '3333-3333-3333' : '2222-2222-2222';
    expect(await errorOf(caller.codes.redeem({ id: issued.id, code: wrong }))).toMatchObject({ code: 'BAD_REQUEST', message: 'code.wrong' });
    expect((await errorOf(caller.codes.redeem({ id: issued.id, code: wrong }))).message).toBe('code.wrong');
    expect(await statusOf(issued.id)).toBe('issued');
    expect((await errorOf(caller.codes.redeem({ id: issued.id, code: wrong }))).message).toBe('code.blockedNow');
    expect(await caller.codes.get({ id: issued.id })).toMatchObject({ status: 'blocked', failedAttempts: 3 });
    expect(await errorOf(caller.codes.redeem({ id: issued.id, code: issued.code }))).toMatchObject({ code: 'CONFLICT', message: 'code.notActive' });
  });

  test('an expired code cannot be redeemed; expiry is computed from the clock', async () => {
    const issued = await caller.codes.issue({ visitId: await verifiedVisitToday(), kind: 'mitIdActivation' });
    api.setNow(new Date(issued.expiresAt.getTime() - 1));
    caller = await api.as('caseworker');
    expect(await statusOf(issued.id)).toBe('issued');
    api.setNow(issued.expiresAt);
    caller = await api.as('caseworker');
    expect(await statusOf(issued.id)).toBe('expired');
    expect((await caller.codes.list({ filters: [{ field: 'status', operator: 'eq', value: 'expired' }] })).total).toBe(1);
    expect((await errorOf(caller.codes.redeem({ id: issued.id, code: issued.code }))).message).toBe('code.notActive');
  });
});

describe('codes.revoke', () => {
  test('an active code only, with a reason', async () => {
    const issued = await caller.codes.issue({ visitId: await verifiedVisitToday(), kind: 'mitIdActivation' });
    expect((await errorOf(caller.codes.revoke({ id: issued.id, reason: ' ' }))).code).toBe('BAD_REQUEST');
    await caller.codes.revoke({ id: issued.id, reason: 'Borgeren mistede sedlen' });
    expect(await caller.codes.get({ id: issued.id })).toMatchObject({ status: 'revoked', revocationCause: 'manual', revocationReason: 'Borgeren mistede sedlen' });
    expect((await errorOf(caller.codes.revoke({ id: issued.id, reason: 'igen' }))).code).toBe('CONFLICT');
  });
});

describe('blocks.create', () => {
  const block = () => ({
    citizenId,
    misuse: 'phishing' as const,
    description: 'Har givet sin kode til en falsk bankrådgiver i telefonen.',
    reportedOn: '2026-11-25',
    credential: 'mitId' as const,
    credentialLevel: 'BETYDELIG' as const,
    route: 'mitIdSupport' as const,
    blockConfirmed: true as const,
    policeReport: 'advised' as const,
  });

  test('revokes the active code in the same step and shows on the citizen card', async () => {
    const issued = await caller.codes.issue({ visitId: await verifiedVisitToday(), kind: 'mitIdActivation' });
    const { id, codesRevoked } = await caller.blocks.create(block());
    expect(codesRevoked).toBe(1);
    expect(await caller.codes.get({ id: issued.id })).toMatchObject({ status: 'revoked', revocationCause: 'blockRequest' });
    expect((await caller.citizens.card({ id: citizenId })).latestBlock).toMatchObject({ id, misuse: 'phishing', policeReport: 'advised' });
    expect(await caller.blocks.get({ id })).toMatchObject({ createdByName: 'Test caseworker', citizenCprMasked: '150385-XXXX', codesRevoked: 1 });
  });

  test('refuses a block not confirmed, reported in the future, by a route of another credential or of a NemID shut down; nothing is revoked', async () => {
    const issued = await caller.codes.issue({ visitId: await verifiedVisitToday(), kind: 'mitIdActivation' });
    expect((await errorOf(caller.blocks.create({ ...block(), blockConfirmed: false as unknown as true }))).code).toBe('BAD_REQUEST');
    expect((await errorOf(caller.blocks.create({ ...block(), reportedOn: '2026-11-26' }))).message).toBe('block.reportedInFuture');
    expect(issuesByField((await errorOf(caller.blocks.create({ ...block(), reportedOn: '0000-01-01' }))).cause)).toEqual({ reportedOn: 'validation.dateRange' });
    expect((await errorOf(caller.blocks.create({ ...block(), route: 'nemIdHotline' }))).message).toBe('block.routeNotForCredential');
    expect((await errorOf(caller.blocks.create({ ...block(), credential: 'nemId', route: 'nemIdHotline' }))).message).toBe('block.nemIdShutDown');
    expect(await statusOf(issued.id)).toBe('issued');
    expect((await caller.blocks.list({})).total).toBe(0);
  });
});

describe('codes after a block, and reopening the blocked MitID [pub, eIDAS]', () => {
  const mitIdBlock = {
    misuse: 'lostOrStolen' as const,
    description: 'Telefonen med MitID-appen er stjålet.',
    reportedOn: '2026-11-25',
    credential: 'mitId' as const,
    credentialLevel: 'BETYDELIG' as const,
    route: 'mitIdApp' as const,
    blockConfirmed: true as const,
    policeReport: 'made' as const,
  };
  const later = (minutes: number) => api.setNow(new Date(api.now().getTime() + minutes * 60_000));

  test('no code from a visit verified before the block; reopened from a new visit, a code again', async () => {
    const before = await verifiedVisitToday();
    later(5);
    const { id: blockId } = await caller.blocks.create({ citizenId, ...mitIdBlock });
    later(5);
    expect(await errorOf(caller.codes.issue({ visitId: before, kind: 'mitIdActivation' }))).toMatchObject({ code: 'BAD_REQUEST', message: 'code.blockedAfterVisit' });
    // The block page offers only a visit verified after the block.
    expect((await caller.blocks.get({ id: blockId })).reopenCandidates).toEqual([]);
    expect(await errorOf(caller.blocks.reopen({ id: blockId, visitId: before }))).toMatchObject({ message: 'block.reopenVisitInvalid' });

    const after = await verifiedVisitToday();
    // Verified again, but the MitID is still blocked until the block is reopened.
    expect((await errorOf(caller.codes.issue({ visitId: after, kind: 'mitIdActivation' }))).message).toBe('code.credentialBlocked');
    expect((await caller.blocks.get({ id: blockId })).reopenCandidates).toEqual([{ id: after, service: 'activationCode', level: 'BETYDELIG' }]);
    expect(await caller.blocks.reopen({ id: blockId, visitId: after })).toEqual({ id: blockId, status: 'reopened' });
    expect(await caller.blocks.get({ id: blockId })).toMatchObject({ status: 'reopened', reopenVisitId: after, reopenedByName: 'Test caseworker', reopenable: false });
    expect((await errorOf(caller.blocks.reopen({ id: blockId, visitId: after }))).code).toBe('CONFLICT');
    await caller.codes.issue({ visitId: after, kind: 'mitIdActivation' });
    const actions = api.db.select().from(schema.auditLog).all().map((a) => a.action);
    expect(actions).toContain('block.reopen');
  });

  test('a MitID that had HØJ is reopened only from a visit verified at HØJ', async () => {
    const { id: blockId } = await caller.blocks.create({ citizenId, ...mitIdBlock, credentialLevel: 'HØJ' });
    later(5);
    const betydelig = await verifiedVisitToday();
    expect(await errorOf(caller.blocks.reopen({ id: blockId, visitId: betydelig }))).toMatchObject({ message: 'block.reopenLevelTooLow' });
    const { id: high } = await caller.visits.create({ citizenId, service: 'newMitId' });
    await caller.visits.complete({ id: high, evidence: { ...passportAndQuestions, targetLevel: 'HØJ' } });
    expect((await caller.blocks.reopen({ id: blockId, visitId: high })).status).toBe('reopened');
  });

  test("the citizen card's banner shows a block still active before a later one reopened", async () => {
    const { id: older } = await caller.blocks.create({ citizenId, ...mitIdBlock });
    later(5);
    const { id: newer } = await caller.blocks.create({ citizenId, ...mitIdBlock, misuse: 'phishing' });
    later(5);
    await caller.blocks.reopen({ id: newer, visitId: await verifiedVisitToday() });
    expect((await caller.citizens.card({ id: citizenId })).latestBlock).toMatchObject({ id: older, reopenedAt: null });
    await caller.blocks.reopen({ id: older, visitId: await verifiedVisitToday() });
    expect((await caller.citizens.card({ id: citizenId })).latestBlock).toMatchObject({ id: newer });
  });

  test('no code from a visit that issues no credential, or verified at LAV [policy]', async () => {
    const { id: readAccess } = await caller.visits.create({ citizenId, service: 'readAccess' });
    await caller.visits.complete({ id: readAccess, evidence: { ...passportAndQuestions, method: 'documents' } });
    expect((await errorOf(caller.codes.issue({ visitId: readAccess, kind: 'mitIdActivation' }))).message).toBe('code.visitNotCredential');
    const { id: low } = await caller.visits.create({ citizenId, service: 'activationCode' });
    await caller.visits.complete({ id: low, evidence: { ...passportAndQuestions, targetLevel: 'LAV' } });
    expect((await errorOf(caller.codes.issue({ visitId: low, kind: 'mitIdActivation' }))).message).toBe('code.levelTooLow');
  });
});

describe('the audit log', () => {
  test('records issue, wrong entry, block and revocation, and never the code', async () => {
    const issued = await caller.codes.issue({ visitId: await verifiedVisitToday(), kind: 'mitIdActivation' });
    await errorOf(caller.codes.redeem({ id: issued.id, code: 'XXXX' }));
    await caller.codes.revoke({ id: issued.id, reason: 'Fejludstedt' });
    const log = api.db.select().from(schema.auditLog).all();
    expect(log.map((e) => e.action)).toEqual(expect.arrayContaining(['code.issue', 'code.wrongEntry', 'code.revoke']));
    expect(JSON.stringify(log)).not.toContain(normalizeCode(issued.code));
  });
});

test('the database file holds no plaintext code', async () => {
  const issued = await caller.codes.issue({ visitId: await verifiedVisitToday(), kind: 'mitIdActivation' });
  api.db.$client.pragma('wal_checkpoint(TRUNCATE)');
  const file = readFileSync(api.db.$client.name, 'latin1');
  expect(file).toContain('Anna Hansen');
  expect(file).not.toContain(normalizeCode(issued.code));
  expect(file).not.toContain(issued.code);
});
