import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { expectAccessible, launchBrowser, openLoginPage } from '../support/browser.js';
import { startServer, type RunningServer } from '../support/server.js';

/**
 * Putting Skranke into service, as a municipality does: a production server on an empty database, the first admin
 * from the command line, and from there every account made in the browser.
 */
const createAdmin = fileURLToPath(new URL('../../apps/server/dist/cli/create-admin.js', import.meta.url));
const adminPassword = 'en lang adgangssætning til it';
const caseworkerPassword = 'kaffekop-ved-skranken-i-odense';

let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
  server = await startServer({ NODE_ENV: 'production' });
  await promisify(execFile)(process.execPath, [createAdmin, 'it-admin', 'Ida Admin'], {
    env: { ...process.env, SKRANKE_DB: server.databasePath, SKRANKE_ADMIN_PASSWORD: adminPassword },
  });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function logIn(page: Page, username: string, password: string) {
  await page.getByLabel('Brugernavn').fill(username);
  await page.getByLabel('Adgangskode').fill(password);
  await page.keyboard.press('Enter');
}

/** Fills the staff form and saves; returns the one-time password the dialog shows once, and closes it. */
async function createMember(admin: Page, member: { username: string; name: string; role: string }, checkAccessible = false) {
  await admin.getByRole('link', { name: 'Opret medarbejder' }).click();
  await admin.getByRole('heading', { name: 'Opret medarbejder', level: 1 }).waitFor();
  await admin.getByLabel('Brugernavn').fill(member.username);
  await admin.getByLabel('Navn', { exact: true }).fill(member.name);
  await admin.getByRole('radio', { name: member.role }).check();
  if (checkAccessible) await expectAccessible(admin, 'the new staff member form');
  await admin.getByRole('button', { name: 'Gem' }).click();
  const dialog = admin.getByRole('dialog', { name: 'Engangsadgangskode' });
  const slip = dialog.getByRole('article', { name: 'Seddel med engangsadgangskode' });
  await slip.getByText(member.name).waitFor();
  await slip.getByText('Gyldig til').waitFor();
  const oneTimePassword = (await slip.locator('.code-slip-code').textContent())!;
  expect(oneTimePassword).toMatch(/^[A-Z0-9]{4}(-[A-Z0-9]{4}){3}$/);
  if (checkAccessible) await expectAccessible(admin, 'the one-time password dialog');
  await dialog.getByRole('button', { name: 'Færdig' }).click();
  await admin.getByRole('heading', { name: member.name, level: 1 }).waitFor();
  return oneTimePassword;
}

test('an admin on an empty production database makes the staff; a caseworker starts work; deactivation ends their session', async () => {
  const admin = await openLoginPage(browser, server);
  await logIn(admin, 'it-admin', adminPassword);
  // Admins do no counter work: they start at the staff accounts, under "Administration".
  await admin.getByRole('heading', { name: 'Medarbejdere', level: 1 }).waitFor();
  const administration = admin.getByRole('navigation').getByRole('list', { name: 'Administration' });
  await expect(administration.getByRole('link', { name: 'Medarbejdere' }).getAttribute('aria-current')).resolves.toBe('page');
  await admin.getByRole('cell', { name: 'Ida Admin', exact: true }).waitFor();
  await expectAccessible(admin, 'the staff list');

  await createMember(admin, { username: 'tove', name: 'Tove Teamleder', role: 'Teamleder' }, true);
  await expectAccessible(admin, "the staff member's page");
  await admin.getByRole('link', { name: 'Til listen' }).click();
  const oneTimePassword = await createMember(admin, { username: 'Kaj.Sag', name: 'Kaj Sagsbehandler', role: 'Sagsbehandler' });
  // The username is stored as it is logged in with: lower case.
  await admin.getByText('kaj.sag', { exact: true }).waitFor();

  // The caseworker, in a browser of their own: the one-time password, then a password of their own, then work.
  const caseworker = await openLoginPage(browser, server);
  await logIn(caseworker, 'kaj.sag', oneTimePassword.toLowerCase());
  await caseworker.getByRole('heading', { name: 'Vælg din egen adgangskode', level: 1 }).waitFor();
  await caseworker.keyboard.type(oneTimePassword);
  await caseworker.getByLabel('Ny adgangskode', { exact: true }).fill(caseworkerPassword);
  await caseworker.getByLabel('Gentag ny adgangskode', { exact: true }).fill(caseworkerPassword);
  await caseworker.keyboard.press('Enter');
  await caseworker.getByRole('heading', { name: 'Overblik', level: 1 }).waitFor();

  await caseworker.getByRole('navigation').getByRole('link', { name: 'Ny betjening' }).click();
  await caseworker.getByRole('heading', { name: 'Ny betjening', level: 1 }).waitFor();
  await caseworker.locator('#lookup-cpr').fill('1503852000');
  await caseworker.keyboard.press('Enter');
  await caseworker.getByRole('button', { name: 'Opret borger' }).click();
  await caseworker.getByLabel('Navn', { exact: true }).fill('Bodil Første');
  await caseworker.getByLabel('Adresse', { exact: true }).fill('Flakhaven 2, 5000 Odense C');
  await caseworker.keyboard.press('Enter');
  await caseworker.getByRole('heading', { name: 'Bodil Første', level: 3 }).waitFor();
  await caseworker.getByRole('button', { name: 'Start betjening' }).click();
  await caseworker.locator('#evidence_documents_0_kind').waitFor();

  // The admin, still on the caseworker's page, deactivates them; the history shows it.
  await admin.getByRole('heading', { name: 'Kaj Sagsbehandler', level: 1 }).waitFor();
  await admin.getByRole('button', { name: 'Deaktivér' }).click();
  await admin.getByRole('dialog').getByRole('button', { name: 'Deaktivér' }).click();
  await admin.getByText('Kaj Sagsbehandler er deaktiveret og logget ud').waitFor();
  await admin.getByRole('region', { name: 'Historik' }).or(admin.locator('section', { hasText: 'Historik' })).getByText('Medarbejder: Deaktiveret').waitFor();

  // The caseworker's open page: its next request is refused as UNAUTHORIZED, and the app returns to the login.
  // (Batched with other calls, the response's status is 207: the refusal is in the body.)
  const refused = caseworker.waitForResponse(
    async (response) => response.url().includes('/trpc/') && (await response.text()).includes('"code":"UNAUTHORIZED"'),
  );
  // Leaving the visit half-done, the browser asks first.
  caseworker.once('dialog', (dialog) => void dialog.accept());
  await caseworker.getByRole('navigation').getByRole('link', { name: 'Borgere' }).click();
  await refused;
  await caseworker.getByLabel('Brugernavn').waitFor();
  await logIn(caseworker, 'kaj.sag', caseworkerPassword);
  await caseworker.getByText('Din konto er deaktiveret').waitFor();
});
