import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';

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

/** Logs in on the login page as a demo staff member, and waits until the app shows them logged in. */
export async function logIn(page: Page, username: string): Promise<void> {
  await page.getByLabel('Brugernavn').waitFor();
  await page.getByLabel('Brugernavn').fill(username);
  await page.getByLabel('Adgangskode').fill('skranke-demo');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Log ud' }).waitFor();
}
