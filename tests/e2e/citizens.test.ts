import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { expectAccessible, openAs, openLoginPage, recordAddresses } from '../support/browser.js';
import { useE2eServer } from '../support/e2e.js';

const fullCpr = /\d{6}-?\d{4}/;

const e2e = useE2eServer();

/** Waits until the element is visible, so the test reads as what a caseworker sees. */
async function sees(page: Page, text: string | RegExp) {
  await page.getByText(text).first().waitFor({ state: 'visible' });
}

test('a caseworker logs in, registers a citizen after fixing a wrong CPR number, finds them masked, logs out', async () => {
  // Logging in is part of what this test shows: it starts on the login page.
  const page = await openLoginPage(e2e.browser, e2e.server);
  const { requested } = recordAddresses(page);
  await expectAccessible(page, 'the login page');

  // By keyboard, as at the counter: the username field has focus.
  await page.keyboard.type('caseworker');
  await page.keyboard.press('Tab');
  await page.keyboard.type('skranke-demo');
  await page.keyboard.press('Enter');

  // The home page is the caseworker's own day (the dashboard); the citizens are one link away.
  await page.getByRole('heading', { name: 'Overblik', level: 1 }).waitFor();
  await page.getByRole('navigation').getByRole('link', { name: 'Borgere' }).click();
  await page.getByRole('heading', { name: 'Borgere', level: 1 }).waitFor();
  await page.getByRole('link', { name: /^Vis / }).first().waitFor();
  expect(await page.getByRole('link', { name: /^Vis / }).count()).toBe(20); // a full first page of seeded citizens
  await expectAccessible(page, 'the citizens list');

  await page.getByRole('link', { name: 'Ny borger' }).click();
  await page.getByRole('heading', { name: 'Ny borger', level: 1 }).waitFor();
  await expectAccessible(page, 'the new-citizen form');

  const cprField = page.getByLabel('CPR-nummer', { exact: true });
  await cprField.fill('300285-1234'); // 30 February
  await page.getByLabel('Navn', { exact: true }).fill('Birte Testesen');
  await page.getByLabel('Adresse', { exact: true }).fill('Rådhuspladsen 1, 1550 København V');
  await page.getByLabel('Telefon').fill('33 66 33 66');
  await cprField.press('Enter');
  await sees(page, 'CPR-nummeret indeholder ikke en gyldig fødselsdato.');
  await expectAccessible(page, 'the form showing an error');

  await cprField.fill('280285-1234');
  await cprField.press('Enter');
  await page.getByRole('heading', { name: 'Borgere', level: 1 }).waitFor();

  await page.getByLabel('Søg på navn eller CPR-nummer').fill('280285-1234');
  await page.getByLabel('Søg på navn eller CPR-nummer').press('Enter');
  const row = page.getByRole('row', { name: /Birte Testesen/ });
  await row.waitFor();
  // The new citizen also heads the unfiltered list: wait for the search's answer before counting.
  await expect.poll(() => page.getByRole('link', { name: /^Vis / }).count(), { timeout: 10_000 }).toBe(1);
  await expect(row.textContent()).resolves.toContain('280285-XXXX');
  expect(await page.locator('main').textContent()).not.toMatch(fullCpr);

  await page.getByRole('button', { name: 'Log ud' }).click();
  await page.getByLabel('Brugernavn').waitFor();

  // The CPR number travelled in request bodies only: never in an address the browser asked for.
  expect(requested.filter((url) => fullCpr.test(decodeURIComponent(url)))).toEqual([]);
});

test('a caseworker switches to English, keeps it after a reload, and switches back', async () => {
  const page = await openAs(e2e.browser, e2e.server, 'caseworker');
  await page.goto(`${e2e.server.url}/citizens`);
  await page.getByRole('heading', { name: 'Borgere', level: 1 }).waitFor();

  const language = page.getByRole('group', { name: 'Sprog' });
  await language.getByRole('button', { name: 'English' }).click();
  // English is fetched on first use; the page then reads in it, and says so to screen readers.
  await page.getByRole('heading', { name: 'Citizens', level: 1 }).waitFor();
  await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
  const english = page.getByRole('group', { name: 'Language' });
  await expect(english.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).resolves.toBe('true');
  await expect(english.getByRole('button', { name: 'Dansk' }).getAttribute('aria-pressed')).resolves.toBe('false');
  await expectAccessible(page, 'the citizens list in English');

  await page.reload();
  await page.getByRole('heading', { name: 'Citizens', level: 1 }).waitFor();

  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Dansk' }).click();
  await page.getByRole('heading', { name: 'Borgere', level: 1 }).waitFor();
  await expect(language.getByRole('button', { name: 'Dansk' }).getAttribute('aria-pressed')).resolves.toBe('true');
  await page.getByRole('button', { name: 'Log ud' }).click();
  await page.getByLabel('Brugernavn').waitFor();
});
