/**
 * What a first visit downloads before the page works: the entry script and anything
 * index.html preloads, at most 150 KB gzip. The generator, ruff and the highlighter load
 * later (worker chunk, wasm, dynamic import) and must not be among them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildApp } from './support/build';

describe('initial bundle', () => {
  it('keeps the initial JavaScript under 150 KB gzip, heavy parts out of it', () => {
    const dist = buildApp();
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    const scripts = [
      ...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\/?([^"]+\.js)"/g),
    ].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    const code = scripts.map((path) => readFileSync(join(dist, path)));
    const gzip = code.reduce((sum, bytes) => sum + gzipSync(bytes, { level: 9 }).length, 0);
    console.log(`initial JS: ${scripts.join(', ')}: ${(gzip / 1024).toFixed(1)} KiB gzip`);
    expect(gzip).toBeLessThanOrEqual(150 * 1024);
    const text = code.map((bytes) => bytes.toString('utf8')).join('\n');
    expect(text).not.toContain('registerHelper'); // Handlebars runtime: worker only
    expect(text).not.toContain('ruff_wasm'); // ruff: worker only
    expect(scripts.some((path) => path.includes('highlight'))).toBe(false);
  });
});
