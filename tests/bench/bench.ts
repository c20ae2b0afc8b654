/**
 * The benchmark of issue #9:
 *
 *   npm run bench [-- --db data/bench.db --duration 5 --cases visits --skip-frontend]
 *
 * Builds nothing (the npm script runs the turbo build first). Starts the built server in production mode on a copy
 * of the generated database, logs in over HTTP and drives every case with autocannon at concurrency 1 and 16; runs
 * the same statements raw through better-sqlite3 on the same file in the same run; reads the server's memory;
 * measures the web app's first-load JS and the time to the first table row in Chromium. Prints one markdown
 * table and writes it, with the query plans, to tests/bench/results/.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { schema } from '@skranke/db';
import { todayIso } from '@skranke/domain';
import { cases, type BenchCase, type BenchData, type RawQuery } from './cases.js';
import { bundleSizes, firstRowTimes, manifestPath, type BundleFigure, type FirstRowFigure } from './frontend.js';
import { checkArgs, formatBytes, numberArg, parseArgs } from './lib/args.js';
import { benchLogins, defaultBenchDb } from './lib/data.js';
import { Prng } from './lib/prng.js';
import { fetchAgain, login, memoryOf, repoRoot, startBenchServer, trpcCall } from './lib/server.js';
import { ms, percentiles } from './lib/stats.js';

/** The issue's targets (2 cores, the generated data set). */
const targets = {
  listGetP95Ms: 10,
  listReqPerSec: 2000,
  apiOverRaw: 3,
  reportMs: 200,
  writeP95Ms: 15,
  firstLoadGzipBytes: 350 * 1000,
  firstRowMs: 1000,
  rssBytes: 300 * 1000 * 1000,
  generationSeconds: 120,
};

const args = parseArgs();
checkArgs(args, ['db', 'duration', 'amount', 'warmup', 'raw-duration', 'connections', 'cases', 'skip-frontend', 'frontend-runs', 'log-level', 'keep']);
const source = resolve(args.get('db') ?? defaultBenchDb);
const duration = numberArg(args, 'duration', 5);
const amount = args.has('amount') ? numberArg(args, 'amount', 0) : undefined;
const warmup = numberArg(args, 'warmup', 1);
const rawDuration = numberArg(args, 'raw-duration', 2);
const connections = (args.get('connections') ?? '1,16').split(',').map(Number) as [number, number];
const caseFilter = args.has('cases') ? new RegExp(args.get('cases')!, 'i') : null;
const frontendRuns = numberArg(args, 'frontend-runs', 5);
const skipFrontend = args.has('skip-frontend');

if (!existsSync(source)) throw new Error(`${source} is missing: run \`npm run bench:data\` first`);
if (!skipFrontend && !existsSync(manifestPath)) throw new Error(`${manifestPath} is missing: run \`npm run build\` first (\`npm run bench\` does)`);

// ---------------------------------------------------------------------------------------------------- setup
// A copy beside the original (same disk), so the write cases never grow the generated set.
const workDir = mkdtempSync(join(dirname(source), '.bench-run-'));
const databasePath = join(workDir, basename(source));
let serverPid: number | undefined;
// However the run ends (an error included), the server goes and the copy with it.
process.once('exit', () => {
  if (serverPid) process.kill(serverPid, 'SIGTERM');
  if (!args.has('keep')) rmSync(workDir, { recursive: true, force: true });
});
process.once('SIGINT', () => process.exit(130));
copyFileSync(source, databasePath);
if (existsSync(`${source}-wal`)) copyFileSync(`${source}-wal`, `${databasePath}-wal`);
const generation = existsSync(`${source}.json`)
  ? (JSON.parse(readFileSync(`${source}.json`, 'utf8')) as { seconds: number; sizeBytes: number; rows: Record<string, number> })
  : null;

console.log(`Starting the server on a copy of ${source} …`);
const logLevel = args.get('log-level');
const loadBefore = loadavg()[0]!;
if (loadBefore > 0.5) console.log(`  (the machine is busy: load average ${loadBefore.toFixed(2)}; figures will be noisy)`);
const server = await startBenchServer(databasePath, join(workDir, 'server.log'), logLevel);
serverPid = server.pid;
const cookies = {
  caseworker: await login(server.url, benchLogins.caseworker.username, benchLogins.caseworker.password),
  supervisor: await login(server.url, benchLogins.supervisor.username, benchLogins.supervisor.password),
};

