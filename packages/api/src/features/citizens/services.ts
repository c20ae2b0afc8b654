import { ageOn, maskCpr, maskCprsIn, parseCpr, todayIso, type TCitizenData, type TCitizenListInput } from '@skranke/domain';
import {
  appendAudit,
  findCitizen,
  findCitizenByCpr,
  insertCitizen,
  listCitizens,
  toCitizenListItem,
  updateCitizen,
  type CitizenRow,
  type Db,
  type Queryable,
  type StaffMember,
} from '@skranke/db';
import { appError, orNotFound } from '../../errors.js';
import { citizenCard } from './card.js';

/** The full record, for the one screen that needs the whole CPR number, and the only one with a protected address. */
function fullRecord(row: CitizenRow, today: string) {
  const parsed = parseCpr(row.cpr);
  const cpr = parsed.ok ? parsed.cpr : null;
  return {
    ...toCitizenListItem(row),
    address: row.address,
    postalAddress: row.postalAddress,
    notes: row.notes,
    cpr: cpr?.formatted ?? row.cpr,
    birthDate: cpr?.birthDate ?? null,
    age: cpr ? ageOn(cpr.birthDate, today) : null,
    isSubstituteCpr: cpr?.isSubstitute ?? false,
  };
}

export function searchCitizens(db: Queryable, actor: StaffMember, input: TCitizenListInput, now: Date) {
  const search = input.filters.find((f) => f.field === 'q');
  if (search?.value) {
    // [pub] Every search is logged with its criterion, CPR masked.
    appendAudit(db, { staffId: actor.id, action: 'citizen.search', entity: 'citizen', details: { criterion: maskCprsIn(search.value) } }, now);
  }
  return listCitizens(db, input);
}

/** The counter's first step: the caseworker types or pastes the CPR number; null when nobody has it. */
export function lookUpCitizen(db: Queryable, actor: StaffMember, cpr: string, now: Date) {
  const row = findCitizenByCpr(db, cpr);
  appendAudit(db, { staffId: actor.id, action: 'citizen.lookup', entity: 'citizen', entityId: row?.id ?? null, details: { criterion: maskCpr(cpr) } }, now);
  return row ? citizenCard(db, row, now) : null;
}

export function readCitizenCard(db: Queryable, actor: StaffMember, id: number, now: Date) {
  const row = orNotFound(findCitizen(db, id));
  appendAudit(db, { staffId: actor.id, action: 'citizen.readCard', entity: 'citizen', entityId: row.id }, now);
  return citizenCard(db, row, now);
}

export function readCitizen(db: Queryable, actor: StaffMember, input: { id: number; purpose?: string | undefined }, now: Date) {
  const row = orNotFound(findCitizen(db, input.id));
  appendAudit(db, { staffId: actor.id, action: 'citizen.read', entity: 'citizen', entityId: row.id, purpose: input.purpose ?? null }, now);
  return fullRecord(row, todayIso(now));
}

export function registerCitizen(db: Db, actor: StaffMember, input: TCitizenData, now: Date) {
  return db.transaction((tx) => {
    if (findCitizenByCpr(tx, input.cpr)) throw appError('CONFLICT', 'citizen.cprTaken', { field: 'cpr' });
    const row = insertCitizen(tx, input, now);
    appendAudit(tx, { staffId: actor.id, action: 'citizen.create', entity: 'citizen', entityId: row.id }, now);
    return toCitizenListItem(row);
  });
}

export function updateCitizenRecord(db: Db, actor: StaffMember, input: { id: number; data: TCitizenData }, now: Date) {
  return db.transaction((tx) => {
    const before = orNotFound(findCitizen(tx, input.id));
    const holder = findCitizenByCpr(tx, input.data.cpr);
    if (holder && holder.id !== before.id) throw appError('CONFLICT', 'citizen.cprTaken', { field: 'cpr' });
    const row = orNotFound(updateCitizen(tx, input.id, input.data, now));
    // Which fields changed, not their values: the log must not become a second copy of personal data.
    const changed = (Object.keys(input.data) as (keyof typeof input.data)[]).filter((k) => before[k] !== row[k]);
    appendAudit(tx, { staffId: actor.id, action: 'citizen.update', entity: 'citizen', entityId: row.id, details: { changed } }, now);
    return toCitizenListItem(row);
  });
}
