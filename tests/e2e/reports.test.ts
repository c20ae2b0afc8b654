import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { Locator, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { expectAccessible, openAs } from '../support/browser.js';
import type { SeededCitizen } from '../support/citizens.js';
import { useE2eServer } from '../support/e2e.js';

/**
 * The dashboard, the reports page with its CSV export, the audit-log viewer and "who looked at this citizen" in
 * Chromium. Every number the pages show is checked against a count made here, directly in the server's SQLite file.
 */

type Counts = { total: number; verified: number; refused: number; aborted: number; open: number };

const e2e = useE2eServer();
/** The current test's page. */
let page: Page;

/** The counter day (Copenhagen) `daysAgo` days back, as the server's ISO day. */
function counterDay(daysAgo = 0): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date(Date.now() - daysAgo * 86_400_000));
}
const danish = (iso: string) => iso.split('-').reverse().join('.');

function readDb<T>(read: (db: Database.Database) => T): T {
  const db = new Database(e2e.server.databasePath, { readonly: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

/** Visits in a range of counter days, optionally one caseworker's, counted in SQL independently of the app. */
function visitCounts(from: string, to: string, caseworkerId?: number): Counts {
  return readDb(
    (db) =>
      db
        .prepare(
          `SELECT count(*) AS total,
             coalesce(sum(outcome = 'verified'), 0) AS verified, coalesce(sum(outcome = 'refused'), 0) AS refused,
             coalesce(sum(outcome = 'aborted'), 0) AS aborted, coalesce(sum(outcome = 'open'), 0) AS open
           FROM visits WHERE day >= ? AND day <= ? AND (? IS NULL OR caseworker_id = ?)`,
        )
        .get(from, to, caseworkerId ?? null, caseworkerId ?? null) as Counts,
  );
}

function staffNamed(username: string): { id: number; displayName: string } {
  return readDb((db) => db.prepare('SELECT id, display_name AS displayName FROM staff WHERE username = ?').get(username) as { id: number; displayName: string });
}

/** A citizen with a visit, so their record has been read and the audit log has entries about them. */
function citizenWithVisits(): SeededCitizen {
  return readDb((db) => db.prepare('SELECT id, cpr, name FROM citizens WHERE id IN (SELECT citizen_id FROM visits) ORDER BY id LIMIT 1').get() as SeededCitizen);
}

const heading = (name: string | RegExp) => page.getByRole('heading', { name, level: 1 });
const nav = () => page.getByRole('navigation', { name: 'Hovedmenu' });

/** An antd Statistic's value, found by its title within `where`. */
async function statistic(where: Locator | Page, title: string): Promise<number> {
  const box = where.locator('.ant-statistic').filter({ has: page.locator('.ant-statistic-title', { hasText: new RegExp(`^${title}$`) }) });
  return Number((await box.first().locator('.ant-statistic-content-value').textContent())!.replace(/\D/g, ''));
}

/** The counts of one row of a breakdown table (total, verified, refused, aborted, open). */
async function rowCounts(table: Locator, label: string): Promise<Counts> {
  const row = table.getByRole('row').filter({ has: page.getByRole('cell', { name: label, exact: true }) });
  const cells = (await row.getByRole('cell').allTextContents()).slice(1).map(Number);
  const [total, verified, refused, aborted, open] = cells as [number, number, number, number, number];
  return { total, verified, refused, aborted, open };
}

async function download(button: Locator): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return readFileSync((await file.path())!, 'utf8');
}

test('a caseworker sees their own day and week, and has no audit log', async () => {
  const me = staffNamed('caseworker');
  page = await openAs(e2e.browser, e2e.server, 'caseworker');
  await heading('Overblik').waitFor();
  await page.getByText('Dine tal').waitFor();
  // No choosing a colleague, and no audit log in the menu.
  expect(await page.getByLabel('Sagsbehandler', { exact: true }).count()).toBe(0);
  expect(await nav().getByRole('link', { name: 'Revisionslog' }).count()).toBe(0);
  await nav().getByRole('link', { name: 'Rapporter' }).waitFor();

  const today = page.getByRole('region', { name: /^I dag/ });
  await today.getByText('Betjeninger i alt').waitFor();
  expect(await statistic(today, 'Betjeninger i alt')).toBe(visitCounts(counterDay(), counterDay(), me.id).total);
  await expectAccessible(page, "the caseworker's dashboard");

  await page.goto(`${e2e.server.url}/audit`);
  await heading('Ingen adgang').waitFor();
  await expectAccessible(page, 'the audit log refused to a caseworker');
});

test('a supervisor lands on the dashboard: everyone\'s figures, and the charts load', async () => {
  page = await openAs(e2e.browser, e2e.server, 'supervisor');
  await heading('Overblik').waitFor();
  expect(new URL(page.url()).pathname).toBe('/');
  await nav().getByRole('link', { name: 'Revisionslog' }).waitFor();

  const today = page.getByRole('region', { name: /^I dag/ });
  const week = page.getByRole('region', { name: /^Denne uge/ });
  await week.getByText('Betjeninger i alt').waitFor();
  expect(await statistic(today, 'Betjeninger i alt')).toBe(visitCounts(counterDay(), counterDay()).total);
  const weekRange = (await week.getByRole('heading', { level: 2 }).textContent())!.match(/\((\d\d\.\d\d\.\d{4})(?: – (\d\d\.\d\d\.\d{4}))?\)/)!;
  const weekFrom = weekRange[1]!.split('.').reverse().join('-');
  expect(await statistic(week, 'Betjeninger i alt')).toBe(visitCounts(weekFrom, counterDay()).total);

  // The chart library arrives in its own chunk; the chart is an image named by its title.
  if (visitCounts(weekFrom, counterDay()).total > 0) {
    const chart = week.getByRole('img', { name: 'Betjeninger efter metode · Denne uge' });
    await chart.locator('canvas').first().waitFor();
    // …and its numbers are one press away as a table.
    await week.getByRole('button', { name: 'Vis som tabel: Betjeninger efter metode · Denne uge' }).click();
    await week.getByRole('table', { name: 'Betjeninger efter metode · Denne uge' }).waitFor();
  }
  await page.getByRole('link', { name: 'Til køen af åbne anmodninger' }).waitFor();
  await page.getByRole('link', { name: 'Til de overskredne klager' }).waitFor();
  await expectAccessible(page, "the supervisor's dashboard");
});

test('a supervisor filters a report by range and caseworker; the figures and the CSV match the database', async () => {
  const caseworker = staffNamed('caseworker');
  const from = counterDay(14);
  const to = counterDay();
  page = await openAs(e2e.browser, e2e.server, 'supervisor');

  await nav().getByRole('link', { name: 'Rapporter' }).click();
  await heading('Rapporter').waitFor();
  await page.getByRole('heading', { name: 'Betjeninger pr. dag' }).waitFor();
  await expectAccessible(page, 'the reports page');

  // The range, typed as a counter worker would (Danish notation), then the caseworker.
  await page.getByRole('textbox', { name: 'Fra dato' }).fill(danish(from));
  await page.getByRole('textbox', { name: 'Til dato' }).fill(danish(to));
  await expect.poll(() => new URL(page.url()).searchParams.get('from'), { timeout: 10_000 }).toBe(from);
  expect(new URL(page.url()).searchParams.get('to')).toBe(to);

  await page.getByLabel('Sagsbehandler', { exact: true }).focus();
  await page.keyboard.type(caseworker.displayName);
  await page.keyboard.press('Enter');
  await expect.poll(() => new URL(page.url()).searchParams.get('caseworker'), { timeout: 10_000 }).toBe(String(caseworker.id));

  const expected = visitCounts(from, to, caseworker.id);
  expect(expected.total).toBeGreaterThan(0);
  const keyFigures = page.locator('.ant-card').filter({ has: page.getByRole('heading', { name: 'Nøgletal' }) });
  await expect.poll(() => statistic(keyFigures, 'Betjeninger i alt'), { timeout: 10_000 }).toBe(expected.total);
  expect(await statistic(keyFigures, 'Godkendt')).toBe(expected.verified);
  expect(await statistic(keyFigures, 'Afvist')).toBe(expected.refused);

  const byCaseworker = page.getByRole('table', { name: 'Betjeninger efter sagsbehandler' });
  // One caseworker chosen: one row, theirs, with the hand-counted figures.
  expect(await rowCounts(byCaseworker, caseworker.displayName)).toEqual(expected);
  const byOutcome = page.getByRole('table', { name: 'Betjeninger efter udfald' });
  for (const [label, count] of [['Godkendt', expected.verified], ['Afvist', expected.refused], ['Afbrudt', expected.aborted], ['Åben', expected.open]] as const) {
    const row = byOutcome.getByRole('row').filter({ has: page.getByRole('cell', { name: label, exact: true }) });
    expect(Number(await row.getByRole('cell').nth(1).textContent())).toBe(count);
  }

  // The per-day chart is drawn (lazy chunk), and its table alternative has one row per day with visits.
  const perDay = page.locator('.ant-card').filter({ has: page.getByRole('heading', { name: 'Betjeninger pr. dag' }) });
  await perDay.getByRole('img', { name: 'Betjeninger pr. dag' }).locator('canvas').first().waitFor();
  await perDay.getByRole('button', { name: 'Vis som tabel: Betjeninger pr. dag' }).click();
  const days = readDb((db) => (db.prepare('SELECT count(DISTINCT day) AS n FROM visits WHERE day >= ? AND day <= ? AND caseworker_id = ?').get(from, to, caseworker.id) as { n: number }).n);
  await expect.poll(() => perDay.getByRole('table').getByRole('row').count(), { timeout: 10_000 }).toBe(days + 1);
  await expectAccessible(page, 'the filtered report with the per-day table');

  // The CSV of the caseworker table: UTF-8 with a BOM, `;` between fields, the same row as the table.
  const csv = await download(page.getByRole('button', { name: 'Eksportér CSV: Betjeninger efter sagsbehandler' }));
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const lines = csv.slice(1).trim().split(/\r\n/);
  expect(lines[0]).toBe('Sagsbehandler;I alt;Godkendt;Afvist;Afbrudt;Åbne');
  expect(lines.slice(1)).toEqual([[caseworker.displayName, expected.total, expected.verified, expected.refused, expected.aborted, expected.open].join(';')]);

  const outcomes = await download(page.getByRole('button', { name: 'Eksportér CSV: Betjeninger efter udfald' }));
  expect(outcomes.startsWith('\uFEFF')).toBe(true);
  const outcomeRows = outcomes.slice(1).trim().split(/\r\n/).slice(1).sort();
  expect(outcomeRows).toEqual([`Afbrudt;${expected.aborted}`, `Afvist;${expected.refused}`, `Godkendt;${expected.verified}`, `Åben;${expected.open}`]);

  // A reload keeps the range and the caseworker: they are in the address.
  await page.reload();
  await expect.poll(() => rowCounts(page.getByRole('table', { name: 'Betjeninger efter sagsbehandler' }), caseworker.displayName), { timeout: 10_000 }).toEqual(expected);
});

test('"who looked at this citizen" from the citizen page, and the audit log searched by CPR number', async () => {
  const citizen = citizenWithVisits();
  page = await openAs(e2e.browser, e2e.server, 'supervisor');
  await page.goto(`${e2e.server.url}/citizens/${citizen.id}`);
  await heading(citizen.name).waitFor();
  await page.getByRole('button', { name: 'Hvem har set borgeren?' }).click();
  const drawer = page.getByRole('dialog', { name: `Hvem har set ${citizen.name}?` });
  await drawer.waitFor();
  // The supervisor's own read of the record a moment ago is among them.
  await drawer.getByRole('row').filter({ hasText: 'Borger: Læst' }).first().waitFor();
  await expectAccessible(page, 'the "who looked at this citizen" drawer');
  await page.keyboard.press('Escape');
  await drawer.waitFor({ state: 'hidden' });

  await nav().getByRole('link', { name: 'Revisionslog' }).click();
  await heading('Revisionslog').waitFor();
  await page.getByRole('table', { name: 'Revisionslog' }).getByRole('row').nth(1).waitFor();
  await expectAccessible(page, 'the audit log');

  await page.getByLabel('Borgerens CPR-nummer').fill(citizen.cpr);
  await page.getByRole('button', { name: 'Søg' }).click();
  const rows = page.getByRole('table', { name: 'Revisionslog' }).getByRole('row');
  await rows.filter({ has: page.getByRole('link', { name: `Borger ${citizen.id}` }) }).first().waitFor();
  const expectedEntries = readDb(
    (db) => (db.prepare("SELECT count(*) AS n FROM audit_log WHERE entity = 'citizen' AND entity_id = ?").get(String(citizen.id)) as { n: number }).n,
  );
  expect(expectedEntries).toBeGreaterThan(0);
  // The number is in no address, no history entry and no stored setting.
  expect(page.url()).not.toContain(citizen.cpr);
  expect(page.url()).not.toContain(citizen.cpr.slice(0, 6));
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
  expect(stored).not.toContain(citizen.cpr);
  await expectAccessible(page, 'the audit log filtered by CPR number');

  // The search itself was logged, with the number masked.
  const search = readDb(
    (db) => db.prepare("SELECT details FROM audit_log WHERE action = 'audit.search' ORDER BY id DESC LIMIT 1").get() as { details: string },
  );
  expect(search.details).toContain(`${citizen.cpr.slice(0, 6)}-XXXX`);
  expect(search.details).not.toContain(citizen.cpr);

  // The export takes the same filters, the CPR number in the POST body only.
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  const csv = await download(page.getByRole('button', { name: 'Eksportér CSV' }));
  expect(csv.startsWith('\uFEFF')).toBe(true);
  expect(csv.split(/\r\n/)[0]).toBe('\uFEFFNr.;Tidspunkt;Medarbejder;Medarbejderens nummer;Handling;Vedrører;Nummer;Formål;Detaljer');
  expect(csv).toContain(`;citizen;${citizen.id};`);
  expect(csv).not.toContain(citizen.cpr);
  expect(requests.some((url) => url.endsWith('/export/audit'))).toBe(true);
  expect(requests.every((url) => !url.includes(citizen.cpr))).toBe(true);

  // Days typed as in every other filter: a date that does not exist is named, not ignored; a day is a whole
  // Copenhagen day, so a year ago holds none of these entries and today holds them all.
  await page.getByLabel('Fra dato').fill('31.02.2026');
  await page.getByRole('button', { name: 'Søg' }).click();
  await page.getByText('Skriv en gyldig dato.').waitFor();
  await expectAccessible(page, 'the audit log with a date that does not exist');
  await page.getByLabel('Fra dato').fill(danish(counterDay(365)));
  await page.getByLabel('Til dato').fill(danish(counterDay(365)));
  await page.getByRole('button', { name: 'Søg' }).click();
  await page.getByRole('status').getByText('0 hændelser').waitFor();
  await page.getByLabel('Fra dato').fill(danish(counterDay()));
  await page.getByLabel('Til dato').fill(danish(counterDay()));
  await page.getByRole('button', { name: 'Søg' }).click();
  await rows.filter({ has: page.getByRole('link', { name: `Borger ${citizen.id}` }) }).first().waitFor();
  const times = await rows.locator('td:first-child').allTextContents();
  expect(times.length).toBeGreaterThan(0);
  expect(times.every((time) => time.startsWith(danish(counterDay())))).toBe(true);
});
