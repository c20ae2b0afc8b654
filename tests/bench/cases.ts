import type Database from 'better-sqlite3';
import { addDays, awaitingAnswer, cprSearchPrefix, policy, startOfDay, verificationMethods } from '@skranke/domain';
import { findCitizen, listCitizens, listComplaints, listVisits, reportSummary, type Db } from '@skranke/db';
import { Prng } from './lib/prng.js';

/** Which of the issue's targets a case is held to (see `targets` in bench.ts); `floor` is held to none. */
export type TargetKind = 'floor' | 'list' | 'get' | 'write' | 'report';

/** What the bench read from the generated database before the load, for the cases' inputs. */
export type BenchData = {
  today: string;
  citizenCount: number;
  /** Full CPR numbers of a sample of citizens, formatted `DDMMYY-SSSS` as a caseworker types them. */
  cprs: string[];
  /** The logged-in caseworker's and supervisor's staff ids (the raw writes use them like the API does). */
  caseworkerId: number;
  supervisorId: number;
  /** SHA-256 of the caseworker's session token, as the sessions table keys it. */
  caseworkerSession: string;
};

export type Statement = { sql: string; params: unknown[] };

/** The same work done raw: the statements the procedure runs, through better-sqlite3 prepared statements. */
export type RawQuery<I> = {
  run(input: I): void;
  /** Every read of one input with its parameters: for EXPLAIN QUERY PLAN, and compared with the API's own SQL. */
  plans(input: I): Statement[];
};

export type BenchCase<I = unknown> = {
  name: string;
  kind: TargetKind;
  procedure: string;
  role: 'caseworker' | 'supervisor';
  /** The i-th request's input: a deterministic sequence, drawn alike by the API runs and the raw run. */
  inputs(data: BenchData): (i: number) => I;
  raw(sqlite: Database.Database, data: BenchData): RawQuery<I>;
  /**
   * The db package's own reads for this input. The bench runs them once through a logging drizzle connection and
   * warns when their SQL differs from `plans`: the hand-written twin must follow the app when its queries change.
   */
  api?(db: Db, input: I, data: BenchData): void;
  note?: string;
  /** Still being written by someone: when the server has no such procedure yet, the case is skipped with a note. */
  optional?: boolean;
};

/** Keeps each case's input type checked against its raw twin while the list holds them all. */
const defineCase = <I>(c: BenchCase<I>): BenchCase => c as unknown as BenchCase;

type ListInput = {
  pagination: { currentPage: number; pageSize: number };
  sorters: { field: string; order: 'asc' | 'desc' }[];
  filters: { field: string; operator: string; value: unknown }[];
};
const page = (currentPage: number, pageSize: number) => ({ currentPage, pageSize });
const offsetOf = (input: ListInput) => (input.pagination.currentPage - 1) * input.pagination.pageSize;
/** The db package's list functions take the parsed input; the bench's inputs are already in that shape. */
const parsed = <T>(input: ListInput) => input as unknown as T;

// The SQL below is written by hand to match what drizzle generates for the db package's queries (the drift check
// in bench.ts compares them on every run): the same columns, joins, WHERE, ORDER BY, LIMIT/OFFSET and count.

const citizenColumns = `"id", "cpr", "name", "has_fixed_address", "address", "postal_address", "phone", "email", "address_protected", "guardianship", "guardian_name", "notes", "created_at", "updated_at"`;
const citizenOrder = `order by "citizens"."updated_at" desc, "citizens"."id" desc`;
const findCitizenSql = `select ${citizenColumns} from "citizens" where "citizens"."id" = ?`;
const insertAuditSql = `insert into "audit_log" ("id", "at", "staff_id", "action", "entity", "entity_id", "purpose", "details") values (null, ?, ?, ?, ?, ?, ?, ?)`;