// The raw side: the bench's own connection to the same file, set up as the app sets up its own (client.ts).
const sqlite = new Database(databasePath);
sqlite.pragma('journal_mode = WAL');
sqlite.pragma('foreign_keys = ON');
sqlite.pragma('busy_timeout = 5000');
sqlite.pragma('synchronous = NORMAL');

const staffId = (username: string) => (sqlite.prepare('select id from staff where username = ?').get(username) as { id: number }).id;
const citizenCount = (sqlite.prepare('select max(id) as n from citizens').get() as { n: number }).n;
const sampleRng = new Prng(9);
const sampleCpr = sqlite.prepare('select cpr from citizens where id = ?').pluck();
const data: BenchData = {
  today: todayIso(new Date()),
  citizenCount,
  cprs: Array.from({ length: 1000 }, () => {
    const cpr = sampleCpr.get(sampleRng.int(1, citizenCount)) as string;
    return `${cpr.slice(0, 6)}-${cpr.slice(6)}`;
  }),
  caseworkerId: staffId(benchLogins.caseworker.username),
  supervisorId: staffId(benchLogins.supervisor.username),
  caseworkerSession: createHash('sha256').update(cookies.caseworker.split('=')[1]!).digest('hex'),
};

// ---------------------------------------------------------------------------------------------------- load
type LoadFigure = { p50: number; p95: number; p99: number; reqPerSec: number; requests: number; failed: number };

async function load(c: BenchCase, next: (i: number) => unknown, concurrency: number, seconds: number, requests?: number): Promise<LoadFigure> {
  const latencies: number[] = [];
  let failed = 0;
  let i = 0;
  const started = performance.now();
  await new Promise<autocannon.Result>((done, fail) => {
    const instance = autocannon(
      {
        url: `${server.url}/trpc/${c.procedure}`,
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: cookies[c.role] },
        connections: concurrency,
        // A slow case must be measured, not cut off at autocannon's default 10 s.
        timeout: 120,
        ...(requests ? { amount: requests } : { duration: seconds }),
        requests: [{ setupRequest: (request) => ({ ...request, body: JSON.stringify({ json: next(i++) }) }) }],
      },
      (err, result) => (err ? fail(err) : done(result)),
    );
    // autocannon's own histogram keeps whole milliseconds; the response event has the exact time.
    instance.on('response', (_client, status, _bytes, time) => {
      if (status >= 200 && status < 300) latencies.push(time);
      else failed++;
    });
  });
  const elapsed = (performance.now() - started) / 1000;
  // A barrier: the server answers this after any request still queued from the run (a closed connection's too).
  await fetchAgain(`${server.url}/healthz`);
  const [p50, p95, p99] = percentiles(latencies, [50, 95, 99]) as [number, number, number];
  return { p50, p95, p99, reqPerSec: latencies.length / elapsed, requests: latencies.length, failed };
}

type RawFigure = { p50: number; p95: number; runs: number };

/** Warm-up for up to 50 runs or half a second, then `seconds` of runs (at least 5, so a slow case still ends). */
function rawRun(run: (input: unknown) => void, next: (i: number) => unknown, seconds: number): RawFigure {
  const warmEnd = performance.now() + 500;
  for (let i = 0; i < 50 && performance.now() < warmEnd; i++) run(next(i));
  const times: number[] = [];
  const end = performance.now() + seconds * 1000;
  for (let i = 0; performance.now() < end || times.length < 5; i++) {
    const input = next(i);
    const t0 = performance.now();
    run(input);
    times.push(performance.now() - t0);
  }
  const [p50, p95] = percentiles(times, [50, 95]) as [number, number];
  return { p50, p95, runs: times.length };
}

type CaseResult = {
  case: BenchCase;
  skipped?: string;
  c1?: LoadFigure;
  c16?: LoadFigure;
  raw?: RawFigure;
  ratio?: number;
  plans: { sql: string; plan: string[] }[];
  misses: string[];
  /** The server's resident memory once the case's load is over. */
  rssAfter?: number;
  /** Where the hand-written SQL no longer matches what the db package runs. */
  drift: string[];
};

