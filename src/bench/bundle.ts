/** Builds the app and measures what a first visit downloads before the page is usable. */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = 'dist';

/** Entry scripts and modulepreloads referenced by index.html. */
function initialScripts(html: string): string[] {
  const refs = [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\/?([^"]+\.js)"/g)];
  return refs.map((m) => m[1]!);
}

export async function measureBundle(): Promise<{ rows: string[]; initialGzip: number }> {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' });
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const initial = new Set(initialScripts(html));
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  let initialGzip = 0;
  const rows: string[] = [];
  for (const name of readdirSync(join(DIST, 'assets')).sort()) {
    if (name.endsWith('.map')) continue;
    const bytes = readFileSync(join(DIST, 'assets', name));
    const gzip = gzipSync(bytes, { level: 9 }).length;
    const isInitial = initial.has(`assets/${name}`);
    if (isInitial) initialGzip += gzip;
    rows.push(`| ${name}${isInitial ? ' (initial)' : ''} | ${kb(bytes.length)} | ${kb(gzip)} |`);
  }
  return { rows, initialGzip };
}
