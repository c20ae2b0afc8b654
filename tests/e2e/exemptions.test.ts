import Database from 'better-sqlite3';
import type { Locator, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { expectAccessible, openAs } from '../support/browser.js';
import type { SeededCitizen } from '../support/citizens.js';
import { useE2eServer } from '../support/e2e.js';
import { trpc } from '../support/trpc.js';

// The API sessions file and decide requests as the earlier steps of the story do, without the browser. Citizens
// without demo visits too: a read access without a power of attorney needs a visit verified today, and is refused here.
const e2e = useE2eServer({
  loggedIn: ['caseworker', 'supervisor'],
  citizensUntouchedIn: ['visits', 'exemptions', 'read_accesses'],
});
/** The current test's page. */
let page: Page;
const reason = 'Borgeren har ingen computer og kan ikke bruge Digital Post.';

/** A citizen born 2013 or later (century digit 4): under 15, so without a digital mailbox to be exempted from. */
function pickChild(databasePath: string): SeededCitizen | undefined {
  const db = new Database(databasePath, { readonly: true });
  try {
    const rows = db.prepare('SELECT id, cpr, name FROM citizens ORDER BY id').all() as SeededCitizen[];
    return rows.find(({ cpr }) => cpr[6] === '4' && Number(cpr.slice(4, 6)) >= 13 && Number(cpr.slice(4, 6)) <= 36);
  } finally {
    db.close();
  }
}

async function sees(where: Page | Locator, text: string | RegExp) {
  await where.getByText(text).first().waitFor({ state: 'visible' });
}

const heading = (name: string | RegExp) => page.getByRole('heading', { name, level: 1 });

/** The request the first test files at the counter, filed through the API: the citizen's own, ID seen, declaration in. */
async function fileRequest(citizen: SeededCitizen): Promise<number> {
  const input = { citizenId: citizen.id, capacity: 'self', idSeen: true, declarationReceived: true };
  const filed = await trpc(e2e.server.url, 'exemptions.create', input, { cookie: e2e.cookies.caseworker });
  expect(filed.error).toBeUndefined();
  return filed.data.id as number;
}

test('a caseworker files an exemption request from the citizen page and sees no decision buttons', async () => {
  const citizen = e2e.nextCitizen();
  page = await openAs(e2e.browser, e2e.server, 'caseworker');

  await page.goto(`${e2e.server.url}/citizens/${citizen.id}`);
  await heading(citizen.name).waitFor();
  await page.getByRole('link', { name: 'Fritagelse fra Digital Post' }).click();
  await heading('Ny fritagelse').waitFor();
  // The citizen's id, never the CPR number, is in the address.
  expect(page.url()).toContain(`citizen=${citizen.id}`);
  expect(page.url()).not.toContain(citizen.cpr);
  await sees(page, citizen.name);
  await expectAccessible(page, 'the new-exemption form');

  // Without ID and declaration the schema refuses, before anything is sent.
  await page.getByRole('button', { name: 'Gem' }).click();
  await sees(page, 'Ansøgeren skal vise legitimation.');
  await sees(page, 'Borgeren skal aflevere en underskrevet erklæring.');
  await expectAccessible(page, 'the form showing errors');

  await page.getByLabel('Ansøgeren har vist legitimation').check();
  await page.getByLabel('Underskrevet erklæring modtaget').check();
  await page.getByRole('button', { name: 'Gem' }).click();

  await heading(`Fritagelse for ${citizen.name}`).waitFor();
  const exemptionId = Number(new URL(page.url()).pathname.split('/').pop());
  expect(exemptionId).toBeGreaterThan(0);
  await sees(page, 'Anmodet');
  await sees(page, 'Anmodningen afventer en afgørelse fra en supervisor.');
  expect(await page.getByRole('button', { name: 'Bevilg' }).count()).toBe(0);
  expect(await page.getByRole('button', { name: 'Afslå' }).count()).toBe(0);
  expect(await page.getByRole('link', { name: 'Afgørelsesbrev' }).count()).toBe(0);
  await expectAccessible(page, 'the new exemption, seen by a caseworker');
});

test('a supervisor finds the request in the queue of open requests and grants it', async () => {
  const citizen = e2e.nextCitizen();
  const exemptionId = await fileRequest(citizen);
  page = await openAs(e2e.browser, e2e.server, 'supervisor');

  await page.getByRole('navigation').getByRole('link', { name: 'Fritagelser' }).click();
  await heading('Fritagelser fra Digital Post').waitFor();
  const queue = page.getByRole('button', { name: 'Åbne anmodninger' });
  await queue.click();
  await expect(queue.getAttribute('aria-pressed')).resolves.toBe('true');
  expect(decodeURIComponent(page.url())).toMatch(/filters\[0\]\[field\]=status&filters\[0\]\[operator\]=eq&filters\[0\]\[value\]=requested/);
  // The rows of the unfiltered list may still show while the queue loads: wait until every row is an open request.
  const rows = page.getByRole('row').filter({ has: page.getByRole('link', { name: /^Vis fritagelse for / }) });
  const onlyOpenRequests = async () => {
    const texts = await rows.allTextContents();
    return texts.length > 0 && texts.every((text) => text.includes('Anmodet'));
  };
  await expect.poll(onlyOpenRequests, { timeout: 15_000 }).toBe(true);
  await expectAccessible(page, 'the queue of open requests');

  const ours = page.locator(`a[href="/exemptions/${exemptionId}"]`);
  if (await ours.count()) await ours.click();
  else await page.goto(`${e2e.server.url}/exemptions/${exemptionId}`); // further down the queue: oldest first
  await heading(`Fritagelse for ${citizen.name}`).waitFor();
  await expectAccessible(page, 'the request, seen by a supervisor');

  await page.getByRole('button', { name: 'Bevilg' }).click();
  const dialog = page.getByRole('dialog', { name: 'Bevilg fritagelse' });
  await dialog.waitFor();
  await expectAccessible(page, 'the grant dialog');
  // The reason is required.
  await dialog.getByRole('button', { name: 'Bevilg' }).click();
  await sees(dialog, 'Feltet skal udfyldes.');
  await dialog.getByLabel('Begrundelse').fill(reason);
  await dialog.getByLabel('Gensend de seneste 6 måneders uåbnede Digital Post på papir').check();
  await dialog.getByRole('button', { name: 'Bevilg' }).click();
  await dialog.waitFor({ state: 'hidden' });

  await sees(page.getByRole('region', { name: 'Afgørelse' }), 'Bevilget');
  await sees(page, reason);
  expect(await page.getByRole('button', { name: 'Bevilg' }).count()).toBe(0);
  await page.getByRole('button', { name: 'Tilbagekald' }).waitFor();
  await expectAccessible(page, 'the granted exemption');
});

test('the decision letter is in Danish with the decision, the reason and how to complain', async () => {
  // Granted as the previous test grants it: with the reason, and unopened Digital Post re-sent on paper.
  const citizen = e2e.nextCitizen();
  const exemptionId = await fileRequest(citizen);
  const decision = { id: exemptionId, decision: 'granted', reason, resendPaperPost: true };
  const granted = await trpc(e2e.server.url, 'exemptions.decide', decision, { cookie: e2e.cookies.supervisor });
  expect(granted.error).toBeUndefined();
  page = await openAs(e2e.browser, e2e.server, 'supervisor');
  await page.goto(`${e2e.server.url}/exemptions/${exemptionId}`);
  await heading(`Fritagelse for ${citizen.name}`).waitFor();

  await page.getByRole('link', { name: 'Afgørelsesbrev' }).click();
  await heading('Afgørelsesbrev').waitFor();
  const letter = page.getByRole('article', { name: 'Brevet' });
  await letter.waitFor();
  await expect(letter.getAttribute('lang')).resolves.toBe('da');
  const text = (await letter.textContent()) ?? '';
  expect(text).toContain('bevilget');
  expect(text).toContain(citizen.name);
  expect(text).not.toContain(citizen.cpr.slice(6)); // the CPR number is masked
  expect(text).toContain(reason);
  expect(text).toContain('bliver gensendt til dig på papir');
  expect(text).toContain('Sådan klager du');
  expect(text).toContain('inden 4 uger');
  expect(text).toContain(`referencenummer ${exemptionId}`);
  await page.getByRole('button', { name: 'Udskriv' }).waitFor();
  await expectAccessible(page, 'the decision letter');
});

test('a read access is created with a power of attorney, activated and revoked on the citizen page', async () => {
  const citizen = e2e.nextCitizen();
  page = await openAs(e2e.browser, e2e.server, 'supervisor');
  await page.goto(`${e2e.server.url}/citizens/${citizen.id}`);
  await heading(citizen.name).waitFor();
  const section = page.getByRole('region', { name: 'Læseadgange' });
  await sees(section, 'Borgeren har ingen læseadgange.');
  await expectAccessible(page, 'the citizen page with its read accesses');

  await section.getByRole('link', { name: 'Opret læseadgang' }).click();
  await heading('Opret læseadgang').waitFor();
  expect(page.url()).toContain(`citizen=${citizen.id}`);
  await page.getByLabel('Modtagerens navn').and(page.locator(':focus')).waitFor();
  await expectAccessible(page, 'the new-read-access form');

  // No visit verified today and no power of attorney: refused before anything is sent.
  await page.getByLabel('Modtagerens navn').fill('Mette Modtager');
  await page.getByLabel('Modtagerens CPR-nummer').fill('150385-2000');
  const next = new Date();
  const endsOn = `${String(next.getDate()).padStart(2, '0')}-${String(next.getMonth() + 1).padStart(2, '0')}-${next.getFullYear() + 1}`;
  await page.getByLabel('Slutdato').fill(endsOn);
  await page.getByRole('button', { name: 'Gem' }).click();
  await sees(page, /Giverens identitet skal være godkendt/);

  await page.getByLabel('Fuldmagt foreligger').check();
  await page.getByRole('button', { name: 'Gem' }).click();

  await heading(citizen.name).waitFor();
  const row = section.getByRole('row').filter({ hasText: 'Mette Modtager' });
  await sees(row, 'Anmodet');
  await expect(row.textContent()).resolves.toContain('150385-XXXX');
  await row.getByRole('button', { name: 'Aktivér læseadgang for Mette Modtager' }).click();
  await sees(row, 'Aktiv');
  await expectAccessible(page, 'the citizen page with an active read access');

  await row.getByRole('button', { name: 'Tilbagekald læseadgang for Mette Modtager' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tilbagekald læseadgang for Mette Modtager' });
  await dialog.getByLabel('Begrundelse').fill('Borgeren ønsker det ikke længere.');
  await dialog.getByRole('button', { name: 'Tilbagekald' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await sees(row, 'Tilbagekaldt');
});

test("the server's refusal is shown in the dialog: a citizen under 15 cannot be granted", async () => {
  page = await openAs(e2e.browser, e2e.server, 'supervisor');
  const child = pickChild(e2e.server.databasePath);
  expect(child, 'the demo seed has citizens from 12 years').toBeDefined();
  await page.goto(`${e2e.server.url}/exemptions/create?citizen=${child!.id}`);
  await heading('Ny fritagelse').waitFor();
  await sees(page, child!.name);
  await page.getByRole('radio', { name: 'Værge' }).check();
  await page.getByLabel('Ansøgerens navn').fill('Anna Værge');
  await page.getByLabel('Ansøgeren har vist legitimation').check();
  await page.getByRole('button', { name: 'Gem' }).click();
  await heading(`Fritagelse for ${child!.name}`).waitFor();

  await page.getByRole('button', { name: 'Bevilg' }).click();
  const dialog = page.getByRole('dialog', { name: 'Bevilg fritagelse' });
  await dialog.getByLabel('Begrundelse').fill('Forældrene ønsker papirpost.');
  await dialog.getByRole('button', { name: 'Bevilg' }).click();
  await sees(dialog, /Borgeren er under 15 år/);
  await expectAccessible(page, 'the grant dialog showing the refusal');
  await dialog.getByRole('button', { name: 'Annullér' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await sees(page.getByRole('region', { name: 'Afgørelse' }), 'Anmodet');
});
