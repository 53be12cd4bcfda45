/**
 * The Python side every generated suite shares: CPython 3.11 and one venv holding the union
 * of the dependencies all fixture projects declare. Reading them from the generated
 * pyproject.toml files (rendered, not formatted: fast) keeps the venv from drifting from
 * the templates; a change there changes the hash and builds a new venv.
 */
import { renderProject } from '../../src/generator';
import { parsePyprojects, requirementSet } from './pyproject';
import { findInterpreter, type Interpreter } from './python';
import { allSpecs, specOf } from './specs';
import { fallbackRequirements, sharedVenv, type Venv } from './venv';

export interface Toolchain {
  python311: Interpreter;
  venv: Venv;
  requirements: string[];
  /** Where the requirement list came from, for the log. */
  source: string;
  durationMs: number;
}

/** pyproject.toml of every fixture that validates and renders; the suites report the others. */
function renderedPyprojects(): string[] {
  const texts: string[] = [];
  for (const entry of allSpecs()) {
    try {
      const file = renderProject(specOf(entry)).find((candidate) => candidate.path === 'pyproject.toml');
      if (file) texts.push(file.content);
    } catch {
      // Reported by that spec's own tests.
    }
  }
  return texts;
}

export async function loadToolchain(): Promise<Toolchain> {
  const started = Date.now();
  const python311 = await findInterpreter('3.11');
  const parsed = (await parsePyprojects(python311, renderedPyprojects())).filter((doc) => !doc.error);
  const requirements = parsed.length
    ? requirementSet(parsed.flatMap((doc) => [doc.dependencies, doc.dev]))
    : [...fallbackRequirements];
  const source = parsed.length
    ? `the pyproject.toml of ${parsed.length} fixture projects`
    : 'the harness fallback list (no fixture renders a pyproject.toml yet)';
  const venv = await sharedVenv(python311, requirements);
  const durationMs = Date.now() - started;
  const how = venv.built ? `built in ${(durationMs / 1000).toFixed(1)}s` : 'reused';
  console.log(`Python venv ${venv.dir} (${how}) from ${source}: ${requirements.join(' ')}`);
  return { python311, venv, requirements, source, durationMs };
}
