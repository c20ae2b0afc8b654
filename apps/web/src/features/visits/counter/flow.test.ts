import { describe, expect, test } from 'vitest';
import type { CitizenCard } from '../../../hooks/useCitizenCard';
import { canAct, counterFlow, initialCounter, visitOpen, type CounterEvent, type CounterState } from './flow';

const anna = { id: 1, name: 'Anna Andersen' } as CitizenCard;
const bo = { id: 2, name: 'Bo Bech' } as CitizenCard;
const run = (events: CounterEvent[], from: CounterState = initialCounter(false)) => events.reduce(counterFlow, from);

const started = run([
  { type: 'lookupStarted' },
  { type: 'citizenFound', citizen: anna },
  { type: 'actionStarted', action: 'start' },
  { type: 'visitStarted', visitId: 7, service: 'newMitId' },
]);

describe('the counter flow', () => {
  test('a CPR number leads to the card, or to creating the citizen from the number typed', () => {
    expect(run([{ type: 'lookupStarted' }, { type: 'citizenFound', citizen: anna }])).toMatchObject({ citizen: anna, lookup: { status: 'idle' } });
    const unknown = run([{ type: 'lookupStarted' }, { type: 'citizenNotFound', cpr: '1503852000' }, { type: 'citizenCreating' }]);
    expect(unknown).toMatchObject({ citizen: null, lookup: { status: 'creating', cpr: '1503852000' } });
    // Creating is offered only for a number nobody has.
    expect(run([{ type: 'citizenCreating' }]).lookup).toEqual({ status: 'idle' });
  });

  test('once the visit began, no lookup swaps the citizen', () => {
    const after = run([{ type: 'lookupStarted' }, { type: 'citizenFound', citizen: bo }], started);
    expect(after.citizen).toBe(anna);
    expect(after.visitId).toBe(7);
  });

  test('one action at a time: while one is under way the others wait, and a failure says why and keeps the visit open', () => {
    expect(canAct(started)).toBe(true);
    const completing = run([{ type: 'actionStarted', action: 'complete' }], started);
    expect(canAct(completing)).toBe(false);
    const failed = run([{ type: 'actionFailed', message: 'Identiteten kan ikke godkendes.' }], completing);
    expect(failed).toMatchObject({ busy: null, actionError: 'Identiteten kan ikke godkendes.', closed: null });
    expect(canAct(failed)).toBe(true);
    // Changing the evidence takes the message about the evidence as it was away.
    expect(run([{ type: 'errorCleared' }], failed).actionError).toBeNull();
  });

  test('an outcome ends the visit: the refusal form and any message are gone and nothing more can be done', () => {
    const refusing = run([{ type: 'refusalOpened', reason: 'Vidnet har kun haft MitID i 3 dage.' }], started);
    expect(refusing.refusal).toBe('Vidnet har kun haft MitID i 3 dage.');
    const refused = run([{ type: 'actionStarted', action: 'refuse' }, { type: 'closed', closed: { outcome: 'refused' } }], refusing);
    expect(refused).toMatchObject({ closed: { outcome: 'refused' }, refusal: null, busy: null, actionError: null });
    expect(visitOpen(refused)).toBe(false);
    expect(canAct(refused)).toBe(false);
    expect(run([{ type: 'refusalOpened', reason: 'again' }], refused).refusal).toBeNull();
  });

  test('a visit left open is resumed with its citizen and service; the card can be refreshed, not swapped', () => {
    const resumed = run([{ type: 'visitResumed', citizen: anna, visitId: 9, service: 'raiseAssuranceLevel' }], initialCounter(true));
    expect(resumed).toMatchObject({ citizen: anna, visitId: 9, service: 'raiseAssuranceLevel', lookup: { status: 'idle' } });
    expect(visitOpen(resumed)).toBe(true);
    const fresher = { ...anna, name: 'Anna Andersen Holm' };
    expect(run([{ type: 'citizenRefreshed', citizen: fresher }], resumed).citizen).toBe(fresher);
    expect(run([{ type: 'citizenRefreshed', citizen: bo }], resumed).citizen).toBe(anna);
  });
});
