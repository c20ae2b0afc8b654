import { and, count, countDistinct, desc, eq, gte, lt, lte, ne, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import {
  maskCpr,
  type AssuranceLevel,
  type RuleViolation,
  type TVisitEvidence,
  type TVisitFilter,
  type TVisitListInput,
  type VisitOutcome,
  type VisitService,
} from '@skranke/domain';
import type { Queryable } from '../client.js';
import { listQuery, orderByOf, pageOf } from '../list.js';
import { citizens, everyVisitOnce, staff, visitDocuments, visits, visitTallies, witnesses, type VisitRow, type VisitTallyDimension } from '../schema.js';

const onDay = (column: SQLiteColumn, filter: Extract<TVisitFilter, { field: 'day' }>) =>
  filter.operator === 'gte' ? gte(column, filter.value) : filter.operator === 'lte' ? lte(column, filter.value) : eq(column, filter.value);

function visitFilterSql(filter: TVisitFilter): SQL | undefined {
  switch (filter.field) {
    case 'day':
      return onDay(visits.day, filter);
    case 'caseworkerId':
      return eq(visits.caseworkerId, filter.value);
    case 'citizenId':
      return eq(visits.citizenId, filter.value);
    case 'service':
      return eq(visits.service, filter.value);
    case 'method':
      return eq(visits.method, filter.value);
    case 'outcome':
      return eq(visits.outcome, filter.value);
  }
}

/**
 * How many visits match, read from the report tallies when the filters are days, outcome and at most one tallied
 * dimension (as the list opens, unfiltered: some 9 000 tally rows summed rather than a million visits counted);
 * undefined when only the visits themselves can say.
 */
function countFromTallies(db: Queryable, filters: TVisitFilter[]): number | undefined {
  const t = visitTallies;
  const conditions: SQL[] = [];
  let dimension: VisitTallyDimension | undefined;
  for (const filter of filters) {
    if (filter.field === 'day') conditions.push(onDay(t.day, filter));
    else if (filter.field === 'outcome') conditions.push(eq(t.outcome, filter.value));
    else if (filter.field === 'citizenId' || dimension) return undefined;
    else {
      dimension = filter.field === 'caseworkerId' ? 'caseworker' : filter.field;
      conditions.push(eq(t.value, String(filter.value)));
    }
  }
  return db
    .select({ n: sql<number>`coalesce(sum(${t.visits}), 0)`.mapWith(Number) })
    .from(t)
    .where(and(eq(t.dimension, dimension ?? everyVisitOnce), ...conditions))
    .get()!.n;
}

const listColumns = {
  id: visits.id,
  citizenId: visits.citizenId,
  citizenName: citizens.name,
  citizenCpr: citizens.cpr,
  caseworkerId: visits.caseworkerId,
  caseworkerName: staff.displayName,
  service: visits.service,
  outcome: visits.outcome,
  method: visits.method,
  targetLevel: visits.targetLevel,
  level: visits.level,
  day: visits.day,
  startedAt: visits.startedAt,
  closedAt: visits.closedAt,
};

/** The visits list's filtered, ordered select: one page of it for `visits.list`, all of it for the export. */
export function visitsQuery(db: Queryable, input: Pick<TVisitListInput, 'filters' | 'sorters'>) {
  const where = and(...input.filters.map(visitFilterSql));
  // The day is the start's Copenhagen date, so (day, started_at) is the same order, and it is the order of the
  // index that also serves a date range: no sort of the matching rows.
  const byStart = [visits.day, visits.startedAt] as const;
  const orderBy = orderByOf(input.sorters, { startedAt: byStart }, [desc(visits.day), desc(visits.startedAt)], visits.id, 'desc');
  return listQuery({
    columns: listColumns,
    select: db
      .select(listColumns)
      .from(visits)
      .innerJoin(citizens, eq(citizens.id, visits.citizenId))
      .innerJoin(staff, eq(staff.id, visits.caseworkerId))
      .where(where)
      .orderBy(...orderBy),
    count: () => countFromTallies(db, input.filters) ?? db.select({ n: count() }).from(visits).where(where).get()?.n ?? 0,
    // A list row never carries the CPR number, only its masked form.
    toItem: ({ citizenCpr, ...row }) => ({ ...row, citizenCprMasked: maskCpr(citizenCpr) }),
  });
}

export function listVisits(db: Queryable, input: TVisitListInput) {
  return pageOf(input.pagination, visitsQuery(db, input));
}

export function findVisit(db: Queryable, id: number) {
  const visit = db.select().from(visits).where(eq(visits.id, id)).get();
  if (!visit) return undefined;
  const documents = db.select().from(visitDocuments).where(eq(visitDocuments.visitId, id)).orderBy(visitDocuments.id).all();
  const witness = visit.witnessId ? db.select().from(witnesses).where(eq(witnesses.id, visit.witnessId)).get() : undefined;
  return { visit, documents, witness };
}

export function insertVisit(
  db: Queryable,
  input: { citizenId: number; caseworkerId: number; service: VisitService; startedAt: Date; day: string },
) {
  return db.insert(visits).values(input).returning().get();
}

/** The witness person, created on first witnessing; their name is kept as last given. */
export function upsertWitness(db: Queryable, witness: { cpr: string; name: string }): number {
  return db
    .insert(witnesses)
    .values(witness)
    .onConflictDoUpdate({ target: witnesses.cpr, set: { name: witness.name } })
    .returning({ id: witnesses.id })
    .get().id;
}

/** [pub] How many other people this witness has confirmed verified identities for since `sinceDay`. */
export function countRecentWitnessings(db: Queryable, witnessCpr: string, sinceDay: string, citizenId: number): number {
  return (
    db
      .select({ n: countDistinct(visits.citizenId) })
      .from(visits)
      .innerJoin(witnesses, eq(witnesses.id, visits.witnessId))
      .where(and(eq(witnesses.cpr, witnessCpr), eq(visits.method, 'witness'), eq(visits.outcome, 'verified'), gte(visits.day, sinceDay), ne(visits.citizenId, citizenId)))
      .get()?.n ?? 0
  );
}

/** Writes what was shown and asked, replacing any earlier draft of it. */
export function recordVisitEvidence(db: Queryable, visitId: number, evidence: TVisitEvidence, witnessId: number | null): void {
  const w = evidence.witness;
  db.update(visits)
    .set({
      method: evidence.method,
      targetLevel: evidence.targetLevel,
      inPerson: evidence.inPerson,
      cprQuestionsAsked: evidence.cprQuestions?.asked ?? null,
      cprQuestionsCorrect: evidence.cprQuestions?.correct ?? null,
      witnessId,
      witnessMitIdSince: w?.mitIdSince ?? null,
      witnessPhotoIdSeen: w?.photoIdSeen ?? null,
      witnessPhotoIdHasCpr: w?.photoIdHasCpr ?? null,
      witnessCprDocumentSeen: w?.cprDocumentSeen ?? null,
      notes: evidence.notes,
    })
    .where(eq(visits.id, visitId))
    .run();
  db.delete(visitDocuments).where(eq(visitDocuments.visitId, visitId)).run();
  if (evidence.documents.length) {
    db.insert(visitDocuments).values(evidence.documents.map((d) => ({ ...d, visitId }))).run();
  }
}

export function closeVisit(
  db: Queryable,
  visitId: number,
  close: { outcome: Exclude<VisitOutcome, 'open'>; closedAt: Date; level?: AssuranceLevel | null; refusalReason?: string | null; brokenRules?: RuleViolation[] | null },
): void {
  db.update(visits)
    .set({
      outcome: close.outcome,
      closedAt: close.closedAt,
      level: close.level ?? null,
      refusalReason: close.refusalReason ?? null,
      brokenRules: close.brokenRules ?? null,
    })
    .where(eq(visits.id, visitId))
    .run();
}

/** The citizen's visits verified on `day`, newest first: what a code or a reopened block may come from. */
export function citizenVisitsVerifiedOn(db: Queryable, citizenId: number, day: string): VisitRow[] {
  return db
    .select()
    .from(visits)
    .where(and(eq(visits.citizenId, citizenId), eq(visits.day, day), eq(visits.outcome, 'verified')))
    .orderBy(desc(visits.closedAt))
    .all();
}

/** Visits left open from a counter day before `today` (a page closed, a browser crashed). */
export function staleOpenVisits(db: Queryable, today: string): VisitRow[] {
  return db.select().from(visits).where(and(eq(visits.outcome, 'open'), lt(visits.day, today))).all();
}

/** For the citizen card: visits still open and the latest ones. */
export function citizenVisits(db: Queryable, citizenId: number, latest = 5) {
  // Open visits can be resumed or aborted from the card: a visit left open is never a dead end.
  const open = db
    .select({ id: visits.id, day: visits.day, service: visits.service, startedAt: visits.startedAt, caseworkerId: visits.caseworkerId })
    .from(visits)
    .where(and(eq(visits.citizenId, citizenId), eq(visits.outcome, 'open')))
    .orderBy(desc(visits.startedAt))
    .all();
  const recent = db
    .select({ id: visits.id, day: visits.day, service: visits.service, outcome: visits.outcome, level: visits.level, method: visits.method })
    .from(visits)
    .where(eq(visits.citizenId, citizenId))
    .orderBy(desc(visits.startedAt), desc(visits.id))
    .limit(latest)
    .all();
  return { open, recent };
}

export type VisitListItem = ReturnType<typeof listVisits>['data'][number];
