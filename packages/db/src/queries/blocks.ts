import { and, count, desc, eq, gte, isNotNull, isNull, lte, sql, type SQL } from 'drizzle-orm';
import { maskCpr, type BlockStatus, type TBlockData, type TBlockFilter, type TBlockListInput } from '@skranke/domain';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Queryable } from '../client.js';
import { listQuery, orderByOf, pageOf } from '../list.js';
import { blocks, citizens, staff, type BlockRow } from '../schema.js';

function blockFilterSql(filter: TBlockFilter): SQL {
  switch (filter.field) {
    case 'citizenId':
      return eq(blocks.citizenId, filter.value);
    case 'misuse':
      return eq(blocks.misuse, filter.value);
    case 'credential':
      return eq(blocks.credential, filter.value);
    case 'status':
      return filter.value === 'reopened' ? isNotNull(blocks.reopenedAt) : isNull(blocks.reopenedAt);
    case 'route':
      return eq(blocks.route, filter.value);
    case 'policeReport':
      return eq(blocks.policeReport, filter.value);
    case 'reportedOn':
      return filter.operator === 'gte' ? gte(blocks.reportedOn, filter.value) : lte(blocks.reportedOn, filter.value);
  }
}

const blockListColumns = {
  id: blocks.id,
  citizenId: blocks.citizenId,
  citizenName: citizens.name,
  citizenCpr: citizens.cpr,
  misuse: blocks.misuse,
  credential: blocks.credential,
  reportedOn: blocks.reportedOn,
  route: blocks.route,
  reopenedAt: blocks.reopenedAt,
  policeReport: blocks.policeReport,
  codesRevoked: blocks.codesRevoked,
  createdAt: blocks.createdAt,
  createdByName: staff.displayName,
};

/** Newest first: a block is acted on at once, and the list is read to follow up. */
export function blocksQuery(db: Queryable, input: Pick<TBlockListInput, 'filters' | 'sorters'>) {
  const where = and(...input.filters.map(blockFilterSql));
  const orderBy = orderByOf(input.sorters, { createdAt: blocks.createdAt, reportedOn: blocks.reportedOn }, [desc(blocks.createdAt)], blocks.id, 'desc');
  return listQuery({
    columns: blockListColumns,
    select: db
      .select(blockListColumns)
      .from(blocks)
      .innerJoin(citizens, eq(citizens.id, blocks.citizenId))
      .innerJoin(staff, eq(staff.id, blocks.createdBy))
      .where(where)
      .orderBy(...orderBy),
    count: () => db.select({ n: count() }).from(blocks).where(where).get()?.n ?? 0,
    toItem: ({ citizenCpr, ...row }) => ({ ...row, status: blockStatus(row), citizenCprMasked: maskCpr(citizenCpr) }),
  });
}

export function listBlocks(db: Queryable, input: TBlockListInput) {
  return pageOf(input.pagination, blocksQuery(db, input));
}

export function blockStatus(block: { reopenedAt: Date | null }): BlockStatus {
  return block.reopenedAt ? 'reopened' : 'active';
}

const reopener = alias(staff, 'reopener');

export function findBlock(db: Queryable, id: number) {
  return db
    .select({ block: blocks, createdByName: staff.displayName, reopenedByName: reopener.displayName })
    .from(blocks)
    .innerJoin(staff, eq(staff.id, blocks.createdBy))
    .leftJoin(reopener, eq(reopener.id, blocks.reopenedBy))
    .where(eq(blocks.id, id))
    .get();
}

/** The block the citizen card's banner shows: the latest still active, or else the latest reopened one. */
export function latestBlock(db: Queryable, citizenId: number): BlockRow | undefined {
  return db
    .select()
    .from(blocks)
    .where(eq(blocks.citizenId, citizenId))
    .orderBy(sql`${blocks.reopenedAt} IS NULL DESC`, desc(blocks.createdAt), desc(blocks.id))
    .limit(1)
    .get();
}

/** Every blocking request of the citizen: a code is judged against all of them. */
export function citizenBlocks(db: Queryable, citizenId: number): BlockRow[] {
  return db.select().from(blocks).where(eq(blocks.citizenId, citizenId)).all();
}

export function insertBlock(db: Queryable, data: TBlockData, codesRevoked: number, by: number, now: Date): BlockRow {
  const { blockConfirmed: _confirmed, ...values } = data;
  return db.insert(blocks).values({ ...values, codesRevoked, createdAt: now, createdBy: by }).returning().get();
}

export function reopenBlock(db: Queryable, id: number, reopen: { visitId: number; by: number; at: Date }): void {
  db.update(blocks).set({ reopenedAt: reopen.at, reopenedBy: reopen.by, reopenVisitId: reopen.visitId }).where(eq(blocks.id, id)).run();
}
