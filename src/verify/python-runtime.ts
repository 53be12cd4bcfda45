/**
 * The booted Python a verification runs in, and the one way the runner talks to it:
 * write the project into Pyodide's file system, run a named check on it, read JSON back.
 */
import type { PyodideInterface } from 'pyodide';
import type { GeneratedFile } from '../generator';
import { PYTHON_PACKAGE, PYTHON_SOURCES } from './python-sources';
import type { CheckDetails, CheckStatus } from './types';

const LIBRARY = '/backsmith';
const PROJECTS = '/verify';

/** Installs the checks' Python package and routes Python's output into `output`. */
export function preparePython(pyodide: PyodideInterface, output: string[]): void {
  pyodide.FS.mkdirTree(`${LIBRARY}/${PYTHON_PACKAGE}`);
  for (const [name, source] of Object.entries(PYTHON_SOURCES)) {
    pyodide.FS.writeFile(`${LIBRARY}/${PYTHON_PACKAGE}/${name}`, source);
  }
  const keep = (line: string) => {
    output.push(line);
    if (output.length > 200) output.splice(0, output.length - 200);
  };
  pyodide.setStdout({ batched: keep });
  pyodide.setStderr({ batched: keep });
  // No __pycache__ in the projects' folders: each project is imported once, from a fresh folder.
  pyodide.runPython(
    `import sys\nsys.dont_write_bytecode = True\nif ${JSON.stringify(LIBRARY)} not in sys.path: sys.path.insert(0, ${JSON.stringify(LIBRARY)})`,
  );
}

/** Writes the project's Python files under a fresh folder; returns its path. */
export function writeProject(pyodide: PyodideInterface, run: number, files: GeneratedFile[]): string {
  const root = `${PROJECTS}/run-${run}`;
  for (const file of files.filter((f) => f.path.endsWith('.py'))) {
    const slash = file.path.lastIndexOf('/');
    pyodide.FS.mkdirTree(slash < 0 ? root : `${root}/${file.path.slice(0, slash)}`);
    pyodide.FS.writeFile(`${root}/${file.path}`, file.content);
  }
  return root;
}

/** Makes the project at `root` the one the checks import (once per project, not per check). */
export function beginProject(pyodide: PyodideInterface, root: string): void {
  pyodide.runPython(`from ${PYTHON_PACKAGE}.main import begin\nbegin(${JSON.stringify(root)})`);
}

/** Forgets the project again and removes its folder (Pyodide's file system lives in memory). */
export function endProject(pyodide: PyodideInterface, root: string): void {
  pyodide.runPython(
    `from ${PYTHON_PACKAGE}.main import end\nend()\nimport shutil\nshutil.rmtree(${JSON.stringify(root)}, ignore_errors=True)`,
  );
}

export async function runPythonCheck(
  pyodide: PyodideInterface,
  name: string,
  root: string,
  payload: unknown,
): Promise<{ status: CheckStatus; details: CheckDetails } | { interrupted: true }> {
  const globals = pyodide.toPy({ check_name: name, project_root: root, payload: JSON.stringify(payload) });
  try {
    const json = (await pyodide.runPythonAsync(
      `from ${PYTHON_PACKAGE}.main import run\nawait run(check_name, project_root, payload)`,
      { globals },
    )) as string;
    return JSON.parse(json) as { status: CheckStatus; details: CheckDetails } | { interrupted: true };
  } finally {
    globals.destroy();
  }
}
