/**
 * The Node environment of a verification (CLI, tests, bench): Pyodide from node_modules,
 * packages from a local folder (`--packages <dir>`), ruff's Node build for the lint.
 */
import { PositionEncoding, Workspace } from '@astral-sh/ruff-wasm-nodejs';
import { Worker } from 'node:worker_threads';
import { loadPyodide, type PyodideInterface } from 'pyodide';
import { REQUIRED_PACKAGES } from '../packages/config';
import { readPackageFolder, type LocalPackages } from '../packages/local';
import { pyodideDirectory } from '../packages/node-pyodide';
import type { LintWorkspace } from './checks/lint';
import { VerifySession, type PythonEnvironment } from './runner';
import { threadWatchdog } from './watchdog';

export const NO_PACKAGES_REASON = 'no package folder was given (verify --packages <dir>; `npm run packages` fills one)';

/** Imports that prove the packages work, not just that their files unpacked. */
export const PACKAGE_PROBE = 'import fastapi, pydantic, pydantic_settings, sqlalchemy, email_validator, httpx';

export interface NodeOptions {
  /** After a timed-out check ignores the interrupt this long, end the process (the CLI). */
  hardStopMs?: number;
}

export function nodeEnvironment(packagesDir: string | null = null, options: NodeOptions = {}): PythonEnvironment {
  // Read (and checked) before anything boots: a broken folder is an error at once.
  const local: LocalPackages | null = packagesDir ? readPackageFolder(packagesDir) : null;
  return {
    async boot() {
      const quiet = () => {};
      return loadPyodide({
        indexURL: pyodideDirectory(),
        stdout: quiet,
        stderr: quiet,
        ...(local ? { lockFileContents: local.lock, packageBaseUrl: `${local.dir}/` } : {}),
      });
    },
    async loadPackages(pyodide: PyodideInterface, onBytes) {
      if (!local) return { ok: false, reason: NO_PACKAGES_REASON };
      const errors: string[] = [];
      await pyodide.loadPackage(REQUIRED_PACKAGES, { messageCallback: () => {}, errorCallback: (m) => errors.push(m) });
      onBytes(local.bytes, local.bytes);
      try {
        pyodide.runPython(PACKAGE_PROBE);
      } catch (error) {
        throw new Error(
          `${local.dir}: the packages do not import: ${String(error).split('\n').slice(-2).join(' ')} ${errors.join(' ')}`,
        );
      }
      return { ok: true };
    },
    lintWorkspace: (settings) => new Workspace(settings, PositionEncoding.Utf16) as unknown as LintWorkspace,
    watchdog: (pyodide) => threadWatchdog(pyodide, Worker, options),
  };
}

export const nodeVerifySession = (packagesDir: string | null = null, options: NodeOptions = {}) =>
  new VerifySession(nodeEnvironment(packagesDir, options));
