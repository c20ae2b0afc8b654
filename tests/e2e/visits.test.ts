import Database from 'better-sqlite3';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import { expectAccessible, openAs, openLoginPage, recordAddresses } from '../support/browser.js';
import { useE2eServer } from '../support/e2e.js';
import { login, trpc } from '../support/trpc.js';

/**
 * The counter flow "Ny betjening" in Chromium, by keyboard only: no click anywhere. Three visits: a
 * driving licence (with the keystrokes after the CPR number counted), CPR questions for a citizen created
 * in the flow, and a witness whose MitID is too new, refused; then that visit in the filtered list and on
 * its own page with its history.
 */

const fullCpr = /\d{6}-?\d{4}/;

const e2e = useE2eServer();
/** The current test's page. */
let page: Page;

let unusedCpr: string;
beforeAll(() => {
  unusedCpr = pickUnusedCpr(e2e.server.databasePath);
});

/** A well-formed CPR number nobody in the demo data has, for a citizen created at the counter. */
function pickUnusedCpr(databasePath: string): string {
  const db = new Database(databasePath, { readonly: true });
  try {
    const taken = db.prepare('SELECT 1 FROM citizens WHERE cpr = ?');
    for (let serial = 2000; ; serial += 1) {
      const cpr = `150385${serial}`;
      if (!taken.get(cpr)) return cpr;
    }
  } finally {
    db.close();
  }
}

const dashed = (cpr: string) => `${cpr.slice(0, 6)}-${cpr.slice(6)}`;

/** Today as the server sees it: the counter's calendar day in Copenhagen. */
function todayInCopenhagen(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(new Date());
}

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** `2030-12-31` → `31122030`: how a caseworker types a date off a document. */
function typed(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}${m}${y}`;
}

/** Every key press, counted: `press` is one (a chord such as Control+Enter is one press), `type` one per character. */
class Keyboard {
  count = 0;
  constructor(private readonly page: Page) {}
  async press(key: string) {
    this.count += 1;
    await this.page.keyboard.press(key);
  }
  async type(text: string) {
    this.count += text.length;
    await this.page.keyboard.type(text);
  }
}

async function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => el === document.activeElement, undefined, { timeout: 1000 }).catch(() => false);
}

/** Polls with a fresh look-up each time: after a navigation the element may be a new one. */
async function waitForFocus(locator: Locator, timeout = 15_000) {
  const deadline = Date.now() + timeout;
  while (!(await isFocused(locator))) {
    if (Date.now() > deadline) throw new Error(`${locator} did not get the focus`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Tab (or Shift+Tab) until the element has the focus, as a keyboard user would. */
async function tabTo(keys: Keyboard, locator: Locator, direction: 'forward' | 'back' = 'forward') {
  for (let i = 0; i < 30; i += 1) {
    if (await isFocused(locator)) return;
    await keys.press(direction === 'forward' ? 'Tab' : 'Shift+Tab');
  }
  throw new Error(`could not reach ${locator} with the keyboard`);
}

async function sees(text: string | RegExp) {
  await page.getByText(text).first().waitFor({ state: 'visible' });
}

const startButton = () => page.getByRole('button', { name: 'Start betjening' });
const cprLookup = () => page.locator('#lookup-cpr');
const field = (...path: (string | number)[]) => page.locator(`#${['evidence', ...path].join('_')}`);

/** From "Ny betjening" (just opened): CPR number, Enter, and wait for the card with the start button focused. */
async function lookUp(keys: Keyboard, cpr: string) {
  await waitForFocus(cprLookup());
  await keys.type(cpr);
  await keys.press('Enter');
}

/** From the focused start button: choose another method with the arrow keys, back to the button, Enter. */
async function startWithMethod(keys: Keyboard, method: string, arrowsRight: number) {
  await tabTo(keys, page.getByRole('radio', { name: 'CPR-spørgsmål' }), 'back');
  for (let i = 0; i < arrowsRight; i += 1) await keys.press('ArrowRight');
  expect(await page.getByRole('radio', { name: method }).isChecked()).toBe(true);
  await tabTo(keys, startButton());
  await keys.press('Enter');
}

