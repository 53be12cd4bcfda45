/**
 * Verification in Chromium: Pyodide in the module worker loads Pydantic, SQLAlchemy and
 * FastAPI from the app's self-hosted package folder and verifies the users-orders example;
 * then, with the network off, the service worker's caches let it verify again, both after a
 * first run and after "Make verification available offline". Needs a package folder
 * (`npm run packages`); without one the test skips, except under CI=true when one is configured.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { configuredPackageFolder, readPackageFolder } from '../../src/packages/local';
import { useAppWithPackages } from '../verify/app-with-packages';
import { ROOT } from './support/build';
import { screenshot } from './support/browser';
import { pageErrors, skipBrowserTests } from './support/suite';
import { openStep, saved } from './support/ui';

const EXAMPLE = join(ROOT, 'tests/fixtures/specs/examples/users-orders.json');
const folder = configuredPackageFolder();
const broken = (() => {
  try {
    if (folder) readPackageFolder(folder);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
})();
const skip = skipBrowserTests || !folder || (broken !== null && process.env.CI !== 'true');

/** Opens the app controlled by its service worker (installed, precached, page reloaded). */
async function controlledPage(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

async function openExampleReview(page: Page): Promise<void> {
  await page.locator('input[type=file]').setInputFiles(EXAMPLE);
  await page.getByRole('heading', { name: 'order_desk' }).waitFor();
  await saved(page);
  await openStep(page, /Review/);
}

const badge = (page: Page) => page.locator('.verify-badge');

/** Clicks Verify and waits until it ends; returns the stages the progress line showed. */
async function verify(page: Page): Promise<string[]> {
  const stages = new Set<string>();
  const started = Date.now();
  await page.getByRole('button', { name: /^Verify( again)?$/ }).click();
  await page.locator('.verify-badge[data-verification=running]').waitFor({ timeout: 60_000 });
  const progress = page.locator('.verify-progress');
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline && (await badge(page).getAttribute('data-verification')) === 'running') {
    const text = (await progress.textContent()) ?? '';
    if (text) stages.add(text.replace(/[\d.]+ MB/g, 'n MB'));
    await page.waitForTimeout(100);
  }
  const outcome = (await progress.textContent()) ?? '';
  if (outcome.startsWith('Verification failed to run')) throw new Error(outcome);
  console.log(`verification took ${Date.now() - started} ms`);
  return [...stages];
}

async function expectAllPassed(page: Page): Promise<void> {
  const details = await page
    .locator('.verify-check')
    .evaluateAll((items) =>
      items.map((item) => `${item.getAttribute('data-check')}: ${item.querySelector('.verify-status')?.textContent}`),
    );
  expect(details).toEqual(['lint', 'compile', 'imports', 'schemas', 'models', 'app'].map((n) => `${n}: passed`));
  await expect.poll(() => badge(page).getAttribute('data-verification')).toBe('verified');
}

describe.skipIf(skip)('verification in the browser', () => {
  const app = useAppWithPackages(() => folder);

  it('the package folder is complete', () => expect(broken).toBeNull());

  it('verifies users-orders from the self-hosted folder, then again offline', async () => {
    const context = await app.context();
    const page = await context.newPage();
    const errors = pageErrors(page);
    await controlledPage(page, app.url);
    await openExampleReview(page);
    await expect.poll(() => badge(page).getAttribute('data-verification')).toBe('unverified');
    expect(await badge(page).textContent()).toContain('Not verified');

    const stages = await verify(page);
    await expectAllPassed(page);
    expect(stages).toContain('Starting Python…');
    expect(stages.some((s) => s.startsWith('Loading Pydantic, SQLAlchemy and FastAPI: n MB of n MB'))).toBe(true);
    expect(stages.some((s) => /^Running the (schemas|models|app) check…$/.test(s))).toBe(true);
    await page.locator('summary', { hasText: 'CREATE TABLE for postgresql' }).click();
    await page.getByText('CREATE TABLE orders (').first().waitFor();
    await screenshot(page, 'verify-passed');
    // The same worker again: Python and its packages are loaded already.
    expect((await verify(page)).some((stage) => stage.startsWith('Loading Pydantic'))).toBe(false);
    await expectAllPassed(page);

    // Everything Python fetched is in the service worker's cache now: verify with no network.
    await page.getByRole('button', { name: '← Projects' }).click();
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('button', { name: 'order_desk', exact: true }).click();
    await openStep(page, /Review/);
    await verify(page);
    await expectAllPassed(page);
    expect(errors).toEqual([]);
    await context.close();
  }, 400_000);

  it('cancel stops Python at once; "available offline" caches everything ahead of time', async () => {
    const context = await app.context();
    const page = await context.newPage();
    await controlledPage(page, app.url);
    await openExampleReview(page);
    await page.getByRole('button', { name: 'Verify', exact: true }).click();
    await page.getByRole('button', { name: 'Cancel verification' }).click();
    await page.locator('.verify-progress', { hasText: 'Verification cancelled.' }).waitFor();
    await expect.poll(() => badge(page).getAttribute('data-verification')).toBe('unverified');

    await page.getByRole('button', { name: 'Make verification available offline' }).click();
    await page
      .getByText(/^Verification works offline now \(\d+ files from the self-hosted source cached\)\.$/)
      .waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: '← Projects' }).click();
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('button', { name: 'order_desk', exact: true }).click();
    await openStep(page, /Review/);
    await verify(page);
    await expectAllPassed(page);
    await context.close();
  }, 400_000);
});
