/**
 * `node src/build/run-ts.mjs src/bench/warm.ts [entities] [runs]`: warm re-runs of the
 * synthetic spec in one session, per check, to see where a re-run's time goes.
 */
import { performance } from 'node:perf_hooks';
import { generateProject } from '../generator';
import { nodePythonFormatter } from '../generator/python-format/node';
import { configuredPackageFolder } from '../packages/local';
import { parseSpecText } from '../spec';
import { nodeVerifySession } from '../verify/node';
import { syntheticSpec } from './specs';

export async function main(argv: string[]): Promise<number> {
  const entities = Number(argv[0] ?? 20);
  const runs = Number(argv[1] ?? 5);
  const parsed = parseSpecText(JSON.stringify(syntheticSpec(entities)));
  if (!parsed.ok) throw new Error('bad spec');
  const spec = parsed.spec;
  const files = generateProject(spec, nodePythonFormatter(spec.project.pythonVersion));
  const session = nodeVerifySession(configuredPackageFolder());
  const totals: number[] = [];
  for (let run = 0; run <= runs; run++) {
    await session.settled();
    const started = performance.now();
    const cpu = process.cpuUsage();
    const cpuOf: Record<string, number> = {};
    let mark = process.cpuUsage();
    const report = await session.verify(spec, files, {
      onProgress: (p) => {
        if (p.stage === 'check') mark = process.cpuUsage();
        if (p.stage === 'checked') {
          const used = process.cpuUsage(mark);
          cpuOf[p.result.name] = Math.round((used.user + used.system) / 1000);
        }
      },
    });
    const total = performance.now() - started;
    const used = process.cpuUsage(cpu);
    const cpuMs = (used.user + used.system) / 1000;
    if (run > 0) totals.push(total);
    const cells = report.checks.map(
      (c) => `${c.name} ${c.status === 'passed' ? '' : c.status + ' '}${c.durationMs}/${cpuOf[c.name]}`,
    );
    console.log(
      `${run === 0 ? 'cold' : 'warm'} ${Math.round(total)} ms (CPU ${Math.round(cpuMs)} ms): ${cells.join(', ')}`,
    );
    for (const c of report.checks)
      if (c.status === 'failed') console.log(JSON.stringify(c.details.problems).slice(0, 500));
  }
  totals.sort((a, b) => a - b);
  console.log(`median warm ${Math.round(totals[Math.floor(totals.length / 2)]!)} ms`);
  return 0;
}