/** A list's page plus its count, as `pageOf` runs them; the count takes the page's parameters unless told otherwise. */
function rawList(
  sqlite: Database.Database,
  rowsSql: string,
  countSql: string,
  where: (input: ListInput) => unknown[],
  countParams: (input: ListInput) => unknown[] = where,
): RawQuery<ListInput> {
  const rows = sqlite.prepare(`${rowsSql} limit ? offset ?`);
  const count = sqlite.prepare(countSql);
  return {
    run(input) {
      rows.all(...where(input), input.pagination.pageSize, offsetOf(input));
      count.get(...countParams(input));
    },
    plans: (input) => [
      { sql: `${rowsSql} limit ? offset ?`, params: [...where(input), input.pagination.pageSize, offsetOf(input)] },
      { sql: countSql, params: countParams(input) },
    ],
  };
}

const citizensPage = (sqlite: Database.Database) =>
  rawList(sqlite, `select ${citizenColumns} from "citizens" ${citizenOrder}`, `select count(*) from "citizens"`, () => []);

const visitsListSql = (where: string) =>
  `select "visits"."id", "visits"."citizen_id", "citizens"."name", "citizens"."cpr", "visits"."caseworker_id", "staff"."display_name", "visits"."service", "visits"."outcome", "visits"."method", "visits"."target_level", "visits"."level", "visits"."day", "visits"."started_at", "visits"."closed_at" from "visits" inner join "citizens" on "citizens"."id" = "visits"."citizen_id" inner join "staff" on "staff"."id" = "visits"."caseworker_id"${where} order by "visits"."day" desc, "visits"."started_at" desc, "visits"."id" desc`;

const visitTallyCountSql = `select coalesce(sum("visits"), 0) from "visit_tallies"`;

function visitsInRange(days: number) {
  return defineCase<ListInput>({
    name: `visits.list: last ${days} days + method`,
    kind: 'list',
    procedure: 'visits.list',
    role: 'caseworker',
    note: 'method cycles documents / cprQuestions / witness',
    inputs: ({ today }) => (i) => ({
      pagination: page(1, 20),
      sorters: [{ field: 'startedAt', order: 'desc' }],
      filters: [
        { field: 'day', operator: 'gte', value: addDays(today, 1 - days) },
        { field: 'day', operator: 'lte', value: today },
        { field: 'method', operator: 'eq', value: verificationMethods[i % verificationMethods.length] },
      ],
    }),
    raw: (sqlite) => {
      const where = ` where ("visits"."day" >= ? and "visits"."day" <= ? and "visits"."method" = ?)`;
      // Counted from the report tallies (a day range and one tallied dimension), as the list does.
      const count = `${visitTallyCountSql} where ("visit_tallies"."dimension" = ? and "visit_tallies"."day" >= ? and "visit_tallies"."day" <= ? and "visit_tallies"."value" = ?)`;
      const params = (input: ListInput) => input.filters.map((f) => f.value);
      return rawList(sqlite, visitsListSql(where), count, params, (input) => ['method', ...params(input)]);
    },
    api: (db, input) => void listVisits(db, parsed(input)),
  });
}

const complaintsListSql = (where: string) =>
  `select "complaints"."id", "complaints"."received_at", "complaints"."received_day", "complaints"."channel", "complaints"."subject", "complaints"."scheme", "complaints"."complainant_name", "complaints"."status", "complaints"."assignee_id", "staff"."display_name", "complaints"."closed_at", "complaints"."updated_at" from "complaints" left join "staff" on "staff"."id" = "complaints"."assignee_id"${where} order by "complaints"."received_at" asc, "complaints"."id" asc`;

