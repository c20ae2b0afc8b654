/**
 * Generates a national-scale Skranke database for the benchmark (issue #9):
 *
 *   npm run bench:data -- --citizens 100000 --visits 1000000 [--out data/bench.db]
 *
 * Deterministic: one fixed seed for faker (the name and address pools) and a small seeded PRNG for every other
 * draw, so two runs with the same options write the same rows (times are relative to today, so the dates move
 * with the calendar). The database is opened through the db package (`openDatabase` runs the migrations) and
 * every row is written through its Drizzle schema with prepared inserts, in transactions of a few thousand rows.
 */
import { existsSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fakerDA as faker } from '@faker-js/faker';
import { sql } from 'drizzle-orm';
import {
  addDays,
  maskCpr,
  translate,
  todayIso,
  type AssuranceLevel,
  type ComplaintStatus,
  type RuleViolation,
  type VisitService,
} from '@skranke/domain';
import { closeDatabase, createStaff, openDatabase, schema, type Db } from '@skranke/db';
import { demoPassword, demoStaff } from '@skranke/db/demo';
import { checkArgs, formatBytes, numberArg, parseArgs } from './lib/args.js';
import { benchLogins, defaultBenchDb } from './lib/data.js';
import { Prng, weighted } from './lib/prng.js';

const args = parseArgs();
checkArgs(args, ['citizens', 'visits', 'codes', 'exemptions', 'complaints', 'audit', 'caseworkers', 'years', 'out', 'seed']);
const counts = {
  citizens: numberArg(args, 'citizens', 100_000),
  visits: numberArg(args, 'visits', 1_000_000),
};
/** The other tables scale with the visits unless named: 200 k codes, 50 k exemptions, 20 k complaints, 2 M audit entries per 1 M visits. */
const perVisit = (n: number) => Math.round((counts.visits * n) / 1_000_000);
const targets = {
  ...counts,
  codes: numberArg(args, 'codes', perVisit(200_000)),
  exemptions: numberArg(args, 'exemptions', perVisit(50_000)),
  complaints: numberArg(args, 'complaints', perVisit(20_000)),
  audit: numberArg(args, 'audit', perVisit(2_000_000)),
  caseworkers: numberArg(args, 'caseworkers', 40),
  years: numberArg(args, 'years', 5),
};
const out = resolve(args.get('out') ?? defaultBenchDb);
const seed = numberArg(args, 'seed', 20_251_031);

const DAY = 86_400_000;
const MINUTE = 60_000;
const batchRows = 10_000;

const started = performance.now();
const phases: [string, number][] = [];
let phaseStart = started;
function phase(name: string) {
  const now = performance.now();
  phases.push([name, now - phaseStart]);
  console.log(`  ${name.padEnd(34)} ${((now - phaseStart) / 1000).toFixed(1).padStart(6)} s`);
  phaseStart = now;
}

for (const suffix of ['', '-wal', '-shm', '-journal', '.json']) rmSync(out + suffix, { force: true });
console.log(`Generating ${out}`);
console.log(`  ${Object.entries(targets).map(([k, v]) => `${k}=${v}`).join(' ')}`);

const db: Db = openDatabase(out);
const sqlite = db.$client;
// Bulk-load settings for this one connection, which is alone on a fresh file: no fsync, and no foreign-key lookups
// on every row (the generator only ever points at rows it has written; `foreign_key_check` verifies it below).
// The rollback journal is off while loading (a crash means running the generator again) and WAL, the app's
// mode, is restored at the end.
sqlite.pragma('journal_mode = OFF');
sqlite.pragma('synchronous = OFF');
sqlite.pragma('foreign_keys = OFF');
sqlite.pragma('cache_size = -524288'); // 512 MiB: random-order index inserts stay in memory
sqlite.pragma('temp_store = MEMORY');
sqlite.pragma('locking_mode = EXCLUSIVE');

const rng = new Prng(seed);
const now = new Date();
const nowMs = now.getTime();
const today = todayIso(now);
const windowStart = addDays(today, -Math.round(targets.years * 365.25));
const windowStartMs = Date.parse(`${windowStart}T00:00:00Z`);
/**
 * Prepared inserts take values as SQLite stores them (ms numbers, 0/1, JSON text): a bare placeholder would go
 * through the column's encoder, which cannot take a null.
 */
const p = (name: string) => sql`${sql.placeholder(name)}`;
const bit = (b: boolean) => (b ? 1 : 0);
const json = (value: unknown) => (value == null ? null : JSON.stringify(value));

