import { and, asc, count, desc, eq, gte, inArray, lt, lte, ne, sql, type SQL } from 'drizzle-orm';
import {
  addDays,
  awaitingAnswer,
  exemptionAgeBuckets,
  startOfDay,
  todayIso,
  visitOutcomes,
  type Policy,
  type TReportRange,
  type VisitOutcome,
} from '@skranke/domain';
import type { Queryable } from '../client.js';
import { complaints, exemptions, staff, temporaryCodes, visits } from '../schema.js';
import { complaintOverdueSql } from './complaints.js';

/*
 * Every figure is counted by SQLite (GROUP BY, conditional sums): a report over years reads indexes and returns a
 * few rows per group, never the visits themselves. Ranges are counter days (Copenhagen), both ends inclusive.
 */

const countWhere = (condition: SQL) => sql<number>`coalesce(sum(case when ${condition} then 1 else 0 end), 0)`.mapWith(Number);

/** Visits in total and by outcome: the columns of every visit breakdown (a stacked bar, a table row). */
const outcomeCounts = () => ({
  total: count(),
  verified: countWhere(eq(visits.outcome, 'verified')),
  refused: countWhere(eq(visits.outcome, 'refused')),
  aborted: countWhere(eq(visits.outcome, 'aborted')),
  open: countWhere(eq(visits.outcome, 'open')),
});

function visitsInRange(range: TReportRange): SQL {
  return and(
    gte(visits.day, range.from),
    lte(visits.day, range.to),
    range.caseworkerId ? eq(visits.caseworkerId, range.caseworkerId) : undefined,
  )!;
}

export function visitsByCaseworker(db: Queryable, range: TReportRange) {
  return db
    .select({ caseworkerId: visits.caseworkerId, caseworkerName: staff.displayName, ...outcomeCounts() })
    .from(visits)
    .innerJoin(staff, eq(staff.id, visits.caseworkerId))
    .where(visitsInRange(range))
    .groupBy(visits.caseworkerId, staff.displayName)
    .orderBy(asc(staff.displayName), asc(visits.caseworkerId))
    .all();
}

/** Most asked-for service first. */
export function visitsByService(db: Queryable, range: TReportRange) {
  return db
    .select({ service: visits.service, ...outcomeCounts() })
    .from(visits)
    .where(visitsInRange(range))
    .groupBy(visits.service)
    .orderBy(desc(count()), asc(visits.service))
    .all();
}

/** `method` is null for visits closed before any evidence was recorded (aborted, or refused outright). */
export function visitsByMethod(db: Queryable, range: TReportRange) {
  return db
    .select({ method: visits.method, ...outcomeCounts() })
    .from(visits)
    .where(visitsInRange(range))
    .groupBy(visits.method)
    .orderBy(desc(count()), asc(visits.method))
    .all();
}

/** Every outcome, those with no visits as 0, in the domain's order. */
export function visitsByOutcome(db: Queryable, range: TReportRange): { outcome: VisitOutcome; count: number }[] {
  const counted = db.select({ outcome: visits.outcome, count: count() }).from(visits).where(visitsInRange(range)).groupBy(visits.outcome).all();
  return visitOutcomes.map((outcome) => ({ outcome, count: counted.find((c) => c.outcome === outcome)?.count ?? 0 }));
}

/** One row per counter day that had visits, oldest first; days without visits are absent. */
export function visitsPerDay(db: Queryable, range: TReportRange) {
  return db.select({ day: visits.day, ...outcomeCounts() }).from(visits).where(visitsInRange(range)).groupBy(visits.day).orderBy(asc(visits.day)).all();
}

/**
 * Refused visits by the rule they broke (visits.broken_rules holds the rule engine's violations as JSON). A visit
 * that broke two rules counts under both, and once under a rule it broke twice; `code` null counts the refusals
 * that broke no rule (refused on the caseworker's judgement, with the reason in words).
 */
export function refusalReasons(db: Queryable, range: TReportRange): { code: string | null; count: number }[] {
  return db
    .all<{ code: string | null; count: number }>(
      sql`select json_extract(rule.value, '$.code') as code, count(distinct ${visits.id}) as count
          from ${visits} left join json_each(${visits.brokenRules}) as rule
          where ${visits.outcome} = 'refused' and ${visitsInRange(range)}
          group by code
          order by count desc, code`,
    );
}