/** A supervisor's report over the last `years` years, every caseworker: "any report over the 1 M visits". */
function reportOver(years: number) {
  const days = years * 365;
  return defineCase<{ from: string; to: string }>({
      name: `reports.summary: ${years === 1 ? 'one year' : `${years} years`}`,
      kind: 'report',
      procedure: 'reports.summary',
      role: 'supervisor',
      optional: true,
      note: `all caseworkers, ${days} counter days: the 11 aggregate queries of reports.ts reportSummary (visits from the tallies)`,
      inputs: ({ today }) => () => ({ from: addDays(today, 1 - days), to: today }),
      raw: (sqlite, { today }) => {
        // The visit breakdowns read the tallies the triggers keep (migration 0009), one dimension each.
        const tallies = `(select "dimension", "day", "value", "outcome", "visits" from "visit_tallies" where ("visit_tallies"."day" >= ? and "visit_tallies"."day" <= ?)) "tallies" where "tallies"."dimension" = ?`;
        const outcomes = ['verified', 'refused', 'aborted', 'open'];
        const byOutcome = outcomes.map(() => `coalesce(sum(case when "outcome" = ? then "visits" end), 0)`).join(', ');
        const byValue = `group by "tallies"."value" order by sum("tallies"."visits") desc, "tallies"."value" asc`;
        const age = `cast((? - "exemptions"."requested_at") / 86400000 as integer)`;
        const awaiting = `"complaints"."status" in (?, ?, ?)`;
        /** Each read with how its parameters follow from the range, `now` and today, in drizzle's order. */
        const reads: { sql: string; params: (r: { from: string; to: string; fromMs: number; untilMs: number; now: number }) => unknown[] }[] = [
          { sql: `select "outcome", sum("visits") from ${tallies} group by "tallies"."outcome"`, params: (r) => [r.from, r.to, 'method'] },
          {
            sql: `select "caseworker_id", "staff"."display_name", "total", "verified", "refused", "aborted", "open" from (select cast("value" as integer) as "caseworker_id", sum("visits") as "total", ${outcomes.map((o) => `coalesce(sum(case when "outcome" = ? then "visits" end), 0) as "${o}"`).join(', ')} from ${tallies} group by "tallies"."value") "counted" inner join "staff" on "staff"."id" = "caseworker_id" order by "staff"."display_name" asc, "staff"."id" asc`,
            params: (r) => [...outcomes, r.from, r.to, 'caseworker'],
          },
          { sql: `select "value", sum("visits"), ${byOutcome} from ${tallies} ${byValue}`, params: (r) => [...outcomes, r.from, r.to, 'service'] },
          { sql: `select nullif("value", ''), sum("visits"), ${byOutcome} from ${tallies} ${byValue}`, params: (r) => [...outcomes, r.from, r.to, 'method'] },
          { sql: `select "day", sum("visits"), ${byOutcome} from ${tallies} group by "tallies"."day" order by "tallies"."day" asc`, params: (r) => [...outcomes, r.from, r.to, 'method'] },
          { sql: `select nullif("value", ''), sum("visits") from ${tallies} ${byValue}`, params: (r) => [r.from, r.to, 'refusalRule'] },
          { sql: `select count(*) from "temporary_codes" where ("temporary_codes"."day" >= ? and "temporary_codes"."day" <= ?)`, params: (r) => [r.from, r.to] },
          {
            sql: `select count(*) from "temporary_codes" where ("temporary_codes"."status" = ? and "temporary_codes"."used_at" >= ? and "temporary_codes"."used_at" < ?)`,
            params: (r) => ['used', r.fromMs, r.untilMs],
          },
          {
            sql: `select count(*) from "temporary_codes" where ("temporary_codes"."status" = ? and "temporary_codes"."expires_at" >= ? and "temporary_codes"."expires_at" < ? and "temporary_codes"."expires_at" <= ?)`,
            params: (r) => ['issued', r.fromMs, r.untilMs, r.now],
          },
          {
            sql: `select count(*), min("requested_at"), round(avg((? - "requested_at") / 86400000.0), 1), coalesce(sum(case when ${age} <= ? then 1 else 0 end), 0), coalesce(sum(case when ${age} > ? and ${age} <= ? then 1 else 0 end), 0), coalesce(sum(case when ${age} > ? then 1 else 0 end), 0) from "exemptions" where "exemptions"."status" = ?`,
            params: (r) => [r.now, r.now, 7, r.now, 7, r.now, 30, r.now, 30, 'requested'],
          },
          {
            sql: `select coalesce(sum(case when "complaints"."status" <> ? then 1 else 0 end), 0), coalesce(sum(case when ${awaiting} then 1 else 0 end), 0), coalesce(sum(case when (${awaiting} and "complaints"."received_day" < ?) then 1 else 0 end), 0) from "complaints"`,
            params: () => ['closed', ...awaitingAnswer, ...awaitingAnswer, addDays(today, -policy.complaintOverdueDays)],
          },
        ];
        const statements = reads.map((read) => ({ statement: sqlite.prepare(read.sql), ...read }));
        const paramsOf = ({ from, to }: { from: string; to: string }) => ({
          from,
          to,
          fromMs: startOfDay(from).getTime(),
          untilMs: startOfDay(addDays(to, 1)).getTime(),
          now: Date.now(),
        });
        return {
          run(input) {
            const r = paramsOf(input);
            for (const { statement, params } of statements) statement.all(...params(r));
          },
          plans: (input) => reads.map(({ sql, params }) => ({ sql, params: params(paramsOf(input)) })),
        };
      },
      api: (db, input) => void reportSummary(db, { ...input, caseworkerId: null }, new Date(), policy),
  });
}

