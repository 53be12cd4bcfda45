/**
 * The PWA: once the service worker has precached the app (the generator worker and ruff's
 * WebAssembly included), the site opens, edits and generates with the network off.
 */
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/build';
import { pageErrors, skipBrowserTests, useApp } from './support/suite';
import { download, openStep, readDownload, saved } from './support/ui';

const EXAMPLE = join(ROOT, 'tests/fixtures/specs/examples/users-orders.json');

describe.skipIf(skipBrowserTests)('offline', () => {
  const app = useApp();

  it('reloads, opens a project and downloads its ZIP without a network', async () => {
    const context = await app.context();
    const page = await context.newPage();
    await page.goto(app.url);
    const manifest = await page.evaluate(async () =>
      (await fetch(document.querySelector<HTMLLinkElement>('link[rel=manifest]')!.href)).json(),
    );
    expect(manifest).toMatchObject({ name: 'Backsmith', display: 'standalone' });
    expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(
      expect.arrayContaining(['192x192', '512x512']),
    );
    // `ready` resolves once the worker is active, that is after it precached every file.
    const precached = await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      const names = await caches.keys();
      const urls = (
        await Promise.all(names.map(async (n) => (await (await caches.open(n)).keys()).map((r) => r.url)))
      ).flat();
      return urls.map((u) => new URL(u).pathname);
    });
    expect(precached.some((p) => /generator\.worker-.*\.js$/.test(p))).toBe(true);
    expect(precached.some((p) => /ruff_wasm_bg-.*\.wasm$/.test(p))).toBe(true);
    await page.getByText('Backsmith now works offline.').waitFor();

    await page.locator('input[type=file]').setInputFiles(EXAMPLE);
    await page.getByRole('heading', { name: 'order_desk' }).waitFor();
    await saved(page);
    await page.getByRole('button', { name: '← Projects' }).click();

    await context.setOffline(true);
    const errors = pageErrors(page);
    await page.reload();
    await page.getByRole('status').filter({ hasText: 'Offline' }).waitFor();
    await page.getByRole('button', { name: 'order_desk', exact: true }).click();
    await openStep(page, /Review/);
    await page.getByRole('navigation', { name: 'Generated files' }).waitFor({ timeout: 90_000 });

    // Ctrl+Space opens the preview, Esc closes it, Ctrl+Enter downloads.
    await page.keyboard.press('Control+Space');
    const preview = page.getByRole('dialog', { name: 'Preview of the generated project' });
    await preview.getByRole('button', { name: 'pyproject.toml' }).click();
    await preview.getByText('[project]').first().waitFor();
    await page.keyboard.press('Escape');
    await preview.waitFor({ state: 'hidden' });
    const zip = await download(page, () => page.keyboard.press('Control+Enter'));
    const entries = unzipSync(await readDownload(zip));
    expect(Object.keys(entries)).toContain('order_desk/backsmith.json');
    expect(Object.keys(entries)).toContain('order_desk/app/models/order.py');
    expect(errors).toEqual([]);
    // The network really is off: only what the service worker cached answers.
    expect(
      await page.evaluate(() =>
        fetch(`/probe-${Date.now()}.txt`).then(
          () => 'answered',
          () => 'failed',
        ),
      ),
    ).toBe('failed');
    await context.close();
  });
});