/**
 * Temporary codes in the range: issued (by the counter day), redeemed (used within it), and expired (their expiry
 * passed within it, unused; an expiry still to come is not counted yet). With a caseworker: the codes they issued.
 */
export function codeCounts(db: Queryable, range: TReportRange, now: Date) {
  const from = startOfDay(range.from);
  const until = startOfDay(addDays(range.to, 1));
  const byIssuer = range.caseworkerId ? eq(temporaryCodes.issuedBy, range.caseworkerId) : undefined;
  const n = (where: SQL | undefined) => db.select({ n: count() }).from(temporaryCodes).where(where).get()?.n ?? 0;
  return {
    issued: n(and(gte(temporaryCodes.day, range.from), lte(temporaryCodes.day, range.to), byIssuer)),
    redeemed: n(and(eq(temporaryCodes.status, 'used'), gte(temporaryCodes.usedAt, from), lt(temporaryCodes.usedAt, until), byIssuer)),
    expired: n(
      and(
        eq(temporaryCodes.status, 'issued'),
        gte(temporaryCodes.expiresAt, from),
        lt(temporaryCodes.expiresAt, until),
        // [pub] A code is expired from its expiry instant on (domain `codeStatus`).
        lte(temporaryCodes.expiresAt, now),
        byIssuer,
      ),
    ),
  };
}

/**
 * Exemption requests waiting for a decision now (not limited to the range: the queue is a state), with how long
 * they have waited in whole days. With a caseworker: the requests they took in.
 */
export function openExemptionAges(db: Queryable, range: Pick<TReportRange, 'caseworkerId'>, now: Date) {
  const ageDays = sql`cast((${now.getTime()} - ${exemptions.requestedAt}) / 86400000 as integer)`;
  const row = db
    .select({
      open: count(),
      oldestRequestedAt: sql`min(${exemptions.requestedAt})`.mapWith(exemptions.requestedAt),
      averageAgeDays: sql<number | null>`round(avg((${now.getTime()} - ${exemptions.requestedAt}) / 86400000.0), 1)`,
      days0to7: countWhere(sql`${ageDays} <= ${exemptionAgeBuckets.days0to7}`),
      days8to30: countWhere(sql`${ageDays} > ${exemptionAgeBuckets.days0to7} and ${ageDays} <= ${exemptionAgeBuckets.days8to30}`),
      over30: countWhere(sql`${ageDays} > ${exemptionAgeBuckets.days8to30}`),
    })
    .from(exemptions)
    .where(and(eq(exemptions.status, 'requested'), range.caseworkerId ? eq(exemptions.requestedBy, range.caseworkerId) : undefined))
    .get()!;
  const { days0to7, days8to30, over30, ...rest } = row;
  return { ...rest, ageBuckets: { days0to7, days8to30, over30 } };
}

/**
 * Complaints now (a state, not limited to the range): open (not closed), awaiting an answer, and overdue by the
 * policy's rule, the same SQL as the complaints list's overdue filter. With a caseworker: those assigned to them.
 */
export function complaintCounts(db: Queryable, range: Pick<TReportRange, 'caseworkerId'>, now: Date, policy: Policy) {
  return db
    .select({
      open: countWhere(ne(complaints.status, 'closed')),
      awaitingAnswer: countWhere(inArray(complaints.status, [...awaitingAnswer])),
      overdue: countWhere(complaintOverdueSql(todayIso(now), policy)),
    })
    .from(complaints)
    .where(range.caseworkerId ? eq(complaints.assigneeId, range.caseworkerId) : undefined)
    .get()!;
}

/** Everything the dashboard and the reports page show for one range, in one call. */
export function reportSummary(db: Queryable, range: TReportRange, now: Date, policy: Policy) {
  const byOutcome = visitsByOutcome(db, range);
  return {
    range,
    visits: {
      total: byOutcome.reduce((sum, o) => sum + o.count, 0),
      byOutcome,
      byCaseworker: visitsByCaseworker(db, range),
      byService: visitsByService(db, range),
      byMethod: visitsByMethod(db, range),
      perDay: visitsPerDay(db, range),
    },
    refusalReasons: refusalReasons(db, range),
    codes: codeCounts(db, range, now),
    exemptions: openExemptionAges(db, range, now),
    complaints: complaintCounts(db, range, now, policy),
  };
}

export type ReportSummary = ReturnType<typeof reportSummary>;