/**
 * The benchmark's cases, in the issue's order, after a floor (what any request costs), plus the two unfiltered
 * lists the front end opens (/visits, /complaints). Adding a case is one entry: procedure, inputs, and the same
 * work done raw.
 */
export const cases: BenchCase[] = [
  defineCase<null>({
    name: 'auth.me (floor: HTTP, tRPC, session)',
    kind: 'floor',
    procedure: 'auth.me',
    role: 'caseworker',
    note: 'no query of its own: the fixed cost every request pays (Fastify, tRPC, superjson, the session lookup, logging)',
    inputs: () => () => null,
    raw: (sqlite, { caseworkerSession }) => {
      const sql = `select "sessions"."created_at", "sessions"."last_seen_at", "staff"."id", "staff"."username", "staff"."display_name", "staff"."role", "staff"."active" from "sessions" inner join "staff" on "staff"."id" = "sessions"."staff_id" where "sessions"."token_hash" = ?`;
      const find = sqlite.prepare(sql);
      return { run: () => void find.get(caseworkerSession), plans: () => [{ sql, params: [caseworkerSession] }] };
    },
  }),
  defineCase<ListInput>({
    name: 'citizens.list: page 1',
    kind: 'list',
    procedure: 'citizens.list',
    role: 'caseworker',
    inputs: () => () => ({ pagination: page(1, 20), sorters: [], filters: [] }),
    raw: citizensPage,
    api: (db, input) => void listCitizens(db, parsed(input)),
  }),
  defineCase<ListInput>({
    name: 'citizens.list: deep page (50 a page)',
    kind: 'list',
    procedure: 'citizens.list',
    role: 'caseworker',
    note: 'page 2000 of 50 on 100 k citizens (the last page)',
    inputs: ({ citizenCount }) => () => ({ pagination: page(Math.max(1, Math.min(2000, Math.ceil(citizenCount / 50))), 50), sorters: [], filters: [] }),
    raw: citizensPage,
    api: (db, input) => void listCitizens(db, parsed(input)),
  }),
  defineCase<ListInput>({
    name: 'citizens.list: search by CPR',
    kind: 'list',
    procedure: 'citizens.list',
    role: 'caseworker',
    note: 'a full CPR number in the search box (POST body); the search is audited',
    inputs: ({ cprs }) => {
      const rng = new Prng(1);
      return () => ({ pagination: page(1, 20), sorters: [], filters: [{ field: 'q', operator: 'contains', value: rng.pick(cprs) }] });
    },
    raw: (sqlite, { caseworkerId }) => {
      const audit = sqlite.prepare(insertAuditSql);
      const range = (input: ListInput) => {
        const prefix = cprSearchPrefix(String(input.filters[0]!.value));
        return [prefix, `${prefix}:`];
      };
      const where = ` where ("citizens"."cpr" >= ? and "citizens"."cpr" < ?)`;
      const list = rawList(sqlite, `select ${citizenColumns} from "citizens"${where} ${citizenOrder}`, `select count(*) from "citizens"${where}`, range);
      return {
        run(input) {
          const criterion = `${String(input.filters[0]!.value).slice(0, 6)}-XXXX`;
          audit.run(Date.now(), caseworkerId, 'citizen.search', 'citizen', null, null, JSON.stringify({ criterion }));
          list.run(input);
        },
        plans: list.plans,
      };
    },
    api: (db, input) => void listCitizens(db, parsed(input)),
  }),
  defineCase<{ id: number }>({
    name: 'citizens.get',
    kind: 'get',
    procedure: 'citizens.get',
    role: 'caseworker',
    note: 'random citizens; the read is audited',
    inputs: ({ citizenCount }) => {
      const rng = new Prng(2);
      return () => ({ id: rng.int(1, citizenCount) });
    },
    raw: (sqlite, { caseworkerId }) => {
      const find = sqlite.prepare(findCitizenSql);
      const audit = sqlite.prepare(insertAuditSql);
      return {
        run({ id }) {
          find.get(id);
          audit.run(Date.now(), caseworkerId, 'citizen.read', 'citizen', String(id), null, null);
        },
        plans: ({ id }) => [{ sql: findCitizenSql, params: [id] }],
      };
    },
    api: (db, { id }) => void findCitizen(db, id),
  }),
  visitsInRange(30),
  visitsInRange(365),
  defineCase<ListInput>({
    name: 'visits.list: unfiltered (as /visits opens)',
    kind: 'list',
    procedure: 'visits.list',
    role: 'caseworker',
    inputs: () => () => ({ pagination: page(1, 20), sorters: [{ field: 'startedAt', order: 'desc' }], filters: [] }),
    raw: (sqlite) => rawList(sqlite, visitsListSql(''), `${visitTallyCountSql} where "visit_tallies"."dimension" = ?`, () => [], () => ['method']),
    api: (db, input) => void listVisits(db, parsed(input)),
  }),
  defineCase<{ citizenId: number; service: string }>({
    name: 'visits.create',
    kind: 'write',
    procedure: 'visits.create',
    role: 'caseworker',
    note: 'insert visit + audit entry in one transaction',
    inputs: ({ citizenCount }) => {
      const rng = new Prng(3);
      return () => ({ citizenId: rng.int(1, citizenCount), service: 'newMitId' });
    },
    raw: (sqlite, { caseworkerId, today }) => {
      const find = sqlite.prepare(findCitizenSql);
      const insert = sqlite.prepare(
        `insert into "visits" ("id", "citizen_id", "caseworker_id", "service", "outcome", "started_at", "day", "in_person") values (null, ?, ?, ?, 'open', ?, ?, 1) returning *`,
      );
      const audit = sqlite.prepare(insertAuditSql);
      const create = sqlite.transaction((input: { citizenId: number; service: string }) => {
        find.get(input.citizenId);
        const now = Date.now();
        const visit = insert.get(input.citizenId, caseworkerId, input.service, now, today) as { id: number };
        audit.run(now, caseworkerId, 'visit.create', 'visit', String(visit.id), null, JSON.stringify(input));
      });
      // IMMEDIATE: the bench's connection is a second writer (the server has one connection, so it never needs this).
      return { run: (input) => create.immediate(input), plans: ({ citizenId }) => [{ sql: findCitizenSql, params: [citizenId] }] };
    },
    api: (db, { citizenId }) => void findCitizen(db, citizenId),
  }),
  defineCase<ListInput>({
    name: 'complaints.list: overdue',
    kind: 'list',
    procedure: 'complaints.list',
    role: 'caseworker',
    inputs: () => () => ({ pagination: page(1, 20), sorters: [], filters: [{ field: 'overdue', operator: 'eq', value: true }] }),
    raw: (sqlite, { today }) => {
      const where = ` where ("complaints"."status" in (?, ?, ?) and "complaints"."received_day" < ?)`;
      const params = [...awaitingAnswer, addDays(today, -policy.complaintOverdueDays)];
      return rawList(sqlite, complaintsListSql(where), `select count(*) from "complaints"${where}`, () => params);
    },
    api: (db, input) => void listComplaints(db, parsed(input), new Date(), policy),
  }),
  defineCase<ListInput>({
    name: 'complaints.list: unfiltered (as /complaints opens)',
    kind: 'list',
    procedure: 'complaints.list',
    role: 'caseworker',
    inputs: () => () => ({ pagination: page(1, 20), sorters: [{ field: 'receivedAt', order: 'asc' }], filters: [] }),
    raw: (sqlite) => rawList(sqlite, complaintsListSql(''), `select count(*) from "complaints"`, () => []),
    api: (db, input) => void listComplaints(db, parsed(input), new Date(), policy),
  }),
  reportOver(1),
  reportOver(5),
];
