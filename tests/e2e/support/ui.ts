/** Driving the app like a person: labels, roles and buttons, no internal APIs. */
import type { Download, Locator, Page } from 'playwright-core';

export async function openStep(page: Page, name: RegExp): Promise<void> {
  await page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name }).click();
}

export const entityEditor = (page: Page) => page.locator('.entity-editor');
export const fieldRow = (page: Page, index: number) => entityEditor(page).locator(`[data-field-index="${index}"]`);
export const relationRow = (page: Page, index: number) => page.locator(`[data-relation-index="${index}"]`);

/** Waits until the open project reports "Saved". */
export async function saved(page: Page): Promise<void> {
  await page.locator('.save-state', { hasText: /^Saved$/ }).waitFor();
}

export interface FieldInput {
  name: string;
  type?: string;
  flags?: ('Required' | 'Unique' | 'Index' | 'Filterable' | 'Sortable')[];
  options?: Record<string, string>;
  autoNow?: string;
}

/** Fills one field row; flags not listed are left unticked. */
export async function fillField(row: Locator, field: FieldInput): Promise<void> {
  await row.getByLabel('Field name').fill(field.name);
  if (field.type) await row.getByLabel('Type', { exact: true }).selectOption(field.type);
  for (const flag of ['Required', 'Unique', 'Index', 'Filterable', 'Sortable'] as const) {
    await row.getByLabel(flag, { exact: true }).setChecked(field.flags?.includes(flag) ?? false);
  }
  if (field.autoNow) await row.getByLabel('Set by the server').selectOption(field.autoNow);
  for (const [label, value] of Object.entries(field.options ?? {})) {
    const input = row.getByLabel(label, { exact: true });
    await input.fill('');
    await input.pressSequentially(value);
  }
}

/** Adds an entity (the app seeds it with a `name` field) and fills its fields. */
export async function addEntity(page: Page, name: string, fields: FieldInput[], extra: { softDelete?: boolean } = {}) {
  await page.getByRole('button', { name: 'Add entity' }).click();
  await entityEditor(page).getByLabel('Entity name').fill(name);
  if (extra.softDelete)
    await entityEditor(page)
      .getByLabel(/Soft delete/)
      .check();
  for (const [index, field] of fields.entries()) {
    if (index > 0) await entityEditor(page).getByRole('button', { name: 'Add field' }).click();
    await fillField(fieldRow(page, index), field);
  }
}

export async function download(page: Page, action: () => Promise<unknown>): Promise<Download> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), action()]);
  return file;
}

export async function readDownload(file: Download): Promise<Buffer> {
  const stream = await file.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