// ---------------------------------------------------------------------------------------------------- pools
faker.seed(seed);
const pool = <T>(n: number, make: () => T) => Array.from({ length: n }, make);
const maleNames = pool(400, () => faker.person.firstName('male'));
const femaleNames = pool(400, () => faker.person.firstName('female'));
const lastNames = pool(600, () => faker.person.lastName());
const streets = pool(1500, () => faker.location.street());
const towns = pool(500, () => `${rng.int(1000, 9990)} ${faker.location.city()}`);
const asciiFold = (s: string) =>
  s.toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa').replace(/[^a-z0-9]/g, '');
const fullName = (male: boolean) => `${rng.pick(male ? maleNames : femaleNames)} ${rng.pick(lastNames)}`;
const phone = () => `${rng.int(20, 99)} ${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)}`;
const address = () => `${rng.pick(streets)} ${rng.int(1, 180)}, ${rng.pick(towns)}`;

// ---------------------------------------------------------------------------------------------------- CPR numbers
const mod11Weights = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];
const usedCprs = new Set<string>();
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const todayYear = Number(today.slice(0, 4));

/**
 * A fictitious CPR number with a real birth date, the sex in the last digit, and a failed modulus-11 check like
 * the demo seed's numbers (seed.ts): real numbers issued before 2007 pass it, so none of these is a real person's.
 */
function fictitiousCpr(minAge: number, maxAge: number): { cpr: string; male: boolean } {
  const male = rng.chance(0.5);
  for (;;) {
    const y = todayYear - rng.int(minAge, maxAge);
    const m = rng.int(1, 12);
    const d = rng.int(1, daysIn(y, m));
    const datePart = [d, m, y % 100].map((n) => String(n).padStart(2, '0')).join('');
    // [pub] 7th digit 0–3: 19YY; 4: 20YY for YY 00–36.
    const centuryDigit = y >= 2000 ? 4 : rng.int(0, 3);
    const last = rng.int(0, 4) * 2 + (male ? 1 : 0);
    const cpr = `${datePart}${centuryDigit}${rng.digits(2)}${last}`;
    const sum = [...cpr].reduce((s, c, i) => s + Number(c) * mod11Weights[i]!, 0);
    if (sum % 11 !== 0 && !usedCprs.has(cpr)) {
      usedCprs.add(cpr);
      return { cpr, male };
    }
  }
}

// ---------------------------------------------------------------------------------------------------- staff
// One scrypt hash for every generated account (the demo password): hashing ~40 passwords would cost seconds.
const demoMembers = [];
for (const member of demoStaff) demoMembers.push(await createStaff(db, { ...member, password: demoPassword }));
const passwordHash = db.select({ h: schema.staff.passwordHash }).from(schema.staff).limit(1).get()!.h;
const supervisorCount = Math.max(1, Math.round(targets.caseworkers / 10));
const generatedStaff = Array.from({ length: targets.caseworkers }, (_, i) => {
  const supervisor = i >= targets.caseworkers - supervisorCount;
  const male = rng.chance(0.5);
  return {
    username: `${supervisor ? 'sup' : 'cw'}${String(i + 1).padStart(3, '0')}`,
    displayName: fullName(male),
    role: supervisor ? ('supervisor' as const) : ('caseworker' as const),
    passwordHash,
    active: rng.chance(0.9),
    createdAt: new Date(windowStartMs),
  };
});
if (generatedStaff.length) db.insert(schema.staff).values(generatedStaff).run();
const staffRows = db.select({ id: schema.staff.id, role: schema.staff.role, name: schema.staff.displayName }).from(schema.staff).all();
const caseworkerIds = staffRows.filter((s) => s.role === 'caseworker').map((s) => s.id);
const supervisorIds = staffRows.filter((s) => s.role === 'supervisor').map((s) => s.id);
const staffName = new Map(staffRows.map((s) => [s.id, s.name]));
phase(`staff (${staffRows.length})`);

// ---------------------------------------------------------------------------------------------------- citizens
/** Registered before the window (most) or during it; ids follow registration time, as in a real table. */
const citizenCreated = new Float64Array(targets.citizens);
for (let i = 0; i < targets.citizens; i++) {
  citizenCreated[i] = Math.floor(
    rng.chance(0.6) ? windowStartMs - rng.float() * 10 * 365 * DAY : windowStartMs + rng.float() * (nowMs - windowStartMs - DAY),
  );
}
citizenCreated.sort();
const citizenCpr: string[] = new Array(targets.citizens);
const citizenName: string[] = new Array(targets.citizens);

const insertCitizen = db
  .insert(schema.citizens)
  .values({
    id: p('id'),
    cpr: p('cpr'),
    name: p('name'),
    hasFixedAddress: p('hasFixedAddress'),
    address: p('address'),
    postalAddress: p('postalAddress'),
    phone: p('phone'),
    email: p('email'),
    guardianship: p('guardianship'),
    guardianName: p('guardianName'),
    notes: p('notes'),
    createdAt: p('createdAt'),
    updatedAt: p('updatedAt'),
  })
  .prepare();

