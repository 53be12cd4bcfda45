/**
 * `npm run bench`: measures generation speed and app size, and writes docs/performance.md.
 * Timings are medians over repeated runs on this machine; tests never assert timings.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateProject, renderProject } from '../generator';
import { nodePythonFormatter } from '../generator/python-format/node';
import { zipProject } from '../generator/zip';
import { parseSpecText, type Spec } from '../spec';
import { measureBundle } from './bundle';
import { syntheticSpec } from './specs';
import { VERIFY_BENCH_HEADER, verifyBenchRows } from './verify';

const EXAMPLES = join(process.cwd(), 'tests/fixtures/specs/examples');

function median(run: () => void, times: number): number {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)]!;
}

function specFrom(text: string): Spec {
  const result = parseSpecText(text);
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return result.spec;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' / ');

export async function main(): Promise<number> {
  const loadBefore = load();
  const cases: [string, string][] = [
    ...['minimal', 'users-orders', 'saas'].map(
      (n) => [n, readFileSync(join(EXAMPLES, `${n}.json`), 'utf8')] as [string, string],
    ),
    ...[20, 200].map((n) => [`synthetic, ${n} entities`, JSON.stringify(syntheticSpec(n))] as [string, string]),
  ];
  const rows: string[] = [];
  for (const [name, text] of cases) {
    const spec = specFrom(text);
    const runs = spec.entities.length > 50 ? 3 : 15;
    const formatter = nodePythonFormatter(spec.project.pythonVersion);
    const files = generateProject(spec, formatter);
    const zip = zipProject(spec.project.name, files);
    rows.push(
      `| ${name} | ${files.length} | ${ms(median(() => parseSpecText(text), runs))} | ${ms(median(() => renderProject(spec), runs))} | ` +
        `${ms(median(() => generateProject(spec, formatter), runs))} | ${ms(median(() => zipProject(spec.project.name, files), runs))} | ${kb(zip.length)} |`,
    );
    console.log(rows.at(-1));
  }
  const verify = await verifyBenchRows(EXAMPLES);
  const bundle = await measureBundle();
  const loadAfter = load();
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  const report = `# Performance

Measured by \`npm run bench\` (src/bench/) at commit ${commit} on ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'},
${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}. Load average (1 / 5 / 15 min) ${loadBefore} when the bench
started and ${loadAfter} when it ended: the machine is shared, and a load above the number of cores
slows every timing here. Timings are medians; they vary between machines and are never asserted in tests.

## Generation (Node, the CLI's path)

| spec | files | validate | render | render + ruff format | ZIP | ZIP size |
|---|---|---|---|---|---|---|
${rows.join('\n')}

"render" is the pure template pass; "render + ruff format" is what the CLI and the app do
(ruff's WebAssembly build sorts imports and formats every Python file).

## Verification (Pyodide in Node, the same Python code as the app's worker)

${[...VERIFY_BENCH_HEADER, ...verify.rows].join('\n')}

${verify.note} "warm" is the median of five re-runs in the same session, each started once the
previous one has cleaned up (it does so right after returning its report, while the user reads it);
"warm, one field edited" re-runs after changing one field of one entity, so the files that did not
change skip lint, compile and the import analysis (results cached by content) while checks 4–6 run in full.

## App size (production build)

| what | raw | gzip |
|---|---|---|
${bundle.rows.join('\n')}

Initial JavaScript (entry chunk and its static imports, loaded before the page is usable):
**${kb(bundle.initialGzip)} gzip** (budget: 150 KB). The generator worker and ruff's
WebAssembly load only when a project is generated.
`;
  writeFileSync('docs/performance.md', report);
  console.log(`\nwrote docs/performance.md (initial JS ${kb(bundle.initialGzip)} gzip)`);
  return 0;
}
