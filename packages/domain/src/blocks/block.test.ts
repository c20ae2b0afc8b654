import { describe, expect, test } from 'vitest';
import { policy } from '../policy.js';
import { blockProblem, blockRoutesFor, reopenProblem, ZBlockInput, type TBlockInput } from './block.js';

const request: TBlockInput = {
  citizenId: 1,
  credential: 'mitId',
  credentialLevel: 'BETYDELIG',
  misuse: 'lostOrStolen',
  description: 'Telefonen med MitID-appen er stjålet.',
  reportedOn: '2026-11-25',
  route: 'mitIdSupport',
  blockConfirmed: true,
  policeReport: 'made',
};

describe('a blocking request', () => {
  test('is accepted once the block is confirmed', () => {
    expect(ZBlockInput.parse(request)).toMatchObject({ route: 'mitIdSupport', credentialLevel: 'BETYDELIG', notes: null });
  });
  test('[seed] is refused until the credential has been blocked, with a message that says to block it now', () => {
    const result = ZBlockInput.safeParse({ ...request, blockConfirmed: false });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['blockConfirmed', 'block.notConfirmed']]);
  });
  test('[pub] of a MitID records the level it had, which reopening needs', () => {
    const result = ZBlockInput.safeParse({ ...request, credentialLevel: null });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['credentialLevel', 'block.levelRequired']]);
  });

  test.each<[string, Partial<TBlockInput>, string, string | null]>([
    ['MitID through the app', { route: 'mitIdApp' }, '2026-11-25', null],
    ['MitID at mitid.dk', { route: 'mitIdWeb' }, '2026-11-25', null],
    ['MitID never through the NemID hotline', { route: 'nemIdHotline' }, '2026-11-25', 'block.routeNotForCredential'],
    ['NemID through its hotline until the shutdown', { credential: 'nemId', route: 'nemIdHotline', reportedOn: '2023-10-31' }, '2023-10-31', null],
    ['NemID never through MitID support', { credential: 'nemId', route: 'mitIdSupport', reportedOn: '2023-10-31' }, '2023-10-31', 'block.routeNotForCredential'],
    ['NemID not at all after the shutdown', { credential: 'nemId', route: 'nemIdHotline' }, '2026-11-25', 'block.nemIdShutDown'],
    ['reported in the future', { reportedOn: '2026-11-26' }, '2026-11-25', 'block.reportedInFuture'],
  ])('[seed] %s', (_rule, change, today, expected) => {
    const input = ZBlockInput.parse({ ...request, ...change });
    expect(blockProblem(input, today, policy)?.key ?? null).toBe(expected);
  });

  test('[seed] the NemID hotlines are offered only for NemID and only until 31 October 2023', () => {
    expect(blockRoutesFor('nemId', '2023-10-31', policy)).toEqual(['nemIdHotline', 'nemIdBusinessHotline']);
    expect(blockRoutesFor('nemId', '2023-11-01', policy)).toEqual([]);
    expect(blockRoutesFor('mitId', '2023-10-31', policy)).toEqual(['mitIdApp', 'mitIdWeb', 'mitIdSupport']);
  });
});

describe('[pub, eIDAS] reopening a blocked MitID', () => {
  const now = new Date('2026-11-25T12:00:00Z');
  const block = { citizenId: 1, credential: 'mitId', credentialLevel: 'BETYDELIG', createdAt: new Date('2026-11-20T09:00:00Z'), reopenedAt: null } as const;
  const visit = { citizenId: 1, service: 'newMitId', outcome: 'verified', day: '2026-11-25', level: 'BETYDELIG', closedAt: new Date('2026-11-25T11:50:00Z') } as const;
  test.each<[string, object, object, string | null]>([
    ['from a credential visit verified today at the level the MitID had', {}, {}, null],
    ['at a higher level too', { credentialLevel: 'LAV' }, { level: 'HØJ' }, null],
    ['not below the level the MitID had', { credentialLevel: 'HØJ' }, {}, 'block.reopenLevelTooLow'],
    ["not from another citizen's visit", {}, { citizenId: 2 }, 'block.reopenVisitInvalid'],
    ['not from a visit verified before the block', { createdAt: new Date('2026-11-25T11:55:00Z') }, {}, 'block.reopenVisitInvalid'],
    ['not from a visit of an earlier day', {}, { day: '2026-11-24' }, 'block.reopenVisitInvalid'],
    ['not from a visit that issues no credential', {}, { service: 'other' }, 'block.reopenVisitInvalid'],
    ['not a NemID block', { credential: 'nemId' }, {}, 'block.notReopenable'],
    ['not twice', { reopenedAt: new Date('2026-11-24T10:00:00Z') }, {}, 'block.notReopenable'],
  ])('%s', (_rule, blockChange, visitChange, expected) => {
    expect(reopenProblem({ ...block, ...blockChange } as never, { ...visit, ...visitChange } as never, now)?.key ?? null).toBe(expected);
  });
});
