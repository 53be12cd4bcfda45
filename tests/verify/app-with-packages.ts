/**
 * The e2e build served together with a local package folder at /pyodide-packages/, as a
 * deployment that self-hosts them would (`.mjs` as JavaScript: Pyodide's loader is an ES
 * module), one browser per test file. The build is the shared one of tests/e2e/support.
 */
import { existsSync } from 'node:fs';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launch } from '../e2e/support/browser';
import { buildApp } from '../e2e/support/build';
import { serve, type Served } from '../e2e/support/server';

export function useAppWithPackages(packages: () => string | null) {
  const state = {} as { served: Served; browser: Browser };
  beforeAll(async () => {
    const folder = packages();
    if (!folder || !existsSync(folder)) return;
    state.served = await serve(buildApp(), { '/pyodide-packages/': folder });
    state.browser = await launch();
  }, 300_000);
  afterAll(async () => {
    await state.browser?.close();
    await state.served?.close();
  });
  return {
    get url() {
      return state.served?.url;
    },
    context(): Promise<BrowserContext> {
      return state.browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    },
  };
}