/** The db package's reads for the case's first input, as drizzle writes them, against the hand-written ones. */
const captured: string[] = [];
const logged = drizzle(sqlite, { schema, logger: { logQuery: (query) => void captured.push(query) } });
function sqlDrift(c: BenchCase, raw: RawQuery<unknown>): string[] {
  if (!c.api) return [];
  const input = c.inputs(data)(0);
  captured.length = 0;
  c.api(logged, input, data);
  // Drizzle leaves out `offset ?` on the first page; the raw statements always bind it.
  const norm = (q: string) => q.replace(/\s+/g, ' ').replace(/ offset \?/g, '').trim();
  const api = captured.filter((q) => /^\s*select/i.test(q)).map(norm);
  const mine = raw.plans(input).map((p) => norm(p.sql));
  return [...api.filter((q) => !mine.includes(q)).map((q) => `API runs: ${q}`), ...mine.filter((q) => !api.includes(q)).map((q) => `raw runs: ${q}`)];
}

const results: CaseResult[] = [];
let peakRss = 0;
const rssSampler = setInterval(() => (peakRss = Math.max(peakRss, memoryOf(server.pid).rss)), 250);

for (const c of cases) {
  if (caseFilter && !caseFilter.test(c.name)) continue;
  const result: CaseResult = { case: c, plans: [], misses: [], drift: [] };
  results.push(result);
  try {
    await measureCase(c, result);
  } catch (error) {
    // One case that breaks (a server error, a changed procedure) is reported; the others still run.
    result.skipped = `failed: ${(error as Error).message.split('\n')[0]}`;
    console.log(`\n  ${result.skipped}`);
  }
}

