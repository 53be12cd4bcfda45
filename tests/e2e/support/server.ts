/**
 * A static server for the build: real MIME types (wasm, manifest, `.mjs` for Pyodide's ES
 * module loader), SPA fallback, a free port on loopback. `mounts` serve other folders under a
 * path prefix (e.g. `/pyodide-packages/`), as a self-hosting deployment would; they have no fallback.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

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
  '.map': 'application/json',
  '.zip': 'application/zip',
};

export interface Served {
  url: string;
  close(): Promise<void>;
}

/** The file a path names: under a mount (or 404), else under the build with SPA fallback; null outside its root. */
function fileFor(root: string, mounts: Record<string, string>, pathname: string): string | null {
  const prefix = Object.keys(mounts).find((mount) => pathname.startsWith(mount));
  const base = prefix ? mounts[prefix]! : root;
  const file = normalize(join(base, prefix ? pathname.slice(prefix.length) : pathname));
  if (!file.startsWith(base)) return null;
  if (existsSync(file) && statSync(file).isFile()) return file;
  return prefix ? null : join(root, 'index.html');
}

export async function serve(root: string, mounts: Record<string, string> = {}): Promise<Served> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = fileFor(root, mounts, path);
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    const headers: Record<string, string> = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
    // The service worker script must never come from the HTTP cache, as on a real host.
    if (file.endsWith('sw.js') || file.endsWith('index.html')) headers['cache-control'] = 'no-cache';
    response.writeHead(200, headers);
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    // "localhost" is a secure context, so the service worker registers over plain HTTP.
    url: `http://localhost:${port}/`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
