import type { Locator, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { expectAccessible, openAs, recordAddresses } from '../support/browser.js';
import { verifyVisitNow, type SeededCitizen } from '../support/citizens.js';
import { useE2eServer } from '../support/e2e.js';
import { trpc } from '../support/trpc.js';

/**
 * Temporary codes and blocking requests in Chromium: a code issued from a visit verified today, seen once in
 * the dialog and on its printed slip and never again, revoked on its own page; then a blocking request taken
 * from the citizen's page, which revokes the citizen's active code and puts a banner on the citizen. Each test has
 * its own citizen, with a visit verified through the API (the counter flow has its own test, visits.test.ts).
 */

const e2e = useE2eServer({ loggedIn: ['caseworker'], citizensUntouchedIn: ['temporary_codes', 'blocks'] });
/** The current test's page, logged in as the caseworker. */
let page: Page;
const codePattern = /^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/;

async function sees(where: Page | Locator, text: string | RegExp) {
  await where.getByText(text).first().waitFor({ state: 'visible' });
}

const heading = (name: string | RegExp) => page.getByRole('heading', { name, level: 1 });
const masked = (citizen: SeededCitizen) => `${citizen.cpr.slice(0, 6)}-XXXX`;

/**
 * Issues a MitID activation code in the dialog on the visit's page, as the first test does, and returns the code the
 * dialog shows, left open: the code is shown once, so a test about the shown code starts from the browser.
 */
async function issueCodeInDialog(citizen: SeededCitizen, visitId: number): Promise<string> {
  await page.goto(`${e2e.server.url}/visits/${visitId}`);
  await heading(`Betjening af ${citizen.name}`).waitFor();
  await page.getByRole('button', { name: 'Udsted kode' }).click();
  const dialog = page.getByRole('dialog', { name: 'Udsted midlertidig kode' });
  await dialog.getByRole('radio', { name: 'MitID-aktiveringskode' }).check();
  await dialog.getByRole('button', { name: 'Udsted kode' }).click();
  const slip = page.getByRole('dialog', { name: 'Koden er udstedt' }).getByRole('article', { name: 'Kvittering til borgeren' });
  const shownCode = ((await slip.locator('.code-slip-code').textContent()) ?? '').trim();
  expect(shownCode).toMatch(codePattern);
  return shownCode;
}

/** A code issued from a visit verified through the API; returns the code's id. */
async function issueCodeByApi(visitId: number): Promise<number> {
  const issued = await trpc(e2e.server.url, 'codes.issue', { visitId, kind: 'mitIdActivation' }, {
    cookie: e2e.cookies.caseworker,
  });
  expect(issued.error).toBeUndefined();
  return issued.data.id as number;
}

test('a caseworker issues a code from a visit verified today; NemID is refused with its reason', async () => {
  const citizen = e2e.nextCitizen();
  const visitId = await verifyVisitNow(e2e.server.url, e2e.cookies.caseworker, citizen.id);
  page = await openAs(e2e.browser, e2e.server, 'caseworker');
  const { visited } = recordAddresses(page);
  await page.goto(`${e2e.server.url}/visits/${visitId}`);
  await heading(`Betjening af ${citizen.name}`).waitFor();

  await page.getByRole('button', { name: 'Udsted kode' }).click();
  const dialog = page.getByRole('dialog', { name: 'Udsted midlertidig kode' });
  await dialog.waitFor();
  await sees(dialog, `Til ${citizen.name}, ${masked(citizen)}`);
  await expect(dialog.getByRole('radio', { name: 'MitID-aktiveringskode' }).isChecked()).resolves.toBe(true);
  await expectAccessible(page, 'the issue dialog');

  // NemID is offered, and the server says why it is over, in the form.
  await dialog.getByRole('radio', { name: 'NemID midlertidig adgangskode' }).check();
  await dialog.getByRole('button', { name: 'Udsted kode' }).click();
  await sees(dialog, /NemID-midlertidige adgangskoder kunne kun udleveres til og med/);
  await expectAccessible(page, 'the issue dialog showing the refusal');

  await dialog.getByRole('radio', { name: 'MitID-aktiveringskode' }).check();
  await dialog.getByRole('button', { name: 'Udsted kode' }).click();
  const issued = page.getByRole('dialog', { name: 'Koden er udstedt' });
  await issued.waitFor();
  const slip = issued.getByRole('article', { name: 'Kvittering til borgeren' });
  const shownCode = ((await slip.locator('.code-slip-code').textContent()) ?? '').trim();
  expect(shownCode).toMatch(codePattern);
  const text = (await slip.textContent()) ?? '';
  expect(text).toContain(citizen.name);
  expect(text).toContain(masked(citizen));
  expect(text).not.toContain(citizen.cpr.slice(6));
  expect(text).toContain('MitID-aktiveringskode');
  expect(text).toMatch(/Gyldig til\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}/);
  expect(text).toContain('33 98 00 12');
  expect(text).toContain('Mandag–fredag 8–20');
  await sees(issued, 'Koden vises kun én gang.');
  // The print button has the focus: the next step is the slip.
  await expect(issued.getByRole('button', { name: 'Udskriv kvittering' }).evaluate((el) => el === document.activeElement)).resolves.toBe(true);
  await expectAccessible(page, 'the issued code');

  for (const url of visited) expect(url).not.toContain(citizen.cpr);
});

