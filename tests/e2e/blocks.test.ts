import { todayIso } from '@skranke/domain';
import type { Locator, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { expectAccessible, openAs, recordAddresses } from '../support/browser.js';
import { verifyVisitNow, type SeededCitizen } from '../support/citizens.js';
import { useE2eServer } from '../support/e2e.js';
import { trpc } from '../support/trpc.js';

/**
 * Blocking a MitID and reopening it in Chromium [seed; pub, eIDAS]: a caseworker takes a blocking request for the
 * MitID of a citizen verified earlier today (NemID is offered, and says at once that it is shut down); the
 * earlier visit can then no longer issue a code; a new visit verifies the citizen again, the block is reopened
 * from it on the block's page, and only then is a code issued. Each step is a test of its own, with its own
 * citizen brought to where the step begins through the API.
 */

const e2e = useE2eServer({ loggedIn: ['caseworker'], citizensUntouchedIn: ['temporary_codes', 'blocks'] });
/** The current test's page, logged in as the caseworker. */
let page: Page;

async function sees(where: Page | Locator, text: string | RegExp) {
  await where.getByText(text).first().waitFor({ state: 'visible' });
}

const heading = (name: string | RegExp) => page.getByRole('heading', { name, level: 1 });
const reopenRegion = () => page.getByRole('region', { name: 'Genåbn MitID' });
const todayDanish = () => {
  const d = new Date();
  return `${String(d.getDate()).padStart(2, '0')}.${String(d.getMonth() + 1).padStart(2, '0')}.${d.getFullYear()}`;
};

/**
 * Where the first test leaves its citizen, reached through the API: verified at the counter earlier today (visits
 * are set up through the API: the counter flow has its own test, visits.test.ts), then the MitID blocked by the
 * app at BETYDELIG for phishing.
 */
async function blockedAfterVisit(citizen: SeededCitizen): Promise<{ earlierVisitId: number; blockId: number }> {
  const earlierVisitId = await verifyVisitNow(e2e.server.url, e2e.cookies.caseworker, citizen.id);
  const block = await trpc(
    e2e.server.url,
    'blocks.create',
    {
      citizenId: citizen.id,
      credential: 'mitId',
      credentialLevel: 'BETYDELIG',
      misuse: 'phishing',
      description: 'Borgeren har godkendt et login, som borgeren ikke selv startede.',
      reportedOn: todayIso(new Date()),
      route: 'mitIdApp',
      blockConfirmed: true,
      policeReport: 'advised',
    },
    { cookie: e2e.cookies.caseworker },
  );
  expect(block.error).toBeUndefined();
  return { earlierVisitId, blockId: block.data.id as number };
}

test('a caseworker blocks a MitID by the MitID app at the level it had; NemID says at once it is shut down', async () => {
  const citizen = e2e.nextCitizen();
  await verifyVisitNow(e2e.server.url, e2e.cookies.caseworker, citizen.id); // verified before the block: the block voids it for a code
  page = await openAs(e2e.browser, e2e.server, 'caseworker');
  const { visited } = recordAddresses(page);
  await page.goto(`${e2e.server.url}/citizens/${citizen.id}`);
  await heading(citizen.name).waitFor();
  await page.getByRole('link', { name: `Spær MitID for ${citizen.name}` }).click();
  await heading('Ny spærring').waitFor();
  expect(page.url()).toContain(`citizenId=${citizen.id}`);

  // MitID and the level BETYDELIG are chosen to begin with; MitID support is a number to call.
  await expect(page.getByRole('radio', { name: 'MitID', exact: true }).isChecked()).resolves.toBe(true);
  await expect(page.getByRole('radio', { name: 'BETYDELIG' }).isChecked()).resolves.toBe(true);
  await expect(page.getByRole('link', { name: '33 98 00 12' }).getAttribute('href')).resolves.toBe('tel:+4533980012');
  await expectAccessible(page, 'the new blocking request form');

  // NemID is offered, and says at once that there is nothing to block, with the date; no route is offered.
  await page.getByRole('radio', { name: 'NemID' }).check();
  const closed = page.getByRole('alert').filter({ hasText: 'Der er intet NemID at spærre' });
  await closed.waitFor();
  await expect(closed.textContent()).resolves.toContain('NemID blev lukket 31.10.2023');
  await expect(page.getByRole('radiogroup', { name: 'Spærret via' }).count()).resolves.toBe(0);
  await expect(page.getByRole('radio', { name: 'I MitID-appen' }).count()).resolves.toBe(0);
  await expect(page.getByRole('button', { name: 'Registrér spærring' }).isDisabled()).resolves.toBe(true);
  await expectAccessible(page, 'the blocking request form with NemID chosen');

  await page.getByRole('radio', { name: 'MitID', exact: true }).check();
  await page.getByRole('radio', { name: 'I MitID-appen' }).waitFor();
  // Without the block confirmed nothing is sent.
  await page.getByRole('button', { name: 'Registrér spærring' }).click();
  await sees(page, 'Spær loginmidlet nu ad den valgte vej, og bekræft, at det er gjort.');

  await page.getByRole('radio', { name: 'I MitID-appen' }).check();
  await page.getByLabel('Loginmidlet er spærret ad den valgte vej').check();
  await page.getByRole('radio', { name: 'Phishing eller svindel' }).check();
  await page.getByLabel('Beskrivelse').fill('Borgeren har godkendt et login, som borgeren ikke selv startede.');
  await page.getByRole('radio', { name: 'Anbefalet borgeren' }).check();
  await page.getByRole('button', { name: 'Registrér spærring' }).click();

  await heading(`Spærring for ${citizen.name}`).waitFor();
  const blockId = Number(new URL(page.url()).pathname.split('/').pop());
  expect(blockId).toBeGreaterThan(0);
  const details = page.locator('.ant-descriptions');
  await sees(details, 'I MitID-appen');
  await expect(details.textContent()).resolves.toContain('BETYDELIG');

  // Active, and how it is reopened: a new verification at the counter at BETYDELIG. The earlier visit is no candidate.
  const region = reopenRegion();
  await sees(region, 'Aktiv');
  await sees(region, 'Et spærret MitID genåbnes efter en ny identitetskontrol ved skranken på niveau BETYDELIG');
  await expect(region.getByRole('button', { name: /Genåbn/ }).count()).resolves.toBe(0);
  const start = region.getByRole('link', { name: 'Start ny betjening' });
  await expect(start.getAttribute('href')).resolves.toBe(`/visits/new?citizen=${citizen.id}`);
  await expectAccessible(page, 'the active block');

  const stored = await trpc(e2e.server.url, 'blocks.get', { id: blockId }, { cookie: e2e.cookies.caseworker });
  expect(stored.data).toMatchObject({ credential: 'mitId', credentialLevel: 'BETYDELIG', route: 'mitIdApp', status: 'active', reopenCandidates: [] });

  for (const url of visited) expect(url).not.toContain(citizen.cpr);
});

test('the visit verified before the block can no longer issue a code, and says why', async () => {
  const citizen = e2e.nextCitizen();
  const { earlierVisitId } = await blockedAfterVisit(citizen);
  page = await openAs(e2e.browser, e2e.server, 'caseworker');
  const { visited } = recordAddresses(page);
  await page.goto(`${e2e.server.url}/visits/${earlierVisitId}`);
  await heading(`Betjening af ${citizen.name}`).waitFor();
  await page.getByRole('button', { name: 'Udsted kode' }).click();
  const dialog = page.getByRole('dialog', { name: 'Udsted midlertidig kode' });
  await dialog.waitFor();
  await dialog.getByRole('button', { name: 'Udsted kode' }).click();
  await sees(dialog.getByRole('alert'), /Borgeren har fået registreret en spærring .*, efter at identiteten blev godkendt/);
  await expect(page.getByRole('dialog', { name: 'Koden er udstedt' }).count()).resolves.toBe(0);
  await dialog.getByRole('button', { name: 'Annullér' }).click();
  await dialog.waitFor({ state: 'hidden' });

  for (const url of visited) expect(url).not.toContain(citizen.cpr);
});

test('a new visit verified after the block reopens it on the block page; only then is a code issued', async () => {
  const citizen = e2e.nextCitizen();
  const { earlierVisitId, blockId } = await blockedAfterVisit(citizen);
  page = await openAs(e2e.browser, e2e.server, 'caseworker');
  const { visited } = recordAddresses(page);

  const newVisitId = await verifyVisitNow(e2e.server.url, e2e.cookies.caseworker, citizen.id);
  // Verified again, yet still blocked: it is the reopening that lets a code be issued, nothing else.
  const early = await trpc(
    e2e.server.url,
    'codes.issue',
    { visitId: newVisitId, kind: 'mitIdActivation' },
    { cookie: e2e.cookies.caseworker, locale: 'da' },
  );
  expect(early.error?.message).toBe('Borgerens MitID er spærret. Genåbn spærringen fra en ny godkendt betjening, før der udstedes en kode.');

  await page.goto(`${e2e.server.url}/blocks/${blockId}`);
  await heading(`Spærring for ${citizen.name}`).waitFor();
  const region = reopenRegion();
  await sees(region, `Betjening nr. ${newVisitId}: Aktiveringskode, godkendt på niveau BETYDELIG`);
  // Only the visit after the block is offered.
  await expect(region.getByRole('button', { name: /Genåbn MitID fra betjening/ }).count()).resolves.toBe(1);
  await expect(region.getByText(`Betjening nr. ${earlierVisitId}:`).count()).resolves.toBe(0);
  await expectAccessible(page, 'the active block with a visit to reopen it from');

  await region.getByRole('button', { name: `Genåbn MitID fra betjening nr. ${newVisitId}` }).click();
  await sees(page, 'MitID-spærringen er genåbnet.');
  await sees(region, 'Genåbnet');
  await sees(region, /Genåbnet \d{2}\.\d{2}\.\d{4} \d{2}:\d{2} af Karen Sagsbehandler\./);
  await expect(region.getByRole('link', { name: `Betjening nr. ${newVisitId}` }).getAttribute('href')).resolves.toBe(`/visits/${newVisitId}`);
  await expect(region.getByRole('button', { name: /Genåbn/ }).count()).resolves.toBe(0);
  await expect(region.getByRole('link', { name: 'Start ny betjening' }).count()).resolves.toBe(0);
  await expectAccessible(page, 'the reopened block');

  const stored = await trpc(e2e.server.url, 'blocks.get', { id: blockId }, { cookie: e2e.cookies.caseworker });
  expect(stored.data).toMatchObject({ status: 'reopened', reopenVisitId: newVisitId, reopenedByName: 'Karen Sagsbehandler' });

  // The code, from the new visit's page.
  await page.goto(`${e2e.server.url}/visits/${newVisitId}`);
  await heading(`Betjening af ${citizen.name}`).waitFor();
  await page.getByRole('button', { name: 'Udsted kode' }).click();
  const dialog = page.getByRole('dialog', { name: 'Udsted midlertidig kode' });
  await dialog.waitFor();
  await dialog.getByRole('button', { name: 'Udsted kode' }).click();
  const issued = page.getByRole('dialog', { name: 'Koden er udstedt' });
  await issued.waitFor();
  await issued.getByRole('button', { name: 'Luk' }).click();
  await issued.waitFor({ state: 'hidden' });

  for (const url of visited) expect(url).not.toContain(citizen.cpr);
});

test('the citizen page shows the block as reopened, not as active; the list filters by status', async () => {
  // Where the previous test leaves its citizen: the block reopened from a new visit, which then issued a code.
  const citizen = e2e.nextCitizen();
  const { blockId } = await blockedAfterVisit(citizen);
  const newVisitId = await verifyVisitNow(e2e.server.url, e2e.cookies.caseworker, citizen.id);
  const reopened = await trpc(e2e.server.url, 'blocks.reopen', { id: blockId, visitId: newVisitId }, {
    cookie: e2e.cookies.caseworker,
  });
  expect(reopened.error).toBeUndefined();
  const code = await trpc(e2e.server.url, 'codes.issue', { visitId: newVisitId, kind: 'mitIdActivation' }, {
    cookie: e2e.cookies.caseworker,
  });
  expect(code.error).toBeUndefined();
  page = await openAs(e2e.browser, e2e.server, 'caseworker');
  const { visited } = recordAddresses(page);

  await page.goto(`${e2e.server.url}/citizens/${citizen.id}`);
  await heading(citizen.name).waitFor();
  await sees(page, new RegExp(`Spærringen fra ${todayDanish()} \\(Phishing eller svindel\\) er genåbnet`));
  await expect(page.getByText(`Spærring anmodet ${todayDanish()}`).count()).resolves.toBe(0);
  await expect(page.locator('.ant-alert-error').filter({ hasText: 'Spærring' }).count()).resolves.toBe(0);
  await expectAccessible(page, 'the citizen page with a reopened block');

  await page.goto(`${e2e.server.url}/blocks?filters[0][field]=status&filters[0][operator]=eq&filters[0][value]=reopened`);
  await heading('Spærringer').waitFor();
  const row = page.getByRole('row').filter({ has: page.locator(`a[href="/blocks/${blockId}"]`) });
  await sees(row, 'Genåbnet');
  await expect(row.textContent()).resolves.toContain('I MitID-appen');
  // Filtered: every request in the list is reopened.
  const statuses = await page.getByRole('row').allTextContents();
  expect(statuses.length).toBeGreaterThan(1);
  expect(statuses.slice(1).every((text) => text.includes('Genåbnet') && !text.includes('Aktiv'))).toBe(true);
  await expectAccessible(page, 'the list of reopened blocks');

  for (const url of visited) expect(url).not.toContain(citizen.cpr);
});
