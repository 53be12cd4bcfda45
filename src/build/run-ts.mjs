#!/usr/bin/env node
// Runs a TypeScript entry that exports `main(argv): Promise<number>`, bundled first by Vite
// (`--mode cli` in vite.config.ts, so templates are precompiled exactly as for the app).
// The build is redone on every call so nothing runs stale code, into a folder of its own so
// concurrent runs cannot collide. Usage: node src/build/run-ts.mjs <entry.ts> [args…]
import { rmSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));
const [entry, ...args] = process.argv.slice(2);
const outDir = `${root}.cache/run/${process.pid}`;
try {
  await build({ root, mode: 'cli', logLevel: 'silent', build: { ssr: entry, outDir } });
  const { main } = await import(pathToFileURL(`${outDir}/backsmith.mjs`).href);
  process.exitCode = await main(args);
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