/** "Ny betjening" by its address, on the current test's page. */
async function openCounter() {
  await page.goto(`${e2e.server.url}/visits/new`);
  await page.getByRole('heading', { name: 'Ny betjening', level: 1 }).waitFor();
}

/** The CPR numbers travelled in request bodies only: never in an address asked for or shown. */
function expectNoCprIn(addresses: { requested: string[]; visited: string[] }) {
  const leaks = [...addresses.requested, ...addresses.visited].filter((url) => fullCpr.test(decodeURIComponent(url)));
  expect(leaks).toEqual([]);
}

test('a caseworker logs in and serves a citizen by keyboard: passport and CPR questions, then the code', async () => {
  const passportExpiry = typed(addDays(todayInCopenhagen(), 2 * 365));
  const passportCitizen = e2e.nextCitizen();

  // Logging in by keyboard is part of what this test shows: it starts on the login page.
  page = await openLoginPage(e2e.browser, e2e.server);
  const addresses = recordAddresses(page);
  const keys = new Keyboard(page);
  await keys.type('caseworker');
  await keys.press('Tab');
  await keys.type('skranke-demo');
  await keys.press('Enter');
  await page.getByRole('heading', { name: 'Overblik', level: 1 }).waitFor();

  // A new MitID for an existing citizen: a passport with CPR number and three CPR questions, then the code.
  await keys.press('Alt+KeyN');
  await page.getByRole('heading', { name: 'Ny betjening', level: 1 }).waitFor();
  await waitForFocus(cprLookup());
  await expectAccessible(page, 'the counter, step 1');

  await keys.type(dashed(passportCitizen.cpr));
  keys.count = 0; // the budget counts from here: after the CPR number
  await keys.press('Enter');
  await page.getByRole('heading', { name: passportCitizen.name, level: 3 }).waitFor();
  await waitForFocus(startButton());
  // A credential offers CPR questions or a witness, never legitimation alone, and starts with CPR questions.
  expect(await page.getByRole('radio', { name: 'CPR-spørgsmål' }).isChecked()).toBe(true);
  expect(await page.getByRole('radio', { name: 'Legitimation' }).count()).toBe(0);
  await expectAccessible(page, 'the citizen card and step 2');
  await keys.press('Enter');
  await waitForFocus(field('documents', 0, 'expiresOn'));
  await sees('Udfyld felterne. Reglerne tjekkes, mens du skriver.');
  await sees(/BETYDELIG: ét dokument fra A, eller ét fra B sammen med ét fra C/);
  await keys.press('Shift+Tab'); // the licence the form starts with becomes the passport: "p" picks it
  await waitForFocus(field('documents', 0, 'kind'));
  await keys.type('p');
  await keys.press('Enter');
  await page.locator('.ant-select-selection-item', { hasText: 'Pas med CPR-nummer (DK/GL/FO)' }).waitFor();
  await waitForFocus(field('documents', 0, 'expiresOn'));
  await keys.type(passportExpiry);
  await keys.press('Enter'); // on to the right answers; three questions asked is the form's start
  await waitForFocus(field('cprQuestions', 'correct'));
  expect(await field('cprQuestions', 'asked').inputValue()).toBe('3');
  await keys.type('3');
  await sees('Kan godkendes på niveau BETYDELIG');
  await expectAccessible(page, 'step 3 with a passport and CPR questions');
  await keys.press('Control+Enter');
  await page.getByRole('heading', { name: 'Identiteten er godkendt på niveau BETYDELIG', level: 2 }).waitFor();
  const issueButton = page.getByRole('button', { name: 'Udsted kode' }).last();
  await waitForFocus(issueButton);
  await expectAccessible(page, 'the verified outcome');
  await keys.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Udsted midlertidig kode' });
  await waitForFocus(dialog.getByRole('button', { name: 'Udsted kode' }));
  await keys.press('Enter');
  const issued = page.getByRole('dialog', { name: 'Koden er udstedt' });
  await issued.waitFor();
  const keystrokes = keys.count;
  console.log(`Key presses after the CPR number for a new MitID (passport, CPR questions) verified and its code issued: ${keystrokes}`);
  expect(keystrokes).toBeLessThan(20);
  await expect(issued.textContent()).resolves.toMatch(/[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}/);
  await expectAccessible(page, 'the code issued');
  await issued.getByRole('button', { name: 'Luk' }).click();
  // The card above is read again: it shows the code just issued, and no open visit.
  await page.getByRole('region', { name: '1. Borger' }).getByText('MitID-aktiveringskode').first().waitFor();
  await page.getByRole('region', { name: '1. Borger' }).getByText('Udstedt', { exact: true }).first().waitFor();
  await waitForFocus(page.getByRole('link', { name: 'Ny betjening' }).last());
  expectNoCprIn(addresses);
});

