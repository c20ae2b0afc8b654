import { and, asc, count, desc, eq, type SQL } from 'drizzle-orm';
import {
  defaultExemptionGrounds,
  maskCpr,
  type TExemptionData,
  type TExemptionFilter,
  type TExemptionListInput,
} from '@skranke/domain';
import type { Queryable } from '../client.js';
import { listQuery, orderByOf, pageOf } from '../list.js';
import { citizens, exemptionGrounds, exemptions, type ExemptionRow } from '../schema.js';

/** The seed's five grounds, in every database (production too): the list is reference data, not demo data. */
export function ensureExemptionGrounds(db: Queryable): void {
  if ((db.select({ n: count() }).from(exemptionGrounds).get()?.n ?? 0) > 0) return;
  db.insert(exemptionGrounds).values([...defaultExemptionGrounds]).run();
}

export function listExemptionGrounds(db: Queryable, onlyActive: boolean) {
  return db
    .select()
    .from(exemptionGrounds)
    .where(onlyActive ? eq(exemptionGrounds.active, true) : undefined)
    .orderBy(asc(exemptionGrounds.id))
    .all();
}

export function findExemptionGround(db: Queryable, id: number) {
  return db.select().from(exemptionGrounds).where(eq(exemptionGrounds.id, id)).get();
}

function exemptionFilterSql(filter: TExemptionFilter): SQL {
  switch (filter.field) {
    case 'status':
      return eq(exemptions.status, filter.value);
    case 'citizenId':
      return eq(exemptions.citizenId, filter.value);
    case 'capacity':
      return eq(exemptions.capacity, filter.value);
  }
}

const listColumns = {
  id: exemptions.id,
  citizenId: exemptions.citizenId,
  citizenName: citizens.name,
  citizenCpr: citizens.cpr,
  capacity: exemptions.capacity,
  status: exemptions.status,
  groundId: exemptions.groundId,
  groundLabelDa: exemptionGrounds.labelDa,
  groundLabelEn: exemptionGrounds.labelEn,
  requestedAt: exemptions.requestedAt,
  decidedAt: exemptions.decidedAt,
};

/** Oldest first by default: the supervisor's queue works from the longest-waiting request. Paged and exported. */
export function exemptionsQuery(db: Queryable, input: Pick<TExemptionListInput, 'filters' | 'sorters'>) {
  const where = and(...input.filters.map(exemptionFilterSql));
  const orderBy = orderByOf(input.sorters, { requestedAt: exemptions.requestedAt, decidedAt: exemptions.decidedAt }, [asc(exemptions.requestedAt)], exemptions.id);
  return listQuery({
    columns: listColumns,
    select: db
      .select(listColumns)
      .from(exemptions)
      .innerJoin(citizens, eq(citizens.id, exemptions.citizenId))
      .leftJoin(exemptionGrounds, eq(exemptionGrounds.id, exemptions.groundId))
      .where(where)
      .orderBy(...orderBy),
    count: () => db.select({ n: count() }).from(exemptions).where(where).get()?.n ?? 0,
    toItem: ({ citizenCpr, ...row }) => ({ ...row, citizenCprMasked: maskCpr(citizenCpr) }),
  });
}

export function listExemptions(db: Queryable, input: TExemptionListInput) {
  return pageOf(input.pagination, exemptionsQuery(db, input));
}

export function findExemption(db: Queryable, id: number): ExemptionRow | undefined {
  return db.select().from(exemptions).where(eq(exemptions.id, id)).get();
}

export function insertExemption(db: Queryable, data: TExemptionData, by: number, now: Date): ExemptionRow {
  return db.insert(exemptions).values({ ...data, requestedAt: now, requestedBy: by, updatedAt: now }).returning().get();
}

export function updateExemption(db: Queryable, id: number, set: Partial<typeof exemptions.$inferInsert>, now: Date): ExemptionRow {
  return db.update(exemptions).set({ ...set, updatedAt: now }).where(eq(exemptions.id, id)).returning().get()!;
}

/** The citizen's most recent exemption request, whatever its state. */
export function currentExemption(db: Queryable, citizenId: number) {
  return (
    db
      .select({ id: exemptions.id, status: exemptions.status, requestedAt: exemptions.requestedAt, decidedAt: exemptions.decidedAt })
      .from(exemptions)
      .where(eq(exemptions.citizenId, citizenId))
      .orderBy(desc(exemptions.requestedAt), desc(exemptions.id))
      .get() ?? null
  );
}
