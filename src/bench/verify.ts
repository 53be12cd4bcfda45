/**
 * Verification timings for `npm run bench` (src/bench/main.ts prints them): the same
 * sessions the CLI uses, in Node. Three runs per spec: "cold" is the first Python of the
 * process (runtime compiled, packages read); "cached" a fresh Python once the files are
 * cached (the browser's second visit); "warm" the same Python verifying again (median of
 * five, each after the previous run's cleanup, as when a user reads the report first).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateProject } from '../generator';
import { nodePythonFormatter } from '../generator/python-format/node';
import { configuredPackageFolder, readPackageFolder } from '../packages/local';
import { parseSpecText, type Spec } from '../spec';
import { nodeVerifySession } from '../verify/node';
import type { VerifySession } from '../verify/runner';
import { syntheticSpec } from './specs';

export const VERIFY_BENCH_HEADER = [
  '| spec | run | total | Python start | packages | lint | compile | imports | schemas | models | app |',
  '|---|---|---|---|---|---|---|---|---|---|---|',
];

const ms = (value: number) => `${Math.round(value)} ms`;

function spec(text: string): Spec {
  const result = parseSpecText(text);
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return result.spec;
}

async function timedRun(session: VerifySession, target: Spec, label: string, run: string): Promise<string> {
  const files = generateProject(target, nodePythonFormatter(target.project.pythonVersion));
  await session.settled(); // a user reads the previous report meanwhile
  const started = performance.now();
  await session.start();
  const booted = performance.now();
  const report = await session.verify(target, files);
  const finished = performance.now();
  const checks = report.checks.reduce((sum, check) => sum + check.durationMs, 0);
  // Lint runs before Python is awaited; what the checks do not account for is loading packages.
  const packages = Math.max(0, finished - booted - checks);
  const cells = report.checks.map((check) => (check.status === 'skipped' ? 'skipped' : ms(check.durationMs)));
  return `| ${label} | ${run} | ${ms(finished - started)} | ${ms(booted - started)} | ${ms(packages)} | ${cells.join(' | ')} |`;
}

/** The median of five warm runs in one session (after one run that warms it, when asked). */
async function medianRun(
  session: VerifySession,
  target: () => Spec,
  label: string,
  run: string,
  warmUp = false,
): Promise<string> {
  if (warmUp) await timedRun(session, target(), label, run);
  const rows: [number, string][] = [];
  for (let i = 0; i < 5; i++) {
    const row = await timedRun(session, target(), label, run);
    rows.push([Number(/\| (\d+) ms \|/.exec(row)![1]), row]);
  }
  return rows.sort((a, b) => a[0] - b[0])[2]![1];
}

/**
 * Markdown rows under VERIFY_BENCH_HEADER, and a note saying where packages came from
 * (checks 4–6 are skipped without a package folder: `npm run packages`).
 */
export async function verifyBenchRows(examplesDir: string): Promise<{ rows: string[]; note: string }> {
  const folder = configuredPackageFolder();
  let packages: string | null = null;
  let note = 'No package folder (npm run packages): checks 4–6 skipped.';
  if (folder) {
    const local = readPackageFolder(folder);
    packages = local.dir;
    note = `Packages from ${local.dir} (${(local.bytes / 1024 / 1024).toFixed(1)} MB).`;
  }
  const cases: [string, Spec][] = [
    ['users-orders', spec(readFileSync(join(examplesDir, 'users-orders.json'), 'utf8'))],
    ['synthetic, 20 entities', spec(JSON.stringify(syntheticSpec(20)))],
  ];
  const rows: string[] = [];
  for (const [index, [label, target]] of cases.entries()) {
    const first = nodeVerifySession(packages);
    rows.push(await timedRun(first, target, label, index === 0 ? 'cold' : 'new Python'));
    rows.push(await timedRun(nodeVerifySession(packages), target, label, 'cached'));
    rows.push(await medianRun(first, () => target, label, 'warm'));
  }
  // A re-run after an edit: one field of one entity changed, so most files are unchanged.
  let edit = 0;
  const edited = () => {
    const raw = JSON.parse(JSON.stringify(syntheticSpec(20))) as { entities: { fields: Record<string, unknown>[] }[] };
    raw.entities[0]!.fields[0]!.maxLength = 100 + ++edit; // the first entity's `name`
    return spec(JSON.stringify(raw));
  };
  rows.push(
    await medianRun(nodeVerifySession(packages), edited, 'synthetic, 20 entities', 'warm, one field edited', true),
  );
  return { rows, note };
}
