/** The project list on real IndexedDB: create, rename, duplicate, delete with undo, export, damaged records, no IndexedDB. */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { pageErrors, skipBrowserTests, useApp } from './support/suite';
import { download, readDownload, saved } from './support/ui';

const names = async (page: Page) => {
  await page.locator('.project-list').waitFor();
  return page.locator('.project-open').allInnerTexts();
};

async function newProject(page: Page, typed: string) {
  await page.getByRole('button', { name: 'New project' }).click();
  await page.getByLabel('Project name').fill(typed);
  await saved(page);
  await page.getByRole('button', { name: '← Projects' }).click();
}

describe.skipIf(skipBrowserTests)('the project list', () => {
  const app = useApp();

  it('creates, renames, duplicates, deletes with undo and exports projects', async () => {
    const context = await app.context();
    const page = await context.newPage();
    const errors = pageErrors(page);
    await page.goto(app.url);
    await newProject(page, 'Shop API');
    await newProject(page, 'clinic');
    expect((await names(page)).sort()).toEqual(['Shop API', 'clinic']);

    await page.getByRole('button', { name: 'Rename clinic' }).click();
    await page.getByLabel('Project name').fill('Dental Clinic');
    await page.getByRole('dialog').getByText('dental_clinic').waitFor();
    await page.getByRole('button', { name: 'Rename', exact: true }).click();
    await expect.poll(async () => (await names(page)).sort()).toEqual(['Dental Clinic', 'Shop API']);

    await page.getByRole('button', { name: 'Duplicate Shop API' }).click();
    await expect.poll(async () => (await names(page)).sort()).toEqual(['Dental Clinic', 'Shop API', 'Shop API (copy)']);

    await page.getByRole('button', { name: 'Delete Dental Clinic' }).click();
    await expect.poll(async () => (await names(page)).sort()).toEqual(['Shop API', 'Shop API (copy)']);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await names(page)).sort()).toEqual(['Dental Clinic', 'Shop API', 'Shop API (copy)']);

    const one = await download(page, () => page.getByRole('button', { name: 'Export Dental Clinic as JSON' }).click());
    expect(one.suggestedFilename()).toBe('dental-clinic.json');
    expect(JSON.parse((await readDownload(one)).toString())).toEqual({
      specVersion: 1,
      project: { name: 'dental_clinic', title: 'Dental Clinic' },
      entities: [],
      relations: [],
      api: {},
      deploy: {},
    });
    const all = await download(page, () => page.getByRole('button', { name: 'Export all' }).click());
    const bundle = JSON.parse((await readDownload(all)).toString());
    expect(bundle.projects.map((p: { name: string }) => p.name).sort()).toEqual([
      'Dental Clinic',
      'Shop API',
      'Shop API (copy)',
    ]);
    expect(errors).toEqual([]);

    // A corrupt record in IndexedDB is shown apart, with its data; the other projects stay.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('backsmith');
          open.onsuccess = () => {
            const tx = open.result.transaction('projects', 'readwrite');
            tx.objectStore('projects').put({ schemaVersion: 1, id: 'x', name: 7 }, 'project:corrupt');
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await page.reload();
    await page.getByText('One saved project could not be read').waitFor();
    expect((await names(page)).length).toBe(3);
    const raw = await download(page, () => page.getByRole('button', { name: 'Download its data' }).click());
    expect(JSON.parse((await readDownload(raw)).toString())).toEqual({ schemaVersion: 1, id: 'x', name: 7 });
    await page.getByRole('button', { name: 'Delete it' }).click();
    await page.getByText('One saved project could not be read').waitFor({ state: 'detached' });
    await context.close();
  });

  it('says so when IndexedDB is unavailable, and still lets the user work and download', async () => {
    const context = await app.context();
    await context.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', {
        get() {
          throw new DOMException('IndexedDB is disabled by policy', 'SecurityError');
        },
      });
    });
    const page = await context.newPage();
    await page.goto(app.url);
    await page.getByText('Projects are not being saved.').waitFor();
    await page.getByRole('button', { name: 'New project' }).click();
    await page.getByLabel('Project name').fill('scratch');
    const spec = await download(page, () => page.getByRole('button', { name: 'Download this spec (JSON)' }).click());
    expect(JSON.parse((await readDownload(spec)).toString()).project.name).toBe('scratch');
    await context.close();
  });
});
