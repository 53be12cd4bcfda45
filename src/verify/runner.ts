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
import { LintCache, lintCheck, lintSettings, type LintWorkspace, type LintWorkspaceFactory } from './checks/lint';
import { beginProject, endProject, preparePython, runPythonCheck, writeProject } from './python-runtime';
import type { Watchdog } from './watchdog';
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
  /** Interrupts Python when a check runs too long (Node); the app's worker is cancelled instead. */
  watchdog?: (pyodide: PyodideInterface) => Watchdog;
}

export interface VerifyOptions {
  onProgress?: (progress: VerifyProgress) => void;
  /** A Python check still running after this long fails as timed out (needs the environment's watchdog). */
  checkTimeoutMs?: number;
}

const skipped = (summary: string) => ({ status: 'skipped' as const, details: { summary, problems: [] } });

export class VerifySession {
  private python: Promise<PyodideInterface> | undefined;
  private packages: Promise<PackagesOutcome> | undefined;
  private runs = 0;
  private watchdog: Watchdog | undefined;
  /** Forgetting the last project (its modules, its garbage), done after its report is out. */
  private cleanup: Promise<void> = Promise.resolve();
  private readonly lintCache = new LintCache();
  private readonly lintWorkspaces = new Map<string, Promise<LintWorkspace>>();
  /** The last lines Python printed (logs of the generated app, warnings). */
  readonly output: string[] = [];

  constructor(private readonly environment: PythonEnvironment) {}

  start(): Promise<PyodideInterface> {
    if (!this.python) {
      this.python = this.environment.boot().then((pyodide) => {
        preparePython(pyodide, this.output);
        this.watchdog = this.environment.watchdog?.(pyodide);
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

  /** Resolves once the last verification has cleaned up after itself. */
  settled(): Promise<void> {
    return this.cleanup;
  }

  /** Drops the booted Python (after a timeout): the next verification boots a new one. */
  private discardPython(): void {
    this.watchdog?.close();
    this.watchdog = undefined;
    this.python = undefined;
    this.packages = undefined;
  }

  private lintWorkspace(target: string): Promise<LintWorkspace> {
    let workspace = this.lintWorkspaces.get(target);
    if (!workspace) {
      workspace = Promise.resolve(this.environment.lintWorkspace(lintSettings(target)));
      this.lintWorkspaces.set(target, workspace);
      workspace.catch(() => this.lintWorkspaces.delete(target)); // a failed load is retried next run
    }
    return workspace;
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
      const ruffTarget = `py${target.replace('.', '')}`;
      const workspace = await this.lintWorkspace(ruffTarget);
      return lintCheck(files, () => workspace, this.lintCache, ruffTarget);
    });
    if (cold) report({ stage: 'python' }); // still booting, most likely
    const pyodide = await booting;
    await this.cleanup;
    const root = writeProject(pyodide, ++this.runs, files);
    let stopped: CheckName | null = null;
    const python = async (name: CheckName, payload: unknown) => {
      const watch = options.checkTimeoutMs
        ? this.watchdog?.arm(options.checkTimeoutMs, `the ${name} check`)
        : undefined;
      let outcome;
      try {
        outcome = await runPythonCheck(pyodide, name, root, payload);
      } finally {
        watch?.disarm();
      }
      if (!('interrupted' in outcome)) return outcome;
      stopped = name;
      const seconds = Math.round((options.checkTimeoutMs ?? 0) / 100) / 10;
      const summary = watch?.fired() ? `timed out after ${seconds} s` : 'interrupted';
      const message = `the ${name} check ${summary}`;
      return { status: 'failed' as const, details: { summary, problems: [{ file: null, line: null, message }] } };
    };
    beginProject(pyodide, root);
    try {
      const paths = files.filter((file) => file.path.endsWith('.py')).map((file) => file.path);
      const compiled = await timed('compile', () =>
        python('compile', { files: paths, target: target.split('.').map(Number) }),
      );
      const imports =
        compiled.status === 'passed'
          ? await timed('imports', () => python('imports', { files: paths }))
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
          if (stopped) return skipped(`not run: the ${stopped} check did not finish`);
          if (!packages.ok) return skipped(`needs Pydantic, SQLAlchemy and FastAPI: ${packages.reason}`);
          const outcome = await python(name, payload());
          if (outcome.status === 'failed' && this.output.length > 0) outcome.details.output = this.output.slice(-20);
          return outcome;
        });
        this.output.length = 0;
      }
      return { checks };
    } finally {
      if (stopped) this.discardPython();
      // After the report is returned (a macrotask later): the user reads it meanwhile, and
      // the next verification waits for it.
      else {
        this.cleanup = new Promise((resolve) =>
          setTimeout(() => {
            try {
              endProject(pyodide, root);
            } catch {
              // The next project's activation releases this one again.
            }
            resolve();
          }),
        );
      }
    }
  }
}
