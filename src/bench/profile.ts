/**
 * `node src/build/run-ts.mjs src/bench/profile.ts <check> [entities]`: cProfile of one
 * Python check on a warm session (the top functions by cumulative time).
 */
import { generateProject } from '../generator';
import { nodePythonFormatter } from '../generator/python-format/node';
import { buildViewModel } from '../generator/view-model';
import { configuredPackageFolder } from '../packages/local';
import { parseSpecText } from '../spec';
import { expectedEndpoints } from '../verify/cases/endpoints';
import { modelsPayload } from '../verify/cases/models';
import { schemaCases } from '../verify/cases/schemas';
import { nodeVerifySession } from '../verify/node';
import { writeProject } from '../verify/python-runtime';
import { syntheticSpec } from './specs';

export async function main(argv: string[]): Promise<number> {
  const name = argv[0] ?? 'app';
  const parsed = parseSpecText(JSON.stringify(syntheticSpec(Number(argv[1] ?? 20))));
  if (!parsed.ok) throw new Error('bad spec');
  const spec = parsed.spec;
  const files = generateProject(spec, nodePythonFormatter(spec.project.pythonVersion));
  const session = nodeVerifySession(configuredPackageFolder());
  await session.verify(spec, files);
  await session.verify(spec, files);
  const pyodide = await session.start();
  const vm = buildViewModel(spec);
  const python = files.filter((f) => f.path.endsWith('.py')).map((f) => f.path);
  const payloads: Record<string, unknown> = {
    compile: { files: python, target: [3, 12] },
    imports: { files: python },
    schemas: schemaCases(vm),
    models: modelsPayload(vm),
    app: { endpoints: expectedEndpoints(vm) },
  };
  const root = writeProject(pyodide, 999, files);
  const order = ['compile', 'imports', 'schemas', 'models', 'app'];
  const before = order.slice(0, order.indexOf(name));
  const globals = pyodide.toPy({
    check_name: name,
    project_root: root,
    payload: JSON.stringify(payloads[name]),
    before: pyodide.toPy(before.map((n) => [n, JSON.stringify(payloads[n])])),
  });
  const out = await pyodide.runPythonAsync(
    PROFILE.replace('SORT', argv[2] ?? 'cumulative').replace('LIMIT', argv[3] ?? '45'),
    { globals },
  );
  console.log(out);
  return 0;
}

const PROFILE = `
import cProfile, pstats, io, time
from backsmith_verify.main import run, begin, end
begin(project_root)
for other, data in before:
    await run(other, project_root, data)
profiler = cProfile.Profile()
t = time.perf_counter()
profiler.enable()
await run(check_name, project_root, payload)
profiler.disable()
elapsed = time.perf_counter() - t
end()
buffer = io.StringIO()
stats = pstats.Stats(profiler, stream=buffer).sort_stats('SORT')
stats.print_stats(LIMIT)
f"elapsed {elapsed:.3f}\\n" + buffer.getvalue()
`;