const inBatches = (total: number, write: (from: number, to: number) => void) => {
  const run = sqlite.transaction(write);
  for (let from = 0; from < total; from += batchRows) run(from, Math.min(total, from + batchRows));
};

inBatches(targets.citizens, (from, to) => {
  for (let i = from; i < to; i++) {
    const { cpr, male } = fictitiousCpr(12, 95);
    const name = fullName(male);
    const [first, last] = name.split(' ') as [string, string];
    const hasFixedAddress = rng.chance(0.93);
    const guardianship = rng.chance(0.03);
    const createdAt = citizenCreated[i]!;
    // A third were edited later; the list sorts by last change.
    const updatedAt = rng.chance(0.33) ? Math.floor(createdAt + rng.float() * (nowMs - createdAt)) : createdAt;
    citizenCpr[i] = cpr;
    citizenName[i] = name;
    insertCitizen.run({
      id: i + 1,
      cpr,
      name,
      hasFixedAddress: bit(hasFixedAddress),
      address: hasFixedAddress ? address() : null,
      postalAddress: hasFixedAddress ? null : `Poste restante, ${rng.pick(towns)}`,
      phone: rng.chance(0.9) ? phone() : null,
      email: rng.chance(0.7) ? `${asciiFold(first)}.${asciiFold(last)}${rng.int(1, 99)}@example.dk` : null,
      guardianship: guardianship ? 'guardianship' : 'none',
      guardianName: guardianship ? fullName(rng.chance(0.5)) : null,
      notes: rng.chance(0.02) ? 'Ønsker at blive kontaktet pr. brev.' : null,
      createdAt,
      updatedAt,
    });
  }
});
phase(`citizens (${targets.citizens})`);

/** A citizen already registered at `t` (binary search over the registration times). */
function citizenAt(t: number): number {
  let lo = 0;
  let hi = citizenCreated.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (citizenCreated[mid]! <= t) lo = mid + 1;
    else hi = mid;
  }
  return 1 + Math.floor(rng.float() * Math.max(1, lo));
}

// ---------------------------------------------------------------------------------------------------- witnesses
const witnessCount = Math.max(1, Math.round(targets.visits / 50));
const insertWitness = db.insert(schema.witnesses).values({ id: p('id'), cpr: p('cpr'), name: p('name'), createdAt: p('createdAt') }).prepare();
inBatches(witnessCount, (from, to) => {
  for (let i = from; i < to; i++) {
    const { cpr, male } = fictitiousCpr(18, 85);
    insertWitness.run({ id: i + 1, cpr, name: fullName(male), createdAt: Math.floor(windowStartMs + rng.float() * (nowMs - windowStartMs)) });
  }
});
phase(`witnesses (${witnessCount})`);

// ---------------------------------------------------------------------------------------------------- visits: plan
/**
 * The counter is open on weekdays, 07:00–15:30 UTC (08/09–16:30/17:30 in Copenhagen, always the same calendar day
 * there). Visits are spread evenly over those days and written in time order, so ids follow time as in real life.
 * Today's visits stop a minute ago; those of the last 20 minutes are still open.
 */
const openUtcMs = 7 * 3_600_000;
const closeUtcMs = 15.5 * 3_600_000;
const counterDays: { day: string; from: number; to: number }[] = [];
for (let day = windowStart; day <= today; day = addDays(day, 1)) {
  const midnight = Date.parse(`${day}T00:00:00Z`);
  const weekday = new Date(midnight).getUTCDay();
  if (weekday === 0 || weekday === 6) continue;
  const to = Math.min(midnight + closeUtcMs, nowMs - MINUTE);
  if (to - (midnight + openUtcMs) < 30 * MINUTE) continue;
  counterDays.push({ day, from: midnight + openUtcMs, to });
}

const V = targets.visits;
const visitStart = new Float64Array(V);
const visitDay = new Uint16Array(V);
/** 0 open, 1 verified, 2 refused, 3 aborted. */
const visitOutcome = new Uint8Array(V);
{
  let v = 0;
  const D = counterDays.length;
  for (let d = 0; d < D; d++) {
    const n = Math.floor((V * (d + 1)) / D) - Math.floor((V * d) / D);
    const { from, to } = counterDays[d]!;
    const times = new Float64Array(n);
    for (let k = 0; k < n; k++) times[k] = Math.floor(from + rng.float() * (to - from));
    times.sort();
    for (let k = 0; k < n; k++, v++) {
      visitStart[v] = times[k]!;
      visitDay[v] = d;
      const r = rng.float();
      visitOutcome[v] = times[k]! > nowMs - 20 * MINUTE ? 0 : r < 0.04 ? 3 : r < 0.13 ? 2 : 1;
    }
  }
}
let verifiedVisits = 0;
for (let v = 0; v < V; v++) if (visitOutcome[v] === 1) verifiedVisits++;

