import type { AssuranceLevel, VisitService } from '@skranke/domain';
import type { CitizenCard } from '../../../hooks/useCitizenCard';

/**
 * The counter's flow as state and events, apart from the page that draws it: CPR number → citizen → visit → an
 * outcome. Kept pure so the rules of the flow (no other citizen mid-visit, one action at a time, nothing to do
 * after the outcome) are tested without a browser.
 */
export type Lookup =
  | { status: 'idle' }
  | { status: 'busy' }
  | { status: 'notFound'; cpr: string }
  | { status: 'creating'; cpr: string }
  | { status: 'failed'; message: string };

export type Closed = { outcome: 'verified'; level: AssuranceLevel } | { outcome: 'refused' } | { outcome: 'aborted' };
export type CounterAction = 'start' | 'complete' | 'refuse' | 'abort';

export type CounterState = {
  lookup: Lookup;
  citizen: CitizenCard | null;
  visitId: number | null;
  service: VisitService | null;
  closed: Closed | null;
  /** The action under way; the others wait for it. */
  busy: CounterAction | null;
  /** Why the last action failed, shown above the buttons until the evidence changes. */
  actionError: string | null;
  /** The refusal form's suggested reason while it is open; null while closed. */
  refusal: string | null;
};

export type CounterEvent =
  | { type: 'lookupStarted' }
  | { type: 'citizenFound'; citizen: CitizenCard }
  | { type: 'citizenNotFound'; cpr: string }
  | { type: 'citizenCreating' }
  | { type: 'lookupFailed'; message: string }
  | { type: 'citizenRefreshed'; citizen: CitizenCard }
  | { type: 'visitResumed'; citizen: CitizenCard; visitId: number; service: VisitService }
  | { type: 'actionStarted'; action: CounterAction }
  | { type: 'visitStarted'; visitId: number; service: VisitService }
  | { type: 'actionFailed'; message: string | null }
  | { type: 'errorCleared' }
  | { type: 'refusalOpened'; reason: string }
  | { type: 'refusalCancelled' }
  | { type: 'closed'; closed: Closed };

/** Waiting for the citizen named in the address (`?citizen=`, `?visit=`), or for a CPR number. */
export function initialCounter(loading: boolean): CounterState {
  return {
    lookup: loading ? { status: 'busy' } : { status: 'idle' },
    citizen: null,
    visitId: null,
    service: null,
    closed: null,
    busy: null,
    actionError: null,
    refusal: null,
  };
}

/** A visit has been started and has no outcome yet. */
export const visitOpen = (state: CounterState) => state.visitId !== null && state.closed === null;

/** Completing, refusing or aborting may begin: an open visit and no action under way. */
export const canAct = (state: CounterState) => visitOpen(state) && state.busy === null;

export function counterFlow(state: CounterState, event: CounterEvent): CounterState {
  switch (event.type) {
    case 'lookupStarted':
      // The citizen is fixed once a visit began: another one means a new visit (a new page).
      return state.visitId !== null ? state : { ...state, citizen: null, lookup: { status: 'busy' } };
    case 'citizenFound':
      return state.visitId !== null ? state : { ...state, citizen: event.citizen, lookup: { status: 'idle' } };
    case 'citizenNotFound':
      return { ...state, lookup: { status: 'notFound', cpr: event.cpr } };
    case 'citizenCreating':
      return state.lookup.status === 'notFound' ? { ...state, lookup: { status: 'creating', cpr: state.lookup.cpr } } : state;
    case 'lookupFailed':
      return { ...state, lookup: { status: 'failed', message: event.message } };
    case 'citizenRefreshed':
      return state.citizen?.id === event.citizen.id ? { ...state, citizen: event.citizen } : state;
    case 'visitResumed':
      return { ...state, citizen: event.citizen, lookup: { status: 'idle' }, visitId: event.visitId, service: event.service };
    case 'actionStarted':
      return { ...state, busy: event.action, actionError: null };
    case 'visitStarted':
      return { ...state, visitId: event.visitId, service: event.service, busy: null };
    case 'actionFailed':
      return { ...state, busy: null, actionError: event.message };
    case 'errorCleared':
      return { ...state, actionError: null };
    case 'refusalOpened':
      return visitOpen(state) ? { ...state, actionError: null, refusal: event.reason } : state;
    case 'refusalCancelled':
      return { ...state, refusal: null };
    case 'closed':
      return { ...state, closed: event.closed, busy: null, actionError: null, refusal: null };
  }
}
