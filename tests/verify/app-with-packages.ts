/**
 * The e2e build served together with a local package folder at /pyodide-packages/, as a
 * deployment that self-hosts them would (`.mjs` as JavaScript: Pyodide's loader is an ES
 * module), one browser per test file. The build is the shared one of tests/e2e/support.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launch } from '../e2e/support/browser';
import { buildApp } from '../e2e/support/build';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.zip': 'application/zip',
};

/** Files under `/pyodide-packages/` come from `packages`, the rest from `dist` (SPA fallback). */
function fileFor(dist: string, packages: string, pathname: string): string | null {
  const [root, rest] = pathname.startsWith('/pyodide-packages/')
    ? [packages, pathname.slice('/pyodide-packages/'.length)]
    : [dist, pathname];
  const file = normalize(join(root, rest));
  if (!file.startsWith(root)) return null;
  if (existsSync(file) && statSync(file).isFile()) return file;
  return root === dist ? join(dist, 'index.html') : null;
}

async function serveWithPackages(dist: string, packages: string): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = fileFor(dist, packages, pathname);
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    const headers: Record<string, string> = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
    if (file.endsWith('sw.js') || file.endsWith('index.html')) headers['cache-control'] = 'no-cache';
    response.writeHead(200, headers);
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://localhost:${(server.address() as AddressInfo).port}/`, server };
}

export function useAppWithPackages(packages: () => string | null) {
  const state = {} as { url: string; server: Server; browser: Browser };
  beforeAll(async () => {
    const folder = packages();
    if (!folder || !existsSync(folder)) return;
    Object.assign(state, await serveWithPackages(buildApp(), folder));
    state.browser = await launch();
  }, 300_000);
  afterAll(async () => {
    await state.browser?.close();
    await new Promise((resolve) => (state.server ? state.server.close(resolve) : resolve(undefined)));
  });
  return {
    get url() {
      return state.url;
    },
    context(): Promise<BrowserContext> {
      return state.browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    },
  };
}
