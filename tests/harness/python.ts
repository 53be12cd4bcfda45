/**
 * Python interpreters and pip settings. Generated projects are installed and tested with
 * CPython 3.11 (the only version this machine has compiled wheels for); 3.10, 3.12 and 3.13
 * only byte-compile the code generated for them, so a project targeting 3.10 cannot use
 * syntax 3.10 lacks.
 */
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { run } from './exec';
import { missing } from './prerequisite';

export const pythonVersions = ['3.10', '3.11', '3.12', '3.13'] as const;
export type PythonVersion = (typeof pythonVersions)[number];

export interface Interpreter {
  version: PythonVersion;
  path: string;
  /** `sys.version`, first word (e.g. 3.11.7). */
  patch: string;
}

const patchNumber = (name: string) => Number(name.split('.')[2] ?? 0);

/** Where to look for `X.Y`, best first: an explicit override, pyenv, then PATH. */
function candidates(version: PythonVersion): string[] {
  const override = process.env[`BACKSMITH_PYTHON_${version.replace('.', '_')}`];
  const found: string[] = override ? [override] : [];
  const roots = [process.env.PYENV_ROOT, join(homedir(), '.pyenv'), '/root/.pyenv'].filter(Boolean) as string[];
  for (const root of new Set(roots)) {
    const versions = join(root, 'versions');
    if (!existsSync(versions)) continue;
    const matching = readdirSync(versions)
      .filter((name) => name.startsWith(`${version}.`) && /^\d+\.\d+\.\d+$/.test(name))
      .sort((a, b) => patchNumber(b) - patchNumber(a));
    found.push(...matching.map((name) => join(versions, name, 'bin', 'python')));
  }
  found.push(`python${version}`, 'python3');
  return found;
}

/** 3.11 also creates the venvs, so it must have venv and ensurepip (Debian's bare python3 lacks them). */
const probe = (version: PythonVersion) =>
  `import sys; assert sys.version_info[:2] == (${version.replace('.', ', ')}), sys.version` +
  (version === '3.11' ? '; import venv, ensurepip' : '') +
  '; print(sys.version.split()[0])';

const found = new Map<PythonVersion, Promise<Interpreter>>();

async function locate(version: PythonVersion): Promise<Interpreter> {
  for (const path of candidates(version)) {
    const result = await run(path, ['-c', probe(version)], { cwd: '/', timeoutMs: 30_000 });
    if (result.code === 0) return { version, path, patch: result.stdout.trim() };
  }
  return missing(
    `CPython ${version}`,
    `none of ${candidates(version).join(', ')} is a working Python ${version}` +
      (version === '3.11' ? ' with venv and ensurepip' : '') +
      ` (install it with pyenv, or set BACKSMITH_PYTHON_${version.replace('.', '_')})`,
  );
}

export function findInterpreter(version: PythonVersion): Promise<Interpreter> {
  let pending = found.get(version);
  if (!pending) {
    pending = locate(version);
    found.set(version, pending);
  }
  return pending;
}

export function asPythonVersion(value: string): PythonVersion {
  if (!(pythonVersions as readonly string[]).includes(value)) throw new Error(`unsupported Python version ${value}`);
  return value as PythonVersion;
}

let pipSettings: Promise<NodeJS.ProcessEnv> | undefined;

/**
 * Environment for pip. This machine lists its local indexes as *extra* indexes, so pip
 * would first try pypi.org and wait minutes for each package on a machine without
 * internet; promoting the first local index to the main one keeps installs offline and
 * fast. An explicit PIP_INDEX_URL is left alone.
 */
export function pipEnvironment(python: Interpreter): Promise<NodeJS.ProcessEnv> {
  pipSettings ??= (async () => {
    const env: NodeJS.ProcessEnv = { PIP_NO_INPUT: '1', PIP_DISABLE_PIP_VERSION_CHECK: '1' };
    if (process.env.PIP_INDEX_URL) return env;
    const config = await run(python.path, ['-m', 'pip', 'config', 'list'], { cwd: '/', timeoutMs: 60_000 });
    const setting = (key: string) =>
      config.stdout
        .split('\n')
        .filter((line) => new RegExp(`^[^.]*\\.${key}=`).test(line))
        .map((line) => line.slice(line.indexOf('=') + 1).replace(/^'|'$/g, ''))
        .join(' ');
    const indexes = (process.env.PIP_EXTRA_INDEX_URL ?? setting('extra-index-url')).split(/\s+/).filter(Boolean);
    if (setting('index-url') === '' && indexes.length > 0 && indexes.every((url) => url.startsWith('file:'))) {
      env.PIP_INDEX_URL = indexes[0];
      if (indexes.length > 1) env.PIP_EXTRA_INDEX_URL = indexes.slice(1).join(' ');
      env.PIP_RETRIES = '0';
    }
    return env;
  })();
  return pipSettings;
}