test('the print view shows only the slip: name, masked CPR number, code, expiry and MitID support', async () => {
  const citizen = e2e.nextCitizen();
  const visitId = await verifyVisitNow(e2e.server.url, e2e.cookies.caseworker, citizen.id);
  page = await openAs(e2e.browser, e2e.server, 'caseworker');
  const shownCode = await issueCodeInDialog(citizen, visitId);

  await page.emulateMedia({ media: 'print' });
  try {
    const slip = page.getByRole('article', { name: 'Kvittering til borgeren' });
    await expect(slip.isVisible()).resolves.toBe(true);
    for (const text of [citizen.name, masked(citizen), shownCode, '33 98 00 12', 'Gyldig til']) {
      await expect(slip.getByText(text).first().isVisible(), text).resolves.toBe(true);
    }
    // The rest of the app and the dialog's own chrome are not printed.
    await expect(page.locator('#root').isVisible()).resolves.toBe(false);
    await expect(heading(`Betjening af ${citizen.name}`).isVisible()).resolves.toBe(false);
    await expect(page.getByRole('navigation').isVisible()).resolves.toBe(false);
    await expect(page.getByRole('button', { name: 'Udskriv kvittering' }).isVisible()).resolves.toBe(false);
    await expect(page.getByText('Koden vises kun én gang.').isVisible()).resolves.toBe(false);
  } finally {
    await page.emulateMedia({ media: 'screen' });
  }
  await expect(page.getByRole('button', { name: 'Udskriv kvittering' }).isVisible()).resolves.toBe(true);
});

test('once the dialog is closed the code is gone: not in the page, the address, the storage or after a reload', async () => {
  const citizen = e2e.nextCitizen();
  const visitId = await verifyVisitNow(e2e.server.url, e2e.cookies.caseworker, citizen.id);
  page = await openAs(e2e.browser, e2e.server, 'caseworker');
  const { visited } = recordAddresses(page);
  const shownCode = await issueCodeInDialog(citizen, visitId);

  const issued = page.getByRole('dialog', { name: 'Koden er udstedt' });
  await issued.getByRole('button', { name: 'Luk' }).click();
  await issued.waitFor({ state: 'hidden' });
  const plain = shownCode.replace(/-/g, '');
  const nowhere = async () => {
    const html = await page.content();
    expect(html).not.toContain(shownCode);
    expect(html).not.toContain(plain);
    const storage = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
    expect(storage).not.toContain(plain);
    expect(page.url()).not.toContain(plain);
  };
  await nowhere();

  await page.reload();
  await heading(`Betjening af ${citizen.name}`).waitFor();
  // The citizen card lists the new code by its state only.
  const codeLink = page.getByRole('link', { name: /MitID-aktiveringskode/ }).first();
  await codeLink.waitFor();
  await nowhere();
  for (const url of visited) expect(url).not.toContain(plain);
  await expectAccessible(page, 'the visit page with the issued code on the citizen card');

  await codeLink.click();
  await heading(`Kode til ${citizen.name}`).waitFor();
  const codeId = Number(new URL(page.url()).pathname.split('/').pop());
  expect(codeId).toBeGreaterThan(0);
  await sees(page.getByRole('region', { name: 'Status' }), 'Udstedt');
  await nowhere();
  await expectAccessible(page, 'the code page');

  for (const url of visited) expect(url).not.toContain(citizen.cpr);
});