test('a citizen not yet registered is created in the flow and verified by a foreign passport with a health card', async () => {
  page = await openAs(e2e.browser, e2e.server, 'caseworker');
  const addresses = recordAddresses(page);
  const keys = new Keyboard(page);
  const passportExpiry = typed(addDays(todayInCopenhagen(), 2 * 365));
  await openCounter();
  await lookUp(keys, unusedCpr);
  await sees('Der er ingen borger med CPR-nummeret 150385-XXXX.');
  await waitForFocus(page.getByRole('button', { name: 'Opret borger' }));
  await expectAccessible(page, 'a CPR number nobody has');
  await keys.press('Enter');
  await waitForFocus(page.getByLabel('Navn', { exact: true }));
  expect(await page.locator('#cpr').inputValue()).toBe(dashed(unusedCpr));
  await expectAccessible(page, 'creating the citizen in the flow');
  await keys.type('Bodil Spørgesen');
  await tabTo(keys, page.getByLabel('Adresse', { exact: true }));
  await keys.type('Rådhuspladsen 1, 1550 København V');
  await keys.press('Enter');
  await page.getByRole('heading', { name: 'Bodil Spørgesen', level: 3 }).waitFor();
  await waitForFocus(startButton());
  expect(page.url()).toBe(`${e2e.server.url}/visits/new`); // the new citizen did not take the caseworker elsewhere
  await keys.press('Enter');
  await waitForFocus(field('documents', 0, 'expiresOn'));
  await keys.press('Shift+Tab');
  await waitForFocus(field('documents', 0, 'kind'));
  await keys.type('Udenlandsk pas');
  await keys.press('Enter');
  await waitForFocus(field('documents', 0, 'expiresOn'));
  await keys.type(passportExpiry);
  await keys.press('Enter');
  await waitForFocus(field('cprQuestions', 'correct'));
  await keys.type('3');
  // B alone: the rule check says what is missing.
  await page.getByRole('status').getByText('Billedlegitimation uden CPR-nummer giver kun BETYDELIG sammen med et CPR-dokument (fx sundhedskortet).').waitFor();
  await tabTo(keys, page.getByRole('button', { name: 'Tilføj dokument' }), 'back');
  await keys.press('Enter');
  await waitForFocus(field('documents', 1, 'kind'));
  await keys.type('Sundhedskort (gult)');
  await keys.press('Enter');
  await page.locator('.ant-select-selection-item', { hasText: 'Sundhedskort (gult)' }).waitFor();
  // A kind without an expiry date asks for none: no "required" under its date field.
  await sees('Har ingen udløbsdato');
  await sees('Kan godkendes på niveau BETYDELIG');
  expect(await page.locator('#evidence_documents_1_expiresOn_help').count()).toBe(0);
  await expectAccessible(page, 'step 3 with a foreign passport, a health card and CPR questions');
  await keys.press('Control+Enter');
  await page.getByRole('heading', { name: 'Identiteten er godkendt på niveau BETYDELIG', level: 2 }).waitFor();
  await waitForFocus(page.getByRole('button', { name: 'Udsted kode' }).last());
  expectNoCprIn(addresses);
});