async function measureCase(c: BenchCase, result: CaseResult): Promise<void> {
  const probeStart = performance.now();
  const probe = await trpcCall(server.url, c.procedure, c.inputs(data)(0), cookies[c.role]);
  const probeMs = performance.now() - probeStart;
  if (probe.status !== 200) {
    const missing = probe.status === 404 && probe.text.includes('No procedure found');
    result.skipped = missing && c.optional ? `${c.procedure} does not exist yet: skipped` : `probe failed (${probe.status}): ${probe.text.slice(0, 300)}`;
    console.log(`- ${c.name}: ${result.skipped}`);
    return;
  }
  // A case that takes a quarter of a second or more is run by count, not by time: a timed run would end before
  // its requests do, and at c=16 they would only queue up. Five requests alone, then one per connection.
  const slow = probeMs > 250;
  process.stdout.write(`- ${c.name}${slow ? ` (slow: ${Math.round(probeMs)} ms, run by count)` : ''}: warm-up`);
  await load(c, c.inputs(data), 1, warmup, slow ? 1 : amount ? Math.min(amount, 200) : undefined);
  process.stdout.write(`, c=${connections[0]}`);
  result.c1 = await load(c, c.inputs(data), connections[0], duration, slow ? 5 : amount);
  process.stdout.write(`, c=${connections[1]}`);
  result.c16 = await load(c, c.inputs(data), connections[1], duration, slow ? connections[1] : amount);
  process.stdout.write(', raw');
  const raw = c.raw(sqlite, data);
  result.raw = rawRun(raw.run, c.inputs(data), rawDuration);
  result.ratio = result.c1.p95 / result.raw.p95;
  result.plans = raw.plans(c.inputs(data)(0)).map(({ sql, params }) => ({
    sql,
    plan: (sqlite.prepare(`explain query plan ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail),
  }));
  result.drift = sqlDrift(c, raw);
  if (result.drift.length) console.log(`\n  ⚠ the raw SQL differs from the API's:\n${result.drift.map((d) => `    ${d}`).join('\n')}`);
  result.misses = missesOf(result);
  result.rssAfter = memoryOf(server.pid).rss;
  console.log(`: p95 ${ms(result.c1.p95)} ms, ${Math.round(result.c16.reqPerSec)} req/s at c=${connections[1]}, raw p95 ${ms(result.raw.p95)} ms`);
}
clearInterval(rssSampler);
const memory = memoryOf(server.pid);
peakRss = Math.max(peakRss, memory.rss);

function missesOf(r: CaseResult): string[] {
  const misses: string[] = [];
  const { kind } = r.case;
  if ((r.c1?.failed ?? 0) + (r.c16?.failed ?? 0) > 0) misses.push(`${(r.c1?.failed ?? 0) + (r.c16?.failed ?? 0)} failed requests`);
  if ((kind === 'list' || kind === 'get') && r.c1!.p95 > targets.listGetP95Ms) misses.push(`p95 > ${targets.listGetP95Ms} ms`);
  if (kind === 'list' && r.c16!.reqPerSec < targets.listReqPerSec) misses.push(`< ${targets.listReqPerSec} req/s`);
  if (kind === 'write' && r.c1!.p95 > targets.writeP95Ms) misses.push(`p95 > ${targets.writeP95Ms} ms`);
  if (kind === 'report' && r.c1!.p95 > targets.reportMs) misses.push(`p95 > ${targets.reportMs} ms`);
  if (kind !== 'floor' && r.ratio! > targets.apiOverRaw) misses.push(`API÷raw > ${targets.apiOverRaw}`);
  return misses;
}

// ---------------------------------------------------------------------------------------------------- front end
let bundles: BundleFigure[] = [];
let firstRows: FirstRowFigure[] = [];
let frontendError: string | undefined;
if (!skipFrontend) {
  try {
    bundles = bundleSizes();
    process.stdout.write(`- front end: first table row in Chromium, ${frontendRuns} runs per route …`);
    firstRows = await firstRowTimes(server.url, cookies.caseworker, frontendRuns);
    console.log(' done');
  } catch (error) {
    // The API figures are still worth writing down.
    frontendError = (error as Error).message;
    console.log(` failed: ${frontendError}`);
  }
}

const sqliteVersion = (sqlite.prepare('select sqlite_version() as v').get() as { v: string }).v;
sqlite.close();
const loadAfter = loadavg()[0]!;
await server.stop();
serverPid = undefined;

// ---------------------------------------------------------------------------------------------------- report
const mark = (ok: boolean) => (ok ? '✅' : '❌');
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;
const perSecond = (n: number) => (n < 10 ? n.toFixed(1) : String(Math.round(n)));
const [c1, c16] = connections;
const lines: string[] = [];
const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${formatBytes(totalmem())} RAM, Node ${process.version}, SQLite ${sqliteVersion}`;
lines.push(`## Skranke benchmark, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`, '');
lines.push(`- Machine: ${machine}; load average ${loadBefore.toFixed(2)} before the run, ${loadAfter.toFixed(2)} after (the bench itself included)`);
lines.push(
  `- Data: ${source.replace(`${repoRoot}`, '')}${generation ? `, ${formatBytes(generation.sizeBytes)}, generated in ${generation.seconds.toFixed(1)} s (${Object.entries(generation.rows).map(([t, n]) => `${t} ${n.toLocaleString('en-US')}`).join(', ')})` : ''}`,
);
lines.push(
  `- Load: autocannon over HTTP to the built server (NODE_ENV=production, log level ${logLevel ?? 'info'}), ${amount ? `${amount} requests` : `${duration} s`} per run after ${warmup} s warm-up; raw: better-sqlite3 prepared statements on the same file, ${rawDuration} s per case. Latencies in ms; API÷raw compares p95 at c=${c1}.`,
);
lines.push('');
lines.push(`| Case | c=${c1} p50 / p95 / p99 | c=${c1} req/s | c=${c16} p50 / p95 / p99 | c=${c16} req/s | raw p50 / p95 | API÷raw | RSS after | Targets |`);
lines.push('|---|---|---|---|---|---|---|---|---|');
for (const r of results) {
  if (r.skipped || !r.c1 || !r.c16 || !r.raw) {
    lines.push(`| ${r.case.name} | ${r.skipped ?? '–'} | | | | | | | |`);
    continue;
  }
  const triple = (f: LoadFigure) => `${ms(f.p50)} / ${ms(f.p95)} / ${ms(f.p99)}`;
  lines.push(
    `| ${r.case.name} | ${triple(r.c1)} | ${perSecond(r.c1.reqPerSec)} | ${triple(r.c16)} | ${perSecond(r.c16.reqPerSec)} | ${ms(r.raw.p50)} / ${ms(r.raw.p95)} | ${r.ratio!.toFixed(1)} | ${r.rssAfter ? mb(r.rssAfter) : '–'} | ${r.misses.length ? `❌ ${r.misses.join('; ')}` : '✅'} |`,
  );
}
lines.push('');
lines.push(
  `Server memory after the load: RSS ${mb(memory.rss)}, peak ${mb(Math.max(memory.peak, peakRss))} (target ≤ ${mb(targets.rssBytes)} ${mark(Math.max(memory.peak, peakRss) <= targets.rssBytes)}).`,
);
if (generation) lines.push(`Data generation: ${generation.seconds.toFixed(1)} s (target ≤ ${targets.generationSeconds} s ${mark(generation.seconds <= targets.generationSeconds)}).`);
if (bundles.length) {
  lines.push('', '| Route | first-load JS (gzip) | JS files (raw size) | CSS (gzip) | first row, cold p50 (max) | first row, warm p50 (max) | Targets |');
  lines.push('|---|---|---|---|---|---|---|');
  for (const b of bundles) {
    const f = firstRows.find((x) => x.route === b.route);
    const misses = [
      ...(b.jsGzip > targets.firstLoadGzipBytes ? [`JS > ${kb(targets.firstLoadGzipBytes)}`] : []),
      ...(f && !(f.coldP50 <= targets.firstRowMs) ? [`first row > ${targets.firstRowMs} ms`] : []),
      ...(f?.error ? [f.error] : []),
    ];
    lines.push(
      `| ${b.route} | ${kb(b.jsGzip)} | ${b.jsFiles} (${kb(b.jsBytes)})${b.splitPage ? ', page split' : ''} | ${kb(b.cssGzip)} | ${f ? `${ms(f.coldP50)} (${ms(f.coldMax)})` : '–'} | ${f ? `${ms(f.warmP50)} (${ms(f.warmMax)})` : '–'} | ${misses.length ? `❌ ${misses.join('; ')}` : '✅'} |`,
    );
  }
  const phased = firstRows.filter((f) => f.cold);
  if (phased.length) {
    lines.push('', 'Where a cold load spends its time (median ms from navigation start):', '');
    lines.push('| Route | DOMContentLoaded | last script loaded | list request sent → answered | first row |', '|---|---|---|---|---|');
    for (const { route, cold } of phased) {
      lines.push(`| ${route} | ${ms(cold!.domContentLoaded)} | ${ms(cold!.scriptsLoaded)} | ${ms(cold!.listRequestStart)} → ${ms(cold!.listRequestEnd)} | ${ms(cold!.firstRow)} |`);
    }
  }
  lines.push('', `First row: navigation start to the frame that paints the first \`.ant-table-row\`, ${frontendRuns} runs per route; cold = new browser context (empty cache), warm = the route opened again in it.`);
}
if (frontendError) lines.push('', `Front end measurement failed: ${frontendError}`);
const drifted = results.filter((r) => r.drift.length);
if (drifted.length) lines.push('', `⚠ The raw SQL of ${drifted.map((r) => r.case.name).join(', ')} no longer matches the db package's (details under "Query plans"): update cases.ts.`);
const notes = results.filter((r) => r.case.note && !r.skipped).map((r) => `- ${r.case.name}: ${r.case.note}`);
if (notes.length) lines.push('', 'Notes:', ...notes);
const table = lines.join('\n');

const plans = results
  .filter((r) => r.plans.length)
  .map((r) => [`### ${r.case.name}${r.misses.length ? ` (❌ ${r.misses.join('; ')})` : ''}`, ...(r.drift.length ? [`⚠ SQL drift:\n\n${r.drift.map((d) => `- \`${d}\``).join('\n')}`] : []), ...r.plans.map((p) => ['```sql', p.sql, '```', '```', ...p.plan, '```'].join('\n'))].join('\n\n'))
  .join('\n\n');

console.log(`\n${table}\n`);
const missed = results.filter((r) => r.misses.length);
if (missed.length) {
  console.log('Query plans of the cases that miss a target:\n');
  for (const r of missed) {
    console.log(`  ${r.case.name}`);
    for (const p of r.plans) console.log(`    ${p.sql.slice(0, 160)}${p.sql.length > 160 ? '…' : ''}\n${p.plan.map((l) => `      ${l}`).join('\n')}`);
  }
}

const resultsDir = join(repoRoot, 'tests/bench/results');
mkdirSync(resultsDir, { recursive: true });
const stamp = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);
writeFileSync(join(resultsDir, `bench-${stamp}.md`), `${table}\n\n## Query plans\n\n${plans}\n`);
writeFileSync(
  join(resultsDir, `bench-${stamp}.json`),
  JSON.stringify(
    {
      machine,
      source,
      generation,
      settings: { duration, amount, warmup, rawDuration, connections, logLevel: logLevel ?? 'info' },
      targets,
      cases: results.map(({ case: c, ...r }) => ({ name: c.name, procedure: c.procedure, kind: c.kind, ...r })),
      memory: { rss: memory.rss, peak: Math.max(memory.peak, peakRss) },
      bundles,
      firstRows,
      sizeOfCopy: statSync(source).size,
    },
    null,
    2,
  ),
);
console.log(`Written to tests/bench/results/bench-${stamp}.md and .json`);