test('a wrong entry says how many tries are left; the code is then revoked with a reason', async () => {
  const citizen = e2e.nextCitizen();
  const codeId = await issueCodeByApi(await verifyVisitNow(e2e.server.url, e2e.cookies.caseworker, citizen.id));
  page = await openAs(e2e.browser, e2e.server, 'caseworker');
  const { visited } = recordAddresses(page);
  await page.goto(`${e2e.server.url}/codes/${codeId}`);
  await heading(`Kode til ${citizen.name}`).waitFor();
  await sees(page.getByRole('region', { name: 'Status' }), 'Udstedt');

  await page.getByRole('button', { name: 'Registrér indtastning' }).click();
  const redeem = page.getByRole('dialog', { name: 'Registrér borgerens indtastning af koden' });
  await redeem.waitFor();
  await expectAccessible(page, 'the redeem dialog');
  await redeem.getByLabel('Koden, som borgeren har').fill('2222-2222-2222');
  await redeem.getByRole('button', { name: 'Registrér' }).click();
  await sees(redeem, 'Koden er forkert. 2 forsøg tilbage, før koden spærres.');
  await expectAccessible(page, 'the redeem dialog after a wrong entry');
  await redeem.getByRole('button', { name: 'Annullér' }).click();
  await redeem.waitFor({ state: 'hidden' });
  await sees(page, '1 af 3');

  await page.getByRole('button', { name: 'Tilbagekald' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tilbagekald koden' });
  await dialog.waitFor();
  await expectAccessible(page, 'the revoke dialog');
  // The reason is required.
  await dialog.getByRole('button', { name: 'Tilbagekald' }).click();
  await sees(dialog, 'Feltet skal udfyldes.');
  await dialog.getByLabel('Begrundelse').fill('Borgeren har mistet kvitteringen.');
  await dialog.getByRole('button', { name: 'Tilbagekald' }).click();
  await dialog.waitFor({ state: 'hidden' });

  await sees(page.getByRole('region', { name: 'Status' }), 'Tilbagekaldt');
  await sees(page, 'Borgeren har mistet kvitteringen.');
  await sees(page, 'Tilbagekaldt af en medarbejder');
  expect(await page.getByRole('button', { name: 'Registrér indtastning' }).count()).toBe(0);
  await expectAccessible(page, 'the revoked code');

  await page.getByRole('navigation').getByRole('link', { name: 'Koder' }).click();
  await heading('Midlertidige koder').waitFor();
  const row = page.getByRole('row').filter({ has: page.locator(`a[href="/codes/${codeId}"]`) });
  await sees(row, 'Tilbagekaldt');
  await expect(row.textContent()).resolves.toContain(masked(citizen));
  expect(await page.content()).not.toContain(citizen.cpr.slice(6));
  await expectAccessible(page, 'the list of codes');

  for (const url of visited) expect(url).not.toContain(citizen.cpr);
});

test('a blocking request from the citizen page revokes the active code and puts a banner on the citizen', async () => {
  // As the previous tests leave a citizen: a code revoked by hand. Then an active code for the block to revoke.
  const citizen = e2e.nextCitizen();
  const visitId = await verifyVisitNow(e2e.server.url, e2e.cookies.caseworker, citizen.id);
  const first = await issueCodeByApi(visitId);
  const revoked = await trpc(
    e2e.server.url,
    'codes.revoke',
    { id: first, reason: 'Borgeren har mistet kvitteringen.' },
    { cookie: e2e.cookies.caseworker },
  );
  expect(revoked.error).toBeUndefined();
  await issueCodeByApi(visitId);
  page = await openAs(e2e.browser, e2e.server, 'caseworker');
  const { visited } = recordAddresses(page);

  await page.goto(`${e2e.server.url}/citizens/${citizen.id}`);
  await heading(citizen.name).waitFor();
  const codes = page.getByRole('region', { name: 'Koder' });
  await sees(codes, 'Udstedt');
  await page.getByRole('link', { name: `Spær MitID for ${citizen.name}` }).click();
  await heading('Ny spærring').waitFor();
  expect(page.url()).toContain(`citizenId=${citizen.id}`);
  expect(page.url()).not.toContain(citizen.cpr);
  await sees(page, `${citizen.name}, ${masked(citizen)}`);
  // MitID's routes first, to block at once: MitID support as a number to call.
  await expect(page.getByRole('link', { name: '33 98 00 12' }).getAttribute('href')).resolves.toBe('tel:+4533980012');
  await expectAccessible(page, 'the new blocking request form');

  // Without the block confirmed (and the rest) nothing is sent.
  await page.getByRole('button', { name: 'Registrér spærring' }).click();
  await sees(page, 'Spær loginmidlet nu ad den valgte vej, og bekræft, at det er gjort.');
  await expectAccessible(page, 'the blocking request form showing errors');

  await page.getByRole('radio', { name: 'Mistet eller stjålet' }).check();
  await page.getByLabel('Beskrivelse').fill('Borgeren har mistet sin telefon med MitID-appen.');
  await page.getByRole('radio', { name: 'I MitID-appen' }).check();
  await page.getByLabel('Loginmidlet er spærret ad den valgte vej').check();
  await page.getByRole('radio', { name: 'Anbefalet borgeren' }).check();
  await page.getByRole('button', { name: 'Registrér spærring' }).click();

  await heading(`Spærring for ${citizen.name}`).waitFor();
  await sees(page, 'Spærringen er registreret. 1 aktiv kode er tilbagekaldt.');
  await sees(page, 'Borgeren har mistet sin telefon med MitID-appen.');
  await expectAccessible(page, 'the blocking request');

  await page.getByRole('link', { name: 'Til borgeren' }).click();
  await heading(citizen.name).waitFor();
  const d = new Date();
  const today = `${String(d.getDate()).padStart(2, '0')}.${String(d.getMonth() + 1).padStart(2, '0')}.${d.getFullYear()}`;
  await sees(page, `Spærring anmodet ${today}: Mistet eller stjålet`);
  await page.getByRole('link', { name: 'Vis spærringen' }).waitFor();
  // Both codes are revoked now: the first by hand, the second by the block.
  await page.getByRole('region', { name: 'Koder' }).getByRole('row').nth(2).waitFor();
  const states = await page.getByRole('region', { name: 'Koder' }).getByRole('row').allTextContents();
  expect(states.slice(1).every((row) => row.includes('Tilbagekaldt'))).toBe(true);
  await expectAccessible(page, 'the citizen page with the block banner');

  // The visit page's citizen card shows the banner too.
  await page.goto(`${e2e.server.url}/visits/${visitId}`);
  await heading(`Betjening af ${citizen.name}`).waitFor();
  await sees(page, `Spærring anmodet ${today}: Mistet eller stjålet`);

  await page.getByRole('navigation').getByRole('link', { name: 'Spærringer' }).click();
  await heading('Spærringer').waitFor();
  await sees(page.getByRole('row').filter({ hasText: citizen.name }), 'Mistet eller stjålet');
  await expectAccessible(page, 'the list of blocking requests');

  for (const url of visited) expect(url).not.toContain(citizen.cpr);
});