test('a witness who has had MitID for 3 days is refused with the reason, found again in the filtered list and its history', async () => {
  page = await openAs(e2e.browser, e2e.server, 'caseworker');
  const addresses = recordAddresses(page);
  const keys = new Keyboard(page);
  const today = todayInCopenhagen();
  const witnessCitizen = e2e.nextCitizen();
  // Passes modulus 11, so it is nobody in the demo data (whose numbers all fail it): a witness with no history.
  const witnessCpr = '010170-1239';
  const passportExpiry = typed(addDays(today, 2 * 365));
  await openCounter();
  await lookUp(keys, witnessCitizen.cpr);
  await page.getByRole('heading', { name: witnessCitizen.name, level: 3 }).waitFor();
  await waitForFocus(startButton());
  await startWithMethod(keys, 'Vidne', 1);
  await waitForFocus(field('documents', 0, 'expiresOn'));
  await keys.type(passportExpiry);
  await sees(/tælles kun blandt betjeninger i denne kommune/);
  await tabTo(keys, field('witness', 'cpr'));
  await keys.type(witnessCpr);
  await keys.press('Tab');
  await keys.type('Vibeke Vidne');
  await keys.press('Tab');
  await keys.type(typed(addDays(today, -3)));
  await keys.press('Tab');
  await waitForFocus(page.getByRole('checkbox', { name: 'Vidnets billedlegitimation er set' }));
  await keys.press('Space');
  const tooNew = 'Vidnet har kun haft MitID i 3 dage; der kræves mindst 10 dage.';
  await page.getByRole('status').getByText(tooNew).waitFor();
  await expectAccessible(page, 'step 3 with a witness, rules broken');

  await keys.press('Control+Enter');
  await page.getByRole('alert').getByText(`Identiteten kan ikke godkendes: ${tooNew}`).waitFor();
  await page.locator('#evidence_witness_mitIdSince_help').getByText(tooNew).waitFor(); // also under its field
  await expect(page.getByRole('heading', { name: /Identiteten er godkendt/ }).count()).resolves.toBe(0);

  await tabTo(keys, page.getByRole('button', { name: 'Afvis' }));
  await keys.press('Enter');
  const reason = page.getByLabel('Begrundelse for afvisningen');
  await waitForFocus(reason);
  expect(await reason.inputValue()).toBe(tooNew);
  await expectAccessible(page, 'the refusal form');
  await tabTo(keys, page.getByRole('button', { name: 'Bekræft afvisning' }));
  await keys.press('Enter');
  await page.getByRole('heading', { name: 'Betjeningen er afvist', level: 2 }).waitFor();
  await expectAccessible(page, 'the refused outcome');

  // The list, filtered by keyboard to my refused visits from today: the filters live in the address.
  await page.goto(`${e2e.server.url}/visits`);
  await page.getByRole('heading', { name: 'Betjeninger', level: 1 }).waitFor();
  await page.getByRole('link', { name: /^Vis betjening af / }).first().waitFor();
  await page.getByLabel('Fra dato').focus();
  await keys.type(typed(today));
  await tabTo(keys, page.getByLabel('Udfald'));
  await keys.type('Afvist');
  await keys.press('Enter');
  await tabTo(keys, page.getByRole('checkbox', { name: 'Kun mine' }));
  await keys.press('Space');
  await page.waitForFunction(() => {
    const query = decodeURIComponent(window.location.search);
    return query.includes('refused') && query.includes('caseworkerId') && query.includes('gte');
  });
  // The demo data has a month of visits, a few of them perhaps also mine, refused, today: ours is the newest.
  const todayShown = typed(today).replace(/^(\d\d)(\d\d)/, '$1.$2.');
  const rows = page.locator('.ant-table-tbody tr.ant-table-row');
  const onlyMineRefusedToday = async () => {
    const texts = await rows.allTextContents();
    return (
      texts.length > 0 &&
      texts[0]!.includes(witnessCitizen.name) &&
      texts[0]!.includes(`${witnessCitizen.cpr.slice(0, 6)}-XXXX`) &&
      texts.every((text) => text.includes('Afvist') && text.includes('Karen Sagsbehandler') && text.includes(todayShown))
    );
  };
  await expect.poll(onlyMineRefusedToday, { timeout: 15_000 }).toBe(true);

  // A reload keeps the filters (syncWithLocation).
  await page.reload();
  await page.getByRole('heading', { name: 'Betjeninger', level: 1 }).waitFor();
  await expect.poll(onlyMineRefusedToday, { timeout: 15_000 }).toBe(true);
  expect(await page.getByRole('checkbox', { name: 'Kun mine' }).isChecked()).toBe(true);
  expect(await page.getByLabel('Fra dato').inputValue()).toBe(todayShown);
  await sees('Afvist');
  await expectAccessible(page, 'the filtered visits list');

  await page.getByRole('link', { name: new RegExp(`^Vis betjening af ${witnessCitizen.name}`) }).first().focus();
  await keys.press('Enter');
  await page.getByRole('heading', { name: `Betjening af ${witnessCitizen.name}`, level: 1 }).waitFor();
  const main = page.locator('main');
  await sees('Afvist');
  await expect(main.textContent()).resolves.toContain(tooNew); // the reason, and the broken rule
  await expect(main.textContent()).resolves.toContain(`Vibeke Vidne, ${witnessCpr.slice(0, 6)}-XXXX`);
  const history = page.getByRole('region', { name: 'Historik' });
  await expect(history.textContent()).resolves.toMatch(/Betjening startet[\s\S]*Betjening afvist/);
  // Who read the visit is the supervisors' audit log, not the caseworker's history.
  await expect(history.textContent()).resolves.not.toContain('Betjening vist');
  await expect(history.textContent()).resolves.toContain('Karen Sagsbehandler');
  await expectAccessible(page, 'the refused visit');

  expectNoCprIn(addresses);
  expect(await main.textContent()).not.toMatch(fullCpr);
});

