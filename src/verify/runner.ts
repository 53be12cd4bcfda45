/**
 * One verification session: Python booted once, packages loaded once, any number of
 * projects verified in it. The CLI, the tests and the app's worker all use this class;
 * only the environment (how Python boots and where packages come from) differs.
 */
import type { PyodideInterface } from 'pyodide';
import type { GeneratedFile } from '../generator';
import { buildViewModel } from '../generator/view-model';
import type { Spec } from '../spec';
import { expectedEndpoints } from './cases/endpoints';
import { modelsPayload } from './cases/models';
import { schemaCases } from './cases/schemas';
import { lintCheck, lintSettings, type LintWorkspaceFactory } from './checks/lint';
import { preparePython, removeProject, runPythonCheck, writeProject } from './python-runtime';
import type { CheckDetails, CheckName, CheckResult, CheckStatus, VerifyProgress, VerifyReport } from './types';

export type PackagesOutcome = { ok: true } | { ok: false; reason: string };

export interface PythonEnvironment {
  /** Pyodide with its core only. */
  boot(): Promise<PyodideInterface>;
  /** Installs what checks 4–6 import; reports bytes as they arrive. */
  loadPackages(
    pyodide: PyodideInterface,
    onBytes: (loaded: number, total: number | null) => void,
  ): Promise<PackagesOutcome>;
  lintWorkspace: LintWorkspaceFactory;
}

export interface VerifyOptions {
  onProgress?: (progress: VerifyProgress) => void;
}

const skipped = (summary: string) => ({ status: 'skipped' as const, details: { summary, problems: [] } });

export class VerifySession {
  private python: Promise<PyodideInterface> | undefined;
  private packages: Promise<PackagesOutcome> | undefined;
  private runs = 0;
  /** The last lines Python printed (logs of the generated app, warnings). */
  readonly output: string[] = [];

  constructor(private readonly environment: PythonEnvironment) {}

  start(): Promise<PyodideInterface> {
    if (!this.python) {
      this.python = this.environment.boot().then((pyodide) => {
        preparePython(pyodide, this.output);
        return pyodide;
      });
      // A boot that failed (offline, say) is tried again by the next run.
      this.python.catch(() => (this.python = undefined));
    }
    return this.python;
  }

  private loadPackages(pyodide: PyodideInterface, report: (p: VerifyProgress) => void): Promise<PackagesOutcome> {
    if (!this.packages) {
      this.packages = this.environment.loadPackages(pyodide, (loadedBytes, totalBytes) =>
        report({ stage: 'packages', loadedBytes, totalBytes }),
      );
      // A failed load (offline, say) is retried by the next run.
      void this.packages.then((outcome) => {
        if (!outcome.ok) this.packages = undefined;
      });
    }
    return this.packages;
  }

  async verify(spec: Spec, files: GeneratedFile[], options: VerifyOptions = {}): Promise<VerifyReport> {
    const report = options.onProgress ?? (() => {});
    const checks: CheckResult[] = [];
    const timed = async (name: CheckName, work: () => Promise<{ status: CheckStatus; details: CheckDetails }>) => {
      report({ stage: 'check', name });
      const started = performance.now();
      const outcome = await work();
      const result: CheckResult = { name, ...outcome, durationMs: Math.round(performance.now() - started) };
      checks.push(result);
      report({ stage: 'checked', result });
      return result;
    };
    const vm = buildViewModel(spec);
    const target = spec.project.pythonVersion;
    const cold = !this.python;
    if (cold) report({ stage: 'python' });
    const booting = this.start();
    booting.catch(() => {}); // awaited below; lint must not wait for it
    await timed('lint', async () => {
      const workspace = await this.environment.lintWorkspace(lintSettings(`py${target.replace('.', '')}`));
      return lintCheck(files, workspace);
    });
    if (cold) report({ stage: 'python' }); // still booting, most likely
    const pyodide = await booting;
    const root = writeProject(pyodide, ++this.runs, files);
    try {
      const python = files.filter((file) => file.path.endsWith('.py')).map((file) => file.path);
      const compiled = await timed('compile', () =>
        runPythonCheck(pyodide, 'compile', root, { files: python, target: target.split('.').map(Number) }),
      );
      const imports =
        compiled.status === 'passed'
          ? await timed('imports', () => runPythonCheck(pyodide, 'imports', root, { files: python }))
          : await timed('imports', async () => skipped('not run: some files do not compile'));
      const blocked = [compiled, imports].find((check) => check.status !== 'passed');
      const later: [CheckName, () => unknown][] = [
        ['schemas', () => schemaCases(vm)],
        ['models', () => modelsPayload(vm)],
        ['app', () => ({ endpoints: expectedEndpoints(vm) })],
      ];
      if (blocked) {
        for (const [name] of later) await timed(name, async () => skipped(`not run: the ${blocked.name} check failed`));
        return { checks };
      }
      const packages = await this.loadPackages(pyodide, report);
      for (const [name, payload] of later) {
        await timed(name, async () => {
          if (!packages.ok) return skipped(`needs Pydantic, SQLAlchemy and FastAPI: ${packages.reason}`);
          const outcome = await runPythonCheck(pyodide, name, root, payload());
          if (outcome.status === 'failed' && this.output.length > 0) outcome.details.output = this.output.slice(-20);
          return outcome;
        });
        this.output.length = 0;
      }
      return { checks };
    } finally {
      removeProject(pyodide, root);
    }
  }
}