// ---------------------------------------------------------------------------------------------------- visits: write
const nemIdEnd = '2023-06-30';
const drawService = weighted<VisitService>([
  ['newMitId', 48],
  ['raiseAssuranceLevel', 10],
  ['updateIdInformation', 9],
  ['activationCode', 14],
  ['temporaryCode', 6],
  ['digitalPostExemption', 4],
  ['readAccess', 3],
  ['other', 4],
  ['nemIdKeyCard', 1],
  ['nemIdTemporaryPassword', 1],
]);
const drawMethod = weighted([
  ['documents', 70],
  ['cprQuestions', 20],
  ['witness', 10],
] as const);

const insertVisit = db
  .insert(schema.visits)
  .values({
    id: p('id'),
    citizenId: p('citizenId'),
    caseworkerId: p('caseworkerId'),
    service: p('service'),
    outcome: p('outcome'),
    startedAt: p('startedAt'),
    day: p('day'),
    closedAt: p('closedAt'),
    method: p('method'),
    targetLevel: p('targetLevel'),
    level: p('level'),
    inPerson: p('inPerson'),
    cprQuestionsAsked: p('cprQuestionsAsked'),
    cprQuestionsCorrect: p('cprQuestionsCorrect'),
    witnessId: p('witnessId'),
    witnessMitIdSince: p('witnessMitIdSince'),
    witnessPhotoIdSeen: p('witnessPhotoIdSeen'),
    witnessPhotoIdHasCpr: p('witnessPhotoIdHasCpr'),
    witnessCprDocumentSeen: p('witnessCprDocumentSeen'),
    refusalReason: p('refusalReason'),
    brokenRules: p('brokenRules'),
    notes: p('notes'),
  })
  .prepare();
const insertDocument = db
  .insert(schema.visitDocuments)
  .values({ visitId: p('visitId'), kind: p('kind'), expiresOn: p('expiresOn'), temporary: p('temporary'), digitalCopy: p('digitalCopy') })
  .prepare();
const insertCode = db
  .insert(schema.temporaryCodes)
  .values({
    citizenId: p('citizenId'),
    visitId: p('visitId'),
    kind: p('kind'),
    codeHash: p('codeHash'),
    status: p('status'),
    issuedAt: p('issuedAt'),
    day: p('day'),
    issuedBy: p('issuedBy'),
    expiresAt: p('expiresAt'),
    failedAttempts: p('failedAttempts'),
    usedAt: p('usedAt'),
    blockedAt: p('blockedAt'),
    revokedAt: p('revokedAt'),
    revokedBy: p('revokedBy'),
    revocationCause: p('revocationCause'),
    revocationReason: p('revocationReason'),
  })
  .prepare();
const insertAudit = db
  .insert(schema.auditLog)
  .values({
    at: p('at'),
    staffId: p('staffId'),
    action: p('action'),
    entity: p('entity'),
    entityId: p('entityId'),
    purpose: p('purpose'),
    details: p('details'),
  })
  .prepare();

/**
 * Every stored code gets the same real scrypt hash (of the demo password, in the format the app stores): hashing
 * 200 k codes with scrypt at ~100 ms each would take hours, and no benchmarked path checks a code.
 */
const codeHash = passwordHash;

type Doc = { kind: (typeof schema.visitDocuments.$inferInsert)['kind']; expiresOn: string | null };
const reason = (rules: RuleViolation[]) => rules.map((r) => translate(r.code, 'da', r.params)).join(' ');
const counters = { documents: 0, codes: 0, audit: 0 };
let codesLeft = targets.codes;
let verifiedLeft = verifiedVisits;

function audit(at: number, staffId: number | null, action: string, entity: string, entityId: number | null, details: Record<string, unknown> | null) {
  insertAudit.run({ at, staffId, action, entity, entityId: entityId === null ? null : String(entityId), purpose: null, details: json(details) });
  counters.audit++;
}

