import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect, onTestFinished } from 'vitest';
import type { RunningServer } from './server.js';

/** Debian's chromium, started as this machine's closed network needs (no background calls home). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Runs axe-core (WCAG 2.1 A and AA) once the page has stopped moving, and fails with a readable list. The
 * tests' browsers ask for reduced motion (the app then turns antd's fades off); any animation left is waited
 * for, as axe would otherwise measure the contrast of a colour on its way. So is a button or table still showing
 * its loading state (antd dims them while a request runs): axe measures the page the user reads, once settled.
 */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('.ant-btn-loading, .ant-spin-spinning'));
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const problems = result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(problems, `accessibility problems on ${where}`).toEqual([]);
}

/** The demo counter staff (password skranke-demo): both land on the dashboard when they log in. */
export type CounterStaff = 'caseworker' | 'supervisor';

/**
 * A fresh browser context showing the login page, closed when the test that opened it finishes: no session,
 * storage, language or open dialog carries over from another test, so any test can run alone. Danish, with reduced
 * motion (see expectAccessible), on a Danish counter's clock, so "today" in the browser and on the server agree,
 * also just after midnight. For the tests of logging in itself; the others use openAs.
 */
export async function openLoginPage(browser: Browser, server: Pick<RunningServer, 'url'>): Promise<Page> {
  const context = await browser.newContext({ locale: 'da-DK', reducedMotion: 'reduce', timezoneId: 'Europe/Copenhagen' });
  onTestFinished(() => context.close());
  const page = await context.newPage();
  await page.goto(server.url);
  await page.getByLabel('Brugernavn').waitFor();
  return page;
}

/** A fresh page as openLoginPage's, with `username` logged in through the login page and on the home page. */
export async function openAs(browser: Browser, server: Pick<RunningServer, 'url'>, username: CounterStaff): Promise<Page> {
  const page = await openLoginPage(browser, server);
  await page.getByLabel('Brugernavn').fill(username);
  await page.getByLabel('Adgangskode').fill('skranke-demo');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Log ud' }).waitFor();
  await page.getByRole('heading', { name: 'Overblik', level: 1 }).waitFor();
  return page;
}

/**
 * Every address the page asks for (requests) and shows (navigations, also the app's own pushState, which end up in
 * the browser's history) from now on: a CPR number or a code must be in none of them.
 */
export function recordAddresses(page: Page): { requested: string[]; visited: string[] } {
  const addresses = { requested: [] as string[], visited: [] as string[] };
  page.on('request', (request) => addresses.requested.push(request.url()));
  page.on('framenavigated', (frame) => addresses.visited.push(frame.url()));
  return addresses;
}
