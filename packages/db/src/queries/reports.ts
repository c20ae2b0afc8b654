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
  type VerificationMethod,
  type VisitOutcome,
  type VisitService,
} from '@skranke/domain';
import type { Queryable } from '../client.js';
import { complaints, exemptions, staff, temporaryCodes, everyVisitOnce, visitTallies, visitTallyKeys } from '../schema.js';
import { complaintOverdueSql } from './complaints.js';

/*
 * Every figure is counted by SQLite (GROUP BY, conditional sums): a report over years returns a few rows per group,
 * never the visits themselves. Ranges are counter days (Copenhagen), both ends inclusive.
 */

const countWhere = (condition: SQL) => sql<number>`coalesce(sum(case when ${condition} then 1 else 0 end), 0)`.mapWith(Number);

/**
 * The visit tallies of a range, as (dimension, day, value, outcome, visits) rows: for everyone, those the triggers
 * keep (a year is some 30 000 rows, five years 170 000, for a million visits); for one caseworker, their own visits
 * counted through the same keys, one row per visit and dimension (a few thousand a year, off their index).
 */
function talliesIn(db: Queryable, range: TReportRange) {
  if (range.caseworkerId) {
    const k = visitTallyKeys;
    return db
      .select({ dimension: k.dimension, day: k.day, value: k.value, outcome: k.outcome, visits: sql<number>`1`.as('visits') })
      .from(k)
      .where(and(eq(k.caseworkerId, range.caseworkerId), gte(k.day, range.from), lte(k.day, range.to)))
      .as('tallies');
  }
  const t = visitTallies;
  return db
    .select({ dimension: t.dimension, day: t.day, value: t.value, outcome: t.outcome, visits: t.visits })
    .from(t)
    .where(and(gte(t.day, range.from), lte(t.day, range.to)))
    .as('tallies');
}

type Tallies = ReturnType<typeof talliesIn>;

/** Visits in total and by outcome: the columns of every visit breakdown (a stacked bar, a table row). */
const outcomeCounts = (t: Tallies) => {
  const visitsWith = (outcome: VisitOutcome) => sql<number>`coalesce(sum(case when ${t.outcome} = ${outcome} then ${t.visits} end), 0)`.mapWith(Number);
  return {
    total: sql<number>`sum(${t.visits})`.mapWith(Number),
    verified: visitsWith('verified'),
    refused: visitsWith('refused'),
    aborted: visitsWith('aborted'),
    open: visitsWith('open'),
  };
};

/** Counted per caseworker first, then named: the join meets one row per caseworker, not every tally. */
export function visitsByCaseworker(db: Queryable, range: TReportRange) {
  const t = talliesIn(db, range);
  const { total, verified, refused, aborted, open } = outcomeCounts(t);
  const counted = db
    .select({
      caseworkerId: sql<number>`cast(${t.value} as integer)`.as('caseworker_id'),
      total: total.as('total'),
      verified: verified.as('verified'),
      refused: refused.as('refused'),
      aborted: aborted.as('aborted'),
      open: open.as('open'),
    })
    .from(t)
    .where(eq(t.dimension, 'caseworker'))
    .groupBy(t.value)
    .as('counted');
  return db
    .select({
      caseworkerId: counted.caseworkerId,
      caseworkerName: staff.displayName,
      total: counted.total,
      verified: counted.verified,
      refused: counted.refused,
      aborted: counted.aborted,
      open: counted.open,
    })
    .from(counted)
    .innerJoin(staff, eq(staff.id, counted.caseworkerId))
    .orderBy(asc(staff.displayName), asc(staff.id))
    .all();
}

/** Most asked-for service first. */
export function visitsByService(db: Queryable, range: TReportRange) {
  const t = talliesIn(db, range);
  const counts = outcomeCounts(t);
  return db
    .select({ service: sql<VisitService>`${t.value}`, ...counts })
    .from(t)
    .where(eq(t.dimension, 'service'))
    .groupBy(t.value)
    .orderBy(desc(counts.total), asc(t.value))
    .all();
}

/** `method` is null for visits closed before any evidence was recorded (aborted, or refused outright). */
export function visitsByMethod(db: Queryable, range: TReportRange) {
  const t = talliesIn(db, range);
  const counts = outcomeCounts(t);
  return db
    .select({ method: sql<VerificationMethod | null>`nullif(${t.value}, '')`, ...counts })
    .from(t)
    .where(eq(t.dimension, 'method'))
    .groupBy(t.value)
    .orderBy(desc(counts.total), asc(t.value))
    .all();
}

/** Every outcome, those with no visits as 0, in the domain's order. */
export function visitsByOutcome(db: Queryable, range: TReportRange): { outcome: VisitOutcome; count: number }[] {
  const t = talliesIn(db, range);
  const counted = db
    .select({ outcome: t.outcome, count: sql<number>`sum(${t.visits})`.mapWith(Number) })
    .from(t)
    .where(eq(t.dimension, everyVisitOnce))
    .groupBy(t.outcome)
    .all();
  return visitOutcomes.map((outcome) => ({ outcome, count: counted.find((c) => c.outcome === outcome)?.count ?? 0 }));
}

/** One row per counter day that had visits, oldest first; days without visits are absent. */
export function visitsPerDay(db: Queryable, range: TReportRange) {
  const t = talliesIn(db, range);
  return db.select({ day: t.day, ...outcomeCounts(t) }).from(t).where(eq(t.dimension, everyVisitOnce)).groupBy(t.day).orderBy(asc(t.day)).all();
}

/**
 * Refused visits by the rule they broke (from visits.broken_rules, the rule engine's violations). A visit that
 * broke two rules counts under both, and once under a rule it broke twice; `code` null counts the refusals that
 * broke no rule (refused on the caseworker's judgement, with the reason in words).
 */
export function refusalReasons(db: Queryable, range: TReportRange): { code: string | null; count: number }[] {
  const t = talliesIn(db, range);
  const count = sql<number>`sum(${t.visits})`.mapWith(Number);
  return db
    .select({ code: sql<string | null>`nullif(${t.value}, '')`, count })
    .from(t)
    .where(eq(t.dimension, 'refusalRule'))
    .groupBy(t.value)
    .orderBy(desc(count), asc(t.value))
    .all();
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