/** Reads and searches around a visit: what the audit log holds besides the visits' own entries. */
function otherAudit(at: number, staffId: number, citizenId: number, visitId: number) {
  const r = rng.float();
  if (r < 0.4) audit(at, staffId, 'citizen.lookup', 'citizen', citizenId, { criterion: maskCpr(citizenCpr[citizenId - 1]!) });
  else if (r < 0.65) {
    const criterion = rng.chance(0.5) ? maskCpr(citizenCpr[citizenId - 1]!) : citizenName[citizenId - 1]!.split(' ')[1]!;
    audit(at, staffId, 'citizen.search', 'citizen', null, { criterion });
  } else if (r < 0.85) audit(at, staffId, 'citizen.read', 'citizen', citizenId, null);
  else if (r < 0.95) audit(at, staffId, 'visit.read', 'visit', 1 + Math.floor(rng.float() * visitId), null);
  else audit(at, staffId, 'auth.login', 'staff', staffId, null);
}

inBatches(V, (from, to) => {
  for (let v = from; v < to; v++) {
    const id = v + 1;
    const startedAt = visitStart[v]!;
    const { day } = counterDays[visitDay[v]!]!;
    const outcomeCode = visitOutcome[v]!;
    const citizenId = citizenAt(startedAt);
    const caseworkerId = rng.chance(0.93) ? rng.pick(caseworkerIds) : rng.pick(supervisorIds);
    let service = drawService(rng);
    if (day > nemIdEnd && (service === 'nemIdKeyCard' || service === 'nemIdTemporaryPassword')) service = 'newMitId';
    const closed = outcomeCode !== 0;
    const closedAt = closed ? startedAt + rng.int(3, 20) * MINUTE : null;
    const evidence = outcomeCode === 1 || outcomeCode === 2;
    const method = evidence ? drawMethod(rng) : null;
    const refused = outcomeCode === 2;
    const expiry = () => addDays(day, refused ? -rng.int(1, 60) : rng.int(30, 3000));
    let docs: Doc[] = [];
    let targetLevel: AssuranceLevel | null = null;
    let cprAsked: number | null = null;
    let cprCorrect: number | null = null;
    let witnessId: number | null = null;
    let witnessSince: string | null = null;
    let brokenRules: RuleViolation[] | null = null;
    if (method === 'documents') {
      const r = rng.float();
      docs =
        r < 0.8
          ? [{ kind: 'drivingLicence', expiresOn: expiry() }]
          : r < 0.9
            ? [{ kind: 'passportWithCpr', expiresOn: expiry() }]
            : [
                { kind: 'foreignPassport', expiresOn: expiry() },
                rng.chance(0.5) ? { kind: 'healthCard', expiresOn: null } : { kind: 'residenceCertificate', expiresOn: addDays(day, 700) },
              ];
      targetLevel = r < 0.9 && rng.chance(0.15) ? 'HØJ' : 'BETYDELIG';
      if (refused) brokenRules = [{ code: 'visit.documentExpired', path: 'documents.0.expiresOn' }];
    } else if (method === 'cprQuestions') {
      docs = [{ kind: 'drivingLicence', expiresOn: addDays(day, rng.int(30, 3000)) }];
      targetLevel = 'BETYDELIG';
      cprAsked = rng.int(3, 4);
      cprCorrect = refused ? cprAsked - 1 : cprAsked;
      if (refused) brokenRules = [{ code: 'visit.cprQuestionsWrong', path: 'cprQuestions.correct' }];
    } else if (method === 'witness') {
      docs = [{ kind: 'passportWithCpr', expiresOn: addDays(day, rng.int(30, 3000)) }];
      targetLevel = 'BETYDELIG';
      witnessId = rng.int(1, witnessCount);
      const days = refused ? rng.int(1, 9) : rng.int(30, 900);
      witnessSince = addDays(day, -days);
      if (refused) brokenRules = [{ code: 'visit.witnessMitIdTooNew', path: 'witness.mitIdSince', params: { days, minimum: 10 } }];
    }
    insertVisit.run({
      id,
      citizenId,
      caseworkerId,
      service,
      outcome: (['open', 'verified', 'refused', 'aborted'] as const)[outcomeCode]!,
      startedAt,
      day,
      closedAt,
      method,
      targetLevel,
      level: outcomeCode === 1 ? targetLevel : null,
      inPerson: 1,
      cprQuestionsAsked: cprAsked,
      cprQuestionsCorrect: cprCorrect,
      witnessId,
      witnessMitIdSince: witnessSince,
      witnessPhotoIdSeen: witnessId ? 1 : null,
      witnessPhotoIdHasCpr: witnessId ? 1 : null,
      witnessCprDocumentSeen: witnessId ? 0 : null,
      refusalReason: brokenRules ? reason(brokenRules) : null,
      brokenRules: json(brokenRules),
      notes: rng.chance(0.03) ? 'Borgeren havde tolk med.' : null,
    });
    for (const doc of docs) {
      insertDocument.run({ visitId: id, kind: doc.kind, expiresOn: doc.expiresOn, temporary: 0, digitalCopy: 0 });
      counters.documents++;
    }

    // Codes: exactly `codes` of the verified visits, chosen evenly over time (selection sampling).
    if (outcomeCode === 1) {
      if (codesLeft > 0 && rng.float() * verifiedLeft < codesLeft) {
        writeCode(id, citizenId, caseworkerId, service, day, closedAt!);
        codesLeft--;
      }
      verifiedLeft--;
    }

    // The audit log: `audit ÷ visits` entries per visit — its start, its outcome, reads and searches around it.
    const entries = Math.floor((targets.audit * (v + 1)) / V) - Math.floor((targets.audit * v) / V);
    for (let e = 0; e < entries; e++) {
      if (e === 0) {
        audit(startedAt, caseworkerId, 'visit.create', 'visit', id, { citizenId, service });
      } else if (e === 1 && closed && rng.chance(0.8)) {
        const action = outcomeCode === 1 ? 'visit.complete' : outcomeCode === 2 ? 'visit.refuse' : 'visit.abort';
        const details = outcomeCode === 1 ? { level: targetLevel, method } : outcomeCode === 2 ? { brokenRules } : null;
        audit(closedAt!, caseworkerId, action, 'visit', id, details);
      } else {
        otherAudit(startedAt - rng.int(10, 600) * 1000, caseworkerId, citizenId, id);
      }
    }
  }
});
phase(`visits (${V}), documents, codes, audit`);