test('a visit left open (the browser closed mid-visit) is resumed from the citizen card and completed', async () => {
  const citizen = e2e.nextCitizen();
  // The visit a crashed browser left behind: started, nothing recorded.
  const cookie = await login(e2e.server.url, 'caseworker');
  const started = await trpc(e2e.server.url, 'visits.create', { citizenId: citizen.id, service: 'newMitId' }, { cookie });
  expect(started.error).toBeUndefined();
  const visitId = started.data.id as number;

  page = await openAs(e2e.browser, e2e.server, 'caseworker');
  await page.goto(`${e2e.server.url}/visits/new`);
  await page.locator('#lookup-cpr').fill(dashed(citizen.cpr));
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: citizen.name, level: 3 }).waitFor();
  await page.getByText('Borgeren har 1 åben betjening').waitFor();
  await expectAccessible(page, 'the citizen card with an open visit');
  await page.getByRole('link', { name: /^Genoptag betjening: Ny MitID, startet / }).click();

  // The counter goes on with that visit: its service recorded, the evidence still to fill in.
  await page.waitForURL(`${e2e.server.url}/visits/new?visit=${visitId}`);
  await page.getByRole('heading', { name: citizen.name, level: 3 }).waitFor();
  await page.getByText('Ny MitID', { exact: true }).waitFor();
  await page.locator('#evidence_documents_0_expiresOn').fill(typed(addDays(todayInCopenhagen(), 400)));
  await page.locator('#evidence_cprQuestions_correct').fill('3');
  await page.getByRole('status').getByText('Kan godkendes på niveau BETYDELIG').waitFor();
  // The visit being served is not offered again as one to resume.
  expect(await page.getByRole('link', { name: /^Genoptag betjening/ }).count()).toBe(0);
  await page.getByRole('button', { name: 'Godkend' }).click();
  await page.getByRole('heading', { name: 'Identiteten er godkendt på niveau BETYDELIG', level: 2 }).waitFor();
  await expectAccessible(page, 'the resumed visit verified');

  const stored = await trpc(e2e.server.url, 'visits.get', { id: visitId }, { cookie });
  expect(stored.data).toMatchObject({ outcome: 'verified', method: 'cprQuestions', level: 'BETYDELIG' });
});
