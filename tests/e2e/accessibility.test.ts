/**
 * axe-core (WCAG 2.1 A and AA) on every step and dialog, in light and dark, at desktop and
 * 360 px widths; screenshots of each go to test-results/screenshots/ for a person to look at.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axe, screenshot } from './support/browser';
import { ROOT } from './support/build';
import { skipBrowserTests, useApp } from './support/suite';
import { entityEditor, fieldRow, openStep } from './support/ui';

const EXAMPLE = join(ROOT, 'tests/fixtures/specs/examples/saas.json');

const LAYOUTS = [
  { name: 'desktop', width: 1280, height: 900, colorScheme: 'light' as const },
  { name: 'desktop-dark', width: 1280, height: 900, colorScheme: 'dark' as const },
  { name: 'mobile', width: 360, height: 740, colorScheme: 'light' as const },
];

describe.skipIf(skipBrowserTests)('accessibility and layout', () => {
  const app = useApp();

  it.each(LAYOUTS)('has no axe violations on any step or dialog ($name)', async (layout) => {
    const context = await app.context(layout);
    const page = await context.newPage();
    const problems: string[] = [];
    const check = async (view: string) => {
      await page.waitForTimeout(150); // let transitions and live regions settle
      await screenshot(page, `${layout.name}-${view}`);
      for (const violation of await axe(page)) problems.push(`[${view}] ${violation}`);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      if (overflow > 0) problems.push(`[${view}] the page scrolls sideways by ${overflow}px`);
    };
    await page.goto(app.url);
    await page.getByRole('heading', { name: 'Your projects' }).waitFor();
    await check('projects-empty');

    await page.locator('input[type=file]').setInputFiles(EXAMPLE);
    await page.getByRole('heading', { name: 'Tenant Hub' }).waitFor();
    await check('step1-basics');
    await openStep(page, /Entities/);
    await entityEditor(page).waitFor();
    await check('step2-entities');
    // A problem shows next to its input and in the step summary.
    await fieldRow(page, 0).getByLabel('Field name').fill('class');
    await page.locator('.summary').waitFor();
    await check('step2-with-problem');
    await fieldRow(page, 0).getByLabel('Field name').fill('name');
    await openStep(page, /API/);
    await check('step3-api');
    await openStep(page, /Review/);
    await page.getByRole('navigation', { name: 'Generated files' }).waitFor({ timeout: 90_000 });
    await check('review');

    await page.getByRole('button', { name: 'Share link' }).first().click();
    await page.getByRole('dialog', { name: 'Share this project' }).waitFor();
    await check('dialog-share');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Space');
    await page.getByRole('dialog', { name: 'Preview of the generated project' }).getByRole('region').waitFor();
    await check('dialog-preview');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: '← Projects' }).click();
    await page.getByRole('button', { name: 'Rename Tenant Hub' }).click();
    await check('dialog-rename');
    await page.keyboard.press('Escape');
    await page.locator('input[type=file]').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"specVersion": 1, "project": {"name": "class"}}'),
    });
    await page.getByRole('dialog', { name: 'This file cannot be imported' }).waitFor();
    await check('dialog-import-error');
    await page.keyboard.press('Escape');
    await check('projects-list');

    const link = await openShareDialogLink(page);
    await page.goto(link);
    await page.getByRole('dialog', { name: 'Open a shared project?' }).waitFor();
    await check('dialog-shared-link');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('can be used with the keyboard alone: focus is visible and reaches the steps', async () => {
    const context = await app.context();
    const page = await context.newPage();
    await page.goto(app.url);
    await page.getByRole('heading', { name: 'Your projects' }).waitFor();
    await page.keyboard.press('Tab'); // skip link
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('New project');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).toBe('solid');
    await page.keyboard.press('Enter');
    await page.getByLabel('Project name').waitFor();
    await page.getByRole('button', { name: /Next: Entities/ }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Add entity' }).focus();
    await page.keyboard.press('Enter');
    await entityEditor(page).getByLabel('Entity name').waitFor();
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).id)).toBe('in-entities-0-name');
    await context.close();
  });
});

async function openShareDialogLink(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Tenant Hub', exact: true }).click();
  await page.getByRole('button', { name: 'Share link' }).first().click();
  const link = await page.locator('#share-url').inputValue();
  await page.keyboard.press('Escape');
  return link;
}