function writeCode(visitId: number, citizenId: number, issuedBy: number, service: VisitService, day: string, closedAt: number) {
  const issuedAt = closedAt - 30_000;
  const expiresAt = issuedAt + 48 * 3_600_000;
  const later = () => issuedAt + rng.int(10, 47 * 60) * MINUTE;
  const r = rng.float();
  const status = expiresAt > nowMs ? (r < 0.6 ? 'issued' : 'used') : r < 0.75 ? 'used' : r < 0.88 ? 'issued' : r < 0.97 ? 'revoked' : 'blocked';
  const revokedAt = status === 'revoked' ? later() : null;
  const replaced = rng.chance(0.7);
  insertCode.run({
    citizenId,
    visitId,
    kind: service === 'nemIdTemporaryPassword' && day <= nemIdEnd ? 'nemIdTemporaryPassword' : 'mitIdActivation',
    codeHash,
    status,
    issuedAt,
    day,
    issuedBy,
    expiresAt,
    failedAttempts: status === 'blocked' ? 3 : status === 'used' && rng.chance(0.1) ? 1 : 0,
    usedAt: status === 'used' ? later() : null,
    blockedAt: status === 'blocked' ? later() : null,
    revokedAt,
    revokedBy: revokedAt ? issuedBy : null,
    revocationCause: revokedAt ? (replaced ? 'replaced' : 'manual') : null,
    revocationReason: revokedAt ? (replaced ? 'Ny kode udstedt.' : 'Borgeren har mistet brevet.') : null,
  });
  counters.codes++;
}

// ---------------------------------------------------------------------------------------------------- exemptions
const insertExemption = db
  .insert(schema.exemptions)
  .values({
    citizenId: p('citizenId'),
    capacity: p('capacity'),
    applicantName: p('applicantName'),
    idSeen: p('idSeen'),
    declarationReceived: p('declarationReceived'),
    groundId: p('groundId'),
    notes: p('notes'),
    status: p('status'),
    requestedAt: p('requestedAt'),
    requestedBy: p('requestedBy'),
    decidedAt: p('decidedAt'),
    decidedBy: p('decidedBy'),
    decisionReason: p('decisionReason'),
    resendPaperPost: p('resendPaperPost'),
    revokedAt: p('revokedAt'),
    revokedBy: p('revokedBy'),
    revocationReason: p('revocationReason'),
    updatedAt: p('updatedAt'),
  })
  .prepare();
