import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { expectAccessible, openLoginPage } from '../support/browser.js';
import { useE2eServer } from '../support/e2e.js';
import { login, trpc } from '../support/trpc.js';

const e2e = useE2eServer();

async function logIn(page: Page, username: string, password: string) {
  await page.getByLabel('Brugernavn').fill(username);
  await page.getByLabel('Adgangskode').fill(password);
  await page.keyboard.press('Enter');
}

test('a new caseworker must choose their own password before the app opens, then logs in with it', async () => {
  const created = await trpc(
    e2e.server.url,
    'staff.create',
    { username: 'mette', displayName: 'Mette Holm', role: 'caseworker', email: '' },
    { cookie: await login(e2e.server.url, 'admin') },
  );
  const { oneTimePassword } = created.data as { oneTimePassword: string };

  const page = await openLoginPage(e2e.browser, e2e.server);
  await logIn(page, 'mette', oneTimePassword);
  await page.getByRole('heading', { name: 'Vælg din egen adgangskode', level: 1 }).waitFor();
  // Only the form and the way out: no menu leads to pages the server would refuse.
  await expect(page.getByRole('navigation').count()).resolves.toBe(0);
  await page.getByRole('button', { name: 'Log ud' }).waitFor();
  await expectAccessible(page, 'the change-password page');

  // By keyboard: the current password has the focus.
  await page.keyboard.type(oneTimePassword);
  await page.getByLabel('Ny adgangskode', { exact: true }).fill('kort');
  await page.getByLabel('Gentag ny adgangskode', { exact: true }).fill('kort');
  await page.keyboard.press('Enter');
  await page.getByText('Adgangskoden skal have mindst 12 tegn.').waitFor();

  await page.getByLabel('Ny adgangskode', { exact: true }).fill('kaffekop-ved-skranken-i-aarhus');
  await page.getByLabel('Gentag ny adgangskode', { exact: true }).fill('kaffekop-ved-skranken-i-aarhus');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Overblik', level: 1 }).waitFor();
  await page.getByRole('navigation').getByRole('link', { name: 'Borgere' }).waitFor();
  // Anyone can change their password again later, from the header.
  await page.getByRole('link', { name: 'Skift adgangskode' }).click();
  await page.getByRole('heading', { name: 'Skift adgangskode', level: 1 }).waitFor();

  await page.getByRole('button', { name: 'Log ud' }).click();
  await logIn(page, 'mette', 'kaffekop-ved-skranken-i-aarhus');
  await page.getByRole('heading', { name: 'Overblik', level: 1 }).waitFor();
});
