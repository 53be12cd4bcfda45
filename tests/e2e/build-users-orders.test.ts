/**
 * The users-orders example built through the form alone (typing and clicking), downloaded as
 * a ZIP from the worker, and compared entry by entry, byte by byte, with the CLI's ZIP.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/build';
import { pageErrors, skipBrowserTests, useApp } from './support/suite';
import { addEntity, download, entityEditor, openStep, readDownload, relationRow, saved } from './support/ui';

const EXAMPLE = join(ROOT, 'tests/fixtures/specs/examples/users-orders.json');

function cliZip(): Buffer {
  const out = join(mkdtempSync(join(tmpdir(), 'backsmith-e2e-')), 'cli.zip');
  execFileSync('npm', ['run', '-s', 'backsmith', '--', 'generate', EXAMPLE, '--zip', out], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  return readFileSync(out);
}

describe.skipIf(skipBrowserTests)('building users-orders in the browser', () => {
  const app = useApp();

  it('yields the same ZIP as the CLI, entry for entry and byte for byte', async () => {
    const context = await app.context();
    const page = await context.newPage();
    const errors = pageErrors(page);
    await page.goto(app.url);

    await page.getByRole('button', { name: 'New project' }).click();
    await page.getByLabel('Project name').fill('order_desk');
    await page
      .getByLabel('What does the business do?')
      .fill('Staff take customer orders and track them until delivery.');
    await page.getByLabel('Python version').selectOption('3.12');
    await page.getByLabel('Database').selectOption('postgresql');
    await page.getByLabel('Authentication').selectOption('jwt');

    await openStep(page, /Entities/);
    await addEntity(page, 'User', [
      { name: 'full_name', options: { 'Max length': '120' } },
      {
        name: 'team',
        type: 'enum',
        flags: ['Filterable'],
        options: { 'Values (comma-separated)': 'sales, support, ops', Default: 'sales' },
      },
    ]);
    await addEntity(page, 'Customer', [
      { name: 'email', type: 'email', flags: ['Required', 'Unique', 'Filterable'] },
      { name: 'name', options: { 'Max length': '120' }, flags: ['Required', 'Sortable', 'Filterable'] },
      {
        name: 'role',
        type: 'enum',
        flags: ['Filterable'],
        options: { 'Values (comma-separated)': 'admin, user, viewer', Default: 'user' },
      },
    ]);
    await addEntity(
      page,
      'Order',
      [
        {
          name: 'reference',
          flags: ['Required', 'Unique'],
          options: { 'Max length': '32', 'Pattern (regex)': '^ORD-[0-9]{6}$' },
        },
        {
          name: 'total',
          type: 'decimal',
          flags: ['Required', 'Sortable', 'Filterable'],
          options: { Precision: '12', Scale: '2', Minimum: '0' },
        },
        {
          name: 'status',
          type: 'enum',
          flags: ['Filterable'],
          options: { 'Values (comma-separated)': 'new paid shipped delivered cancelled', Default: 'new' },
        },
        { name: 'placed_at', type: 'datetime', flags: ['Sortable', 'Filterable'], autoNow: 'create' },
        { name: 'notes', type: 'text' },
      ],
      { softDelete: true },
    );
    await expect.poll(() => entityEditor(page).locator('.field-card').count()).toBe(5);

    await page.getByRole('button', { name: 'Add relation' }).click();
    await relationRow(page, 0).getByLabel(/^From/).selectOption('Customer');
    await relationRow(page, 0).getByLabel(/^To/).selectOption('Order');
    await relationRow(page, 0).getByLabel('Required').check();
    await page.getByRole('button', { name: 'Add relation' }).click();
    await relationRow(page, 1).getByLabel(/^From/).selectOption('User');
    await relationRow(page, 1).getByLabel(/^To/).selectOption('Order');
    await relationRow(page, 1).getByLabel('Name on User').fill('handled_orders');
    await relationRow(page, 1).getByLabel('Name on Order').fill('handler');
    // No problem left in this step: the summary lists none.
    await expect.poll(() => page.locator('.summary').allInnerTexts()).toEqual([]);

    await openStep(page, /API/);
    await page.getByLabel('Pagination').selectOption('offset');
    await page.getByLabel('WebSocket events on every change').check();
    await page.getByLabel(/^Docker/).check();
    await page.getByLabel('GitLab CI').check();
    await page.getByLabel('CircleCI').check();
    await page.getByLabel('Kubernetes manifests').check();
    await page.getByRole('cell', { name: '/api/v1/orders/{id}' }).first().waitFor();

    await openStep(page, /Review/);
    const zip = await download(page, () => page.getByRole('button', { name: 'Download ZIP' }).click());
    expect(zip.suggestedFilename()).toBe('order_desk.zip');
    const browserZip = await readDownload(zip);
    await saved(page);

    const fromCli = unzipSync(cliZip());
    const fromBrowser = unzipSync(browserZip);
    expect(Object.keys(fromBrowser)).toEqual(Object.keys(fromCli));
    for (const [name, bytes] of Object.entries(fromCli)) {
      expect(Buffer.from(fromBrowser[name]!).toString('utf8'), name).toBe(Buffer.from(bytes).toString('utf8'));
    }
    expect(Buffer.compare(browserZip, cliZip())).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
