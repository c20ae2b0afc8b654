import type { Locator, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { expectAccessible, openAs, openLoginPage } from '../support/browser.js';
import { useE2eServer } from '../support/e2e.js';
import { trpc } from '../support/trpc.js';

const e2e = useE2eServer({ loggedIn: ['caseworker'] });
/** The current test's page. */
let page: Page;

/** Waits until the element is visible, so the test reads as what a caseworker sees. */
async function sees(where: Page | Locator, text: string | RegExp) {
  await where.getByText(text).first().waitFor({ state: 'visible' });
}

async function complaintCount(filters: unknown[] = []): Promise<number> {
  const response = await trpc(
    e2e.server.url,
    'complaints.list',
    { filters, pagination: { currentPage: 1, pageSize: 1 } },
    { cookie: e2e.cookies.caseworker },
  );
  return response.data.total as number;
}

/** Presses Tab (or Shift+Tab) until `target` has the focus, as a keyboard user moves through a form. */
async function tabTo(target: Locator, { backwards = false, limit = 15 } = {}) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${String(target)} never got the focus`);
}

const heading = (name: string | RegExp) => page.getByRole('heading', { name, level: 1 });

/** From any page of the app to the complaints list by its menu, once the list shows its rows. */
async function openComplaintsList() {
  await page.getByRole('navigation').getByRole('link', { name: 'Klager' }).click();
  await heading('Klager').waitFor();
  await page.getByRole('link', { name: /^Vis klage fra / }).first().waitFor();
}

test('a caseworker logs in and opens the complaints list, oldest first', async () => {
  // Logging in by keyboard is part of what this test shows: it starts on the login page.
  page = await openLoginPage(e2e.browser, e2e.server);
  await page.keyboard.type('caseworker');
  await page.keyboard.press('Tab');
  await page.keyboard.type('skranke-demo');
  await page.keyboard.press('Enter');

  await openComplaintsList();
  await sees(page, `${await complaintCount()} klager`);
  await expectAccessible(page, 'the complaints list');
});

test('the "Overskredne" quick filter shows only overdue complaints and keeps the filter in the address', async () => {
  page = await openAs(e2e.browser, e2e.server, 'caseworker');
  await openComplaintsList();
  const overdue = await complaintCount([{ field: 'overdue', operator: 'eq', value: true }]);
  expect(overdue).toBeGreaterThan(0); // the demo seed has complaints older than the policy's 30 days
  expect(overdue).toBeLessThan(await complaintCount());

  const quick = page.getByRole('button', { name: 'Overskredne' });
  await expect(quick.getAttribute('aria-pressed')).resolves.toBe('false');
  await quick.click();
  await sees(page, `${overdue} klager`);
  await expect(quick.getAttribute('aria-pressed')).resolves.toBe('true');
  expect(decodeURIComponent(page.url())).toMatch(/filters\[0\]\[field\]=overdue&filters\[0\]\[operator\]=eq&filters\[0\]\[value\]=true/);

  const rows = page.getByRole('row').filter({ has: page.getByRole('link', { name: /^Vis klage fra / }) });
  expect(await rows.count()).toBe(Math.min(overdue, 20));
  for (const row of await rows.all()) await expect(row.textContent()).resolves.toContain('Overskredet');
  await expectAccessible(page, 'the complaints list filtered to overdue');

  // A reload (or a link sent to a colleague) shows the same list.
  await page.reload();
  await sees(page, `${overdue} klager`);
  await expect(page.getByRole('button', { name: 'Overskredne' }).getAttribute('aria-pressed')).resolves.toBe('true');
  expect(await rows.count()).toBe(Math.min(overdue, 20));

  await page.getByRole('button', { name: 'Overskredne' }).click();
  await sees(page, `${await complaintCount()} klager`);
  expect(decodeURIComponent(page.url())).not.toContain('overdue');
});

test('a complaint is registered by keyboard, refused first without a phone number, then followed to closed', async () => {
  page = await openAs(e2e.browser, e2e.server, 'caseworker');
  await openComplaintsList();
  const before = await complaintCount();
  await page.getByRole('link', { name: 'Ny klage' }).click();
  await heading('Ny klage').waitFor();
  // The form takes input once it is ready: then the complainant's name has the focus.
  const name = page.getByLabel('Klagerens navn');
  await name.and(page.locator(':focus')).waitFor();
  await expectAccessible(page, 'the new-complaint form');

  // Only the keyboard from here to the saved complaint.
  await page.keyboard.type('Jens Klagesen');
  await page.keyboard.press('Tab'); // the phone number is left empty
  await tabTo(page.getByRole('radio', { name: 'MitID' })); // MitID is chosen already
  await tabTo(page.getByLabel('MitID-bruger-id'));
  await page.keyboard.type('jens-1234');
  await tabTo(page.getByLabel('Klagerens adresse'));
  await page.keyboard.type('Rådhuspladsen 1, 1599 København V');
  await tabTo(page.getByRole('radio', { name: 'Skranke' })); // the channel; the counter is chosen already
  await page.keyboard.press('ArrowRight'); // received by phone
  await tabTo(page.getByRole('radio', { name: 'Afslag på udstedelse' }));
  await page.keyboard.press('Space');
  await tabTo(page.getByLabel('Beskrivelse af klagen'));
  await page.keyboard.type('Jeg fik afslag på MitID, fordi mit pas var udløbet. Det nye var bestilt.');
  await tabTo(page.getByRole('button', { name: 'Gem' }));
  await page.keyboard.press('Enter');

  // The label, not the accessible name: Chromium counts antd's required mark (a CSS "*") into the name.
  const phone = page.getByLabel('Telefon', { exact: true }).and(page.getByRole('textbox'));
  const phoneItem = page.locator('.ant-form-item').filter({ has: phone });
  await sees(phoneItem, 'Feltet skal udfyldes.');
  await expect(phone.getAttribute('aria-invalid')).resolves.toBe('true');
  await expectAccessible(page, 'the form showing an error');
  expect(await complaintCount()).toBe(before); // nothing was stored

  await tabTo(phone, { backwards: true, limit: 25 });
  await page.keyboard.type('33 66 33 66');
  await page.keyboard.press('Enter');

  await heading('Klage fra Jens Klagesen').waitFor();
  expect(await complaintCount()).toBe(before + 1);
  const followUp = page.getByRole('region', { name: 'Opfølgning' });
  await sees(followUp, 'Modtaget');
  await sees(followUp, 'Ikke tildelt');
  await expectAccessible(page, 'the new complaint');

  const status = followUp.getByRole('status');
  await followUp.getByRole('button', { name: 'Tildel til mig' }).click();
  await sees(status, 'Klagen er tildelt Karen Sagsbehandler.');

  await followUp.getByRole('button', { name: 'Start behandling' }).press('Enter');
  await sees(status, 'Klagen har nu status under behandling.');
  await sees(followUp, 'Under behandling');
  // The button just used is gone; the focus is on the next step.
  const forward = followUp.getByRole('button', { name: 'Videresend til Digitaliseringsstyrelsen' });
  await forward.and(page.locator(':focus')).waitFor();

  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Videresend til Digitaliseringsstyrelsen' });
  await dialog.waitFor();
  await sees(dialog, 'Telefon: 33 92 52 00');
  await sees(dialog, 'E-mail: info@digst.dk');
  await sees(dialog, 'Brev med overskriften "Klage over NemID" til Digitaliseringsstyrelsen, Landgreven 4, 1301 København');
  await dialog.getByRole('radio', { name: /^Telefon/ }).and(page.locator(':focus')).waitFor();
  await expectAccessible(page, 'the forwarding dialog');
  await page.keyboard.press('ArrowDown'); // e-mail
  await tabTo(dialog.getByLabel('Kommentar (valgfri)'));
  await page.keyboard.type('Sendt til info@digst.dk med pasfoto.');
  await dialog.getByRole('button', { name: 'Videresend' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await sees(status, 'Klagen har nu status videresendt.');

  await followUp.getByRole('button', { name: 'Markér som besvaret' }).click();
  await sees(status, 'Klagen har nu status besvaret.');
  await followUp.getByRole('button', { name: 'Afslut' }).click();
  await sees(status, 'Klagen har nu status afsluttet.');
  await followUp.getByRole('button', { name: 'Genåbn' }).waitFor();

  const history = page.getByRole('region', { name: 'Historik' });
  await history.getByLabel('Ny kommentar').fill('Borgeren er orienteret om svaret.');
  await history.getByRole('button', { name: 'Tilføj kommentar' }).click();
  await sees(history, 'Kommentaren er tilføjet.');

  // Every step, in order, with who did it and what changed.
  const steps = await history.getByRole('listitem').allTextContents();
  const expected = [
    'Klagen er registreret',
    'Tildelt: ingen → Karen Sagsbehandler',
    'Status: modtaget → under behandling',
    'Status: under behandling → videresendt',
    'Videresendt via: ingen → E-mail',
    'Sendt til info@digst.dk med pasfoto.',
    'Status: videresendt → besvaret',
    'Status: besvaret → afsluttet',
    'Borgeren er orienteret om svaret.',
  ];
  const joined = steps.join('\n');
  let from = 0;
  for (const text of expected) {
    const at = joined.indexOf(text, from);
    expect(at, `"${text}" in the timeline after position ${from}:\n${joined}`).toBeGreaterThanOrEqual(0);
    from = at + text.length;
  }
  for (const step of steps) expect(step).toContain('Karen Sagsbehandler');
  await expectAccessible(page, 'the closed complaint with its timeline');

  await page.getByRole('link', { name: 'Brev til Digitaliseringsstyrelsen' }).click();
  await heading('Brev til Digitaliseringsstyrelsen').waitFor();
  const letter = page.getByRole('article', { name: 'Brevet' });
  await sees(letter, 'Klage over NemID');
  const text = await letter.textContent();
  for (const part of ['Digitaliseringsstyrelsen', 'Landgreven 4', '1301 København', 'Jens Klagesen', '33 66 33 66', 'jens-1234']) {
    expect(text).toContain(part);
  }
  expect(text).toMatch(/Vores reference: klage nr\. \d+/);
  await expectAccessible(page, 'the forwarding letter');

  // Printed, only the letter is left: no menu, no header, no buttons.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation').isVisible()).resolves.toBe(false);
  await expect(page.getByRole('button', { name: 'Udskriv' }).isVisible()).resolves.toBe(false);
  await expect(letter.isVisible()).resolves.toBe(true);
  await page.emulateMedia({ media: 'screen' });
});
