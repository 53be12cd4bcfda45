/** Share links between browser profiles, persistence across reloads, and two tabs on one project. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'fflate';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { decodeSpecPayload, payloadFromHash } from '../../src/share/link';
import { ROOT } from './support/build';
import { pageErrors, skipBrowserTests, useApp } from './support/suite';
import { download, openStep, readDownload, saved } from './support/ui';

const EXAMPLE = join(ROOT, 'tests/fixtures/specs/examples/users-orders.json');
const example = JSON.parse(readFileSync(EXAMPLE, 'utf8'));

async function importExample(page: Page) {
  await page.locator('input[type=file]').setInputFiles(EXAMPLE);
  await page.getByRole('heading', { name: 'order_desk' }).waitFor();
}

const projectNames = async (page: Page) => {
  await page.locator('.project-list').waitFor();
  return page.locator('.project-open').allInnerTexts();
};

describe.skipIf(skipBrowserTests)('projects in the browser', () => {
  const app = useApp();

  it('sends a project through a share link into a fresh profile', async () => {
    const sender = await app.context();
    const page = await sender.newPage();
    await page.goto(app.url);
    await importExample(page);
    await page.getByRole('button', { name: 'Share link' }).first().click();
    const link = await page.locator('#share-url').inputValue();
    expect(link.startsWith(`${app.url}#spec=1.`)).toBe(true);
    expect(JSON.parse(decodeSpecPayload(payloadFromHash(new URL(link).hash)!))).toEqual(example);
    await sender.close();

    const receiver = await app.context();
    const other = await receiver.newPage();
    const errors = pageErrors(other);
    await other.goto(link);
    const dialog = other.getByRole('dialog', { name: 'Open a shared project?' });
    await dialog.getByText('3 entities: User, Customer, Order').waitFor();
    expect(new URL(other.url()).hash).toBe('');
    await dialog.getByRole('button', { name: 'Open as a new project' }).click();
    await other.getByRole('heading', { name: 'order_desk' }).waitFor();
    await openStep(other, /Review/);
    const spec = await download(other, () => other.getByRole('button', { name: 'Download spec (JSON)' }).click());
    expect(JSON.parse((await readDownload(spec)).toString('utf8'))).toEqual(example);
    await saved(other);
    await other.getByRole('button', { name: '← Projects' }).click();
    expect(await projectNames(other)).toEqual(['order_desk']);

    // A damaged link and one that inflates past 1 MiB: explained, and nothing saved changes.
    await other.evaluate(() => (location.hash = '#spec=1.not*base64'));
    const broken = other.getByRole('dialog', { name: 'This link cannot be opened' });
    await broken.getByText(/not base64url/).waitFor();
    await broken.getByRole('button', { name: 'OK' }).click();
    const bomb = Buffer.from(deflateSync(new Uint8Array(3 * 1024 * 1024).fill(32))).toString('base64url');
    await other.goto(`${app.url}#spec=1.${bomb}`);
    await other.getByRole('dialog', { name: 'This link cannot be opened' }).getByText(/1 MiB/).waitFor();
    await other.keyboard.press('Escape');
    expect(await projectNames(other)).toEqual(['order_desk']);
    expect(errors).toEqual([]);
    await receiver.close();
  });

  it('keeps edits across a reload and reopens the last project', async () => {
    const context = await app.context();
    const page = await context.newPage();
    await page.goto(app.url);
    await importExample(page);
    await page.getByLabel('What does the business do?').fill('Edited before the reload.');
    await saved(page);
    await page.reload();
    await page.getByRole('heading', { name: 'order_desk' }).waitFor();
    expect(await page.getByLabel('What does the business do?').inputValue()).toBe('Edited before the reload.');
    await context.close();
  });

  it('shares edits between two tabs and never overwrites the other tab’s work', async () => {
    const context = await app.context();
    const one = await context.newPage();
    await one.goto(app.url);
    await importExample(one);
    const two = await context.newPage();
    await two.goto(app.url); // reopens the last project: both tabs edit the same one
    await two.getByRole('heading', { name: 'order_desk' }).waitFor();

    await one.getByLabel('What does the business do?').fill('Changed in tab one.');
    await saved(one);
    await expect.poll(() => two.getByLabel('What does the business do?').inputValue()).toBe('Changed in tab one.');
    await two.getByText('This project was updated in another tab.').waitFor();

    // Both tabs edit before either saves: the first save wins, the second becomes a copy.
    await one.getByLabel('What does the business do?').fill('Tab one wins.');
    await two.getByLabel('What does the business do?').fill('Tab two is kept too.');
    await two.getByText(/Both versions are kept/).waitFor();
    await saved(one);
    await saved(two);
    await one.getByRole('button', { name: '← Projects' }).click();
    await expect
      .poll(() => projectNames(one))
      .toEqual(expect.arrayContaining(['order_desk', 'order_desk (conflicting copy)']));
    await one.getByRole('button', { name: 'order_desk', exact: true }).click();
    expect(await one.getByLabel('What does the business do?').inputValue()).toBe('Tab one wins.');
    await one.getByRole('button', { name: '← Projects' }).click();
    await one.getByRole('button', { name: 'order_desk (conflicting copy)', exact: true }).click();
    expect(await one.getByLabel('What does the business do?').inputValue()).toBe('Tab two is kept too.');
    await context.close();
  });
});