const groundIds = db.select({ id: schema.exemptionGrounds.id, abroad: schema.exemptionGrounds.residenceAbroad }).from(schema.exemptionGrounds).all();
const drawCapacity = weighted([
  ['self', 75],
  ['powerOfAttorney', 8],
  ['guardian', 5],
  ['relative', 8],
  ['careWorker', 4],
] as const);
const requestTimes = Float64Array.from({ length: targets.exemptions }, () => Math.floor(windowStartMs + rng.float() * (nowMs - windowStartMs - MINUTE))).sort();
inBatches(targets.exemptions, (from, to) => {
  for (let i = from; i < to; i++) {
    const requestedAt = requestTimes[i]!;
    const capacity = drawCapacity(rng);
    const ground = rng.chance(0.7) ? rng.pick(groundIds) : null;
    // The supervisor's queue: requests of the last two weeks still wait; older ones are decided.
    const decidedAt = requestedAt > nowMs - 14 * DAY ? null : requestedAt + rng.int(1, 10) * DAY;
    const r = rng.float();
    const status = decidedAt === null ? 'requested' : ground?.abroad || r < 0.8 ? 'granted' : r < 0.92 ? 'refused' : 'revoked';
    const revokedAt = status === 'revoked' ? decidedAt! + rng.float() * (nowMs - decidedAt!) : null;
    insertExemption.run({
      citizenId: citizenAt(requestedAt),
      capacity,
      applicantName: capacity === 'self' ? null : fullName(rng.chance(0.5)),
      idSeen: 1,
      declarationReceived: bit(capacity === 'self' || rng.chance(0.5)),
      groundId: ground?.id ?? null,
      notes: null,
      status,
      requestedAt,
      requestedBy: rng.pick(caseworkerIds),
      decidedAt,
      decidedBy: decidedAt === null ? null : rng.pick(supervisorIds),
      decisionReason: status === 'refused' ? 'Borgeren kan modtage digital post med hjælp fra en pårørende.' : null,
      resendPaperPost: bit(status !== 'requested' && rng.chance(0.3)),
      revokedAt: revokedAt === null ? null : Math.floor(revokedAt),
      revokedBy: revokedAt === null ? null : rng.pick(supervisorIds),
      revocationReason: revokedAt === null ? null : 'Borgeren har bedt om at komme tilbage på digital post.',
      updatedAt: Math.floor(revokedAt ?? decidedAt ?? requestedAt),
    });
  }
});
phase(`exemptions (${targets.exemptions})`);

// ---------------------------------------------------------------------------------------------------- complaints
const insertComplaint = db
  .insert(schema.complaints)
  .values({
    id: p('id'),
    receivedAt: p('receivedAt'),
    receivedDay: p('receivedDay'),
    channel: p('channel'),
    subject: p('subject'),
    scheme: p('scheme'),
    complainantName: p('complainantName'),
    complainantPhone: p('complainantPhone'),
    description: p('description'),
    mitIdUserId: p('mitIdUserId'),
    complainantAddress: p('complainantAddress'),
    filedOnBehalf: p('filedOnBehalf'),
    onBehalfOfName: p('onBehalfOfName'),
    powerOfAttorney: p('powerOfAttorney'),
    citizenId: p('citizenId'),
    visitId: p('visitId'),
    status: p('status'),
    assigneeId: p('assigneeId'),
    forwardedVia: p('forwardedVia'),
    closedAt: p('closedAt'),
    createdBy: p('createdBy'),
    updatedAt: p('updatedAt'),
  })
  .prepare();
const insertEvent = db
  .insert(schema.complaintEvents)
  .values({ complaintId: p('complaintId'), at: p('at'), staffId: p('staffId'), kind: p('kind'), comment: p('comment'), changes: p('changes') })
  .prepare();
