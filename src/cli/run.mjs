#!/usr/bin/env node
// Builds the CLI with Vite (`--mode cli` in vite.config.ts, so templates are precompiled
// exactly as for the app) into .cache/cli/, then runs it. The build is redone on every
// call so the CLI never runs stale code.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));
await build({ root, mode: 'cli', logLevel: 'silent' });
const { main } = await import(pathToFileURL(`${root}.cache/cli/backsmith.mjs`).href);
process.exitCode = main(process.argv.slice(2));
