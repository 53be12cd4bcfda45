#!/usr/bin/env node
// Builds the CLI with Vite (`--mode cli` in vite.config.ts, so templates are precompiled
// exactly as for the app), then runs it. The build is redone on every call so the CLI
// never runs stale code, into a folder of its own so concurrent runs cannot collide.
import { rmSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));
const outDir = `${root}.cache/cli/${process.pid}`;
try {
  await build({ root, mode: 'cli', logLevel: 'silent', build: { outDir } });
  const { main } = await import(pathToFileURL(`${outDir}/backsmith.mjs`).href);
  process.exitCode = await main(process.argv.slice(2));
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