const descriptions = [
  'Borgeren fik afslag på MitID, fordi vidnet ikke kunne godkendes, og er uenig i afgørelsen.',
  'Borgerens MitID er spærret, uden at borgeren selv har bedt om det.',
  'Borgeren mener, at ventetiden ved skranken var urimelig lang.',
  'Borgeren fik afslag, fordi kørekortet var udløbet, men havde et nyt på vej.',
];
const mainRoad: ComplaintStatus[] = ['received', 'inProgress', 'forwarded', 'answered', 'closed'];
const channels = ['counter', 'phone', 'email', 'letter'] as const;
const subjects = ['refusalToIssue', 'unrequestedBlock', 'other'] as const;
const counterStaff = [...caseworkerIds, ...supervisorIds];
const receivedTimes = Float64Array.from({ length: targets.complaints }, () => Math.floor(windowStartMs + rng.float() * (nowMs - windowStartMs - MINUTE))).sort();
let eventCount = 0;
inBatches(targets.complaints, (from, to) => {
  for (let i = from; i < to; i++) {
    const id = i + 1;
    const receivedAt = receivedTimes[i]!;
    const receivedDay = todayIso(new Date(receivedAt));
    const age = nowMs - receivedAt;
    const citizenId = rng.chance(0.85) ? citizenAt(receivedAt) : null;
    const name = citizenId ? citizenName[citizenId - 1]! : fullName(rng.chance(0.5));
    const scheme = receivedDay < '2023-10-31' && rng.chance(0.6) ? 'nemId' : 'mitId';
    const by = rng.pick(counterStaff);
    const events: { at: number; staffId: number; kind: 'created' | 'assigned' | 'transition' | 'comment'; comment: string | null; changes: Record<string, [unknown, unknown]> | null }[] = [
      { at: receivedAt, staffId: by, kind: 'created', comment: null, changes: null },
    ];
    // Old complaints are nearly all closed; a few stay stuck (the overdue list); recent ones are anywhere.
    const assigned = age > 7 * DAY || rng.chance(0.7);
    let status: ComplaintStatus = 'received';
    let assigneeId: number | null = null;
    let forwardedVia: 'phone' | 'email' | 'letter' | null = null;
    let closedAt: number | null = null;
    let at = receivedAt;
    if (assigned) {
      assigneeId = rng.pick(counterStaff);
      at = Math.min(nowMs, at + rng.int(1, 24) * 3_600_000);
      events.push({ at, staffId: by, kind: 'assigned', comment: null, changes: { assignee: [null, staffName.get(assigneeId)] } });
      const steps = age > 90 * DAY ? (rng.chance(0.97) ? 4 : rng.int(1, 2)) : rng.int(0, 4);
      for (let s = 1; s <= steps; s++) {
        const [before, after] = [mainRoad[s - 1]!, mainRoad[s]!];
        at = Math.min(nowMs, at + rng.int(1, 12) * DAY);
        if (after === 'forwarded') forwardedVia = rng.pick(['phone', 'email', 'letter'] as const);
        if (after === 'closed') closedAt = at;
        status = after;
        events.push({
          at,
          staffId: assigneeId,
          kind: 'transition',
          comment: null,
          changes: { status: [before, after], ...(after === 'forwarded' ? { forwardedVia: [null, forwardedVia] } : {}) },
        });
        if (rng.chance(0.15)) events.push({ at, staffId: assigneeId, kind: 'comment', comment: 'Borgeren er orienteret telefonisk.', changes: null });
      }
    }
    insertComplaint.run({
      id,
      receivedAt,
      receivedDay,
      channel: rng.pick(channels),
      subject: rng.pick(subjects),
      scheme,
      complainantName: name,
      complainantPhone: phone(),
      description: rng.pick(descriptions),
      mitIdUserId: scheme === 'mitId' ? `${asciiFold(name.split(' ')[0]!)}${rng.int(10, 99)}` : null,
      complainantAddress: scheme === 'mitId' ? address() : null,
      filedOnBehalf: 0,
      onBehalfOfName: null,
      powerOfAttorney: 0,
      citizenId,
      visitId: null,
      status,
      assigneeId,
      forwardedVia,
      closedAt,
      createdBy: by,
      updatedAt: at,
    });
    for (const e of events) insertEvent.run({ complaintId: id, ...e, changes: json(e.changes) });
    eventCount += events.length;
  }
});
phase(`complaints (${targets.complaints}), ${eventCount} events`);

// ---------------------------------------------------------------------------------------------------- finish
const tables = ['staff', 'citizens', 'witnesses', 'visits', 'visit_documents', 'temporary_codes', 'exemptions', 'complaints', 'complaint_events', 'audit_log'];
const rows = tables.map((t) => [t, (sqlite.prepare(`select count(*) as n from ${t}`).get() as { n: number }).n] as const);
const problems = sqlite.pragma('foreign_key_check') as unknown[];
if (problems.length) throw new Error(`foreign key problems: ${JSON.stringify(problems.slice(0, 5))}`);
phase('foreign_key_check');
sqlite.exec('ANALYZE');
phase('ANALYZE');
sqlite.pragma('locking_mode = NORMAL');
sqlite.pragma('journal_mode = WAL');
sqlite.pragma('wal_checkpoint(TRUNCATE)');
closeDatabase(db);
phase('close');

const size = statSync(out).size + (existsSync(`${out}-wal`) ? statSync(`${out}-wal`).size : 0);
const seconds = (performance.now() - started) / 1000;
console.log(`\n${rows.map(([t, n]) => `  ${t.padEnd(18)} ${n.toLocaleString('en-US').padStart(11)}`).join('\n')}`);
// Beside the database, for the bench's table: how long this took and what it holds.
writeFileSync(`${out}.json`, `${JSON.stringify({ seconds, sizeBytes: size, rows: Object.fromEntries(rows), targets, phases, generatedAt: now.toISOString() }, null, 2)}\n`);
console.log(`\nDone in ${seconds.toFixed(1)} s; ${out} is ${formatBytes(size)}.`);
console.log(`Counter days ${counterDays[0]?.day} … ${counterDays.at(-1)?.day}; bench login: ${benchLogins.caseworker.username} / ${benchLogins.caseworker.password} (all ${staffRows.length} staff share that password).`);
