/** One built app, one static server and one browser per test file. */
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launch, skipBrowserTests } from './browser';
import { buildApp } from './build';
import { serve, type Served } from './server';

export { skipBrowserTests };

export function useApp() {
  const state = {} as { server: Served; browser: Browser; url: string };
  beforeAll(async () => {
    state.server = await serve(buildApp());
    state.url = state.server.url;
    state.browser = await launch();
  });
  afterAll(async () => {
    await state.browser?.close();
    await state.server?.close();
  });
  return {
    get url() {
      return state.url;
    },
    get browser() {
      return state.browser;
    },
    /** A fresh profile: its own IndexedDB, service worker and downloads. */
    context(
      options: { width?: number; height?: number; colorScheme?: 'light' | 'dark' } = {},
    ): Promise<BrowserContext> {
      return state.browser.newContext({
        viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
        colorScheme: options.colorScheme ?? 'light',
        acceptDownloads: true,
      });
    },
  };
}

/** Collects uncaught errors of a page, so a test can assert there were none. */
export function pageErrors(page: import('playwright-core').Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}
