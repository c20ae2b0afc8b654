import { cprAgeOn, maskCpr, todayIso } from '@skranke/domain';
import { citizenCodes, citizenVisits, currentExemption, latestBlock, listReadAccesses, type CitizenRow, type Queryable } from '@skranke/db';

/** What the counter shows of a citizen while serving them: enough to decide, never the full CPR number. */
export function citizenCard(db: Queryable, row: CitizenRow, now: Date) {
  return {
    id: row.id,
    name: row.name,
    cprMasked: maskCpr(row.cpr),
    age: cprAgeOn(row.cpr, todayIso(now)),
    hasFixedAddress: row.hasFixedAddress,
    addressProtected: row.addressProtected,
    hasPostalAddress: Boolean(row.postalAddress),
    guardianship: row.guardianship,
    guardianName: row.guardianName,
    visits: citizenVisits(db, row.id),
    /** The latest exemption request and its state (granted means paper post). */
    exemption: currentExemption(db, row.id),
    /** The latest codes with their states; never a code itself. */
    codes: citizenCodes(db, row.id, now),
    /** [seed] The latest blocking request: the card shows it as a banner. */
    latestBlock: latestBlock(db, row.id) ?? null,
    readAccesses: listReadAccesses(db, { pagination: { currentPage: 1, pageSize: 20 }, sorters: [], filters: [{ field: 'citizenId', operator: 'eq', value: row.id }] }, now).data,
  };
}
