/**
 * Reads generated pyproject.toml files with Python's own tomllib (no TOML parser in Node
 * to disagree with pip), so the test venv installs exactly what the projects declare.
 */
import { runOk } from './exec';
import type { Interpreter } from './python';

export interface Pyproject {
  name: string;
  dependencies: string[];
  /** `[project.optional-dependencies].dev` */
  dev: string[];
  requiresPython: string;
  /** Everything that decides whether `pip install -e ".[dev]"` works, for caching that proof. */
  installKey: unknown;
  tools: { mypy: boolean; pytest: boolean; ruff: boolean };
  /** Set when the file is not valid TOML; the other fields are then empty. */
  error?: string;
}

const script = `
import json, sys, tomllib
out = []
for text in json.load(sys.stdin):
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        out.append({"error": f"pyproject.toml is not valid TOML: {error}"})
        continue
    project = doc.get("project", {})
    tool = doc.get("tool", {})
    out.append({
        "name": project.get("name", ""),
        "dependencies": project.get("dependencies", []),
        "dev": project.get("optional-dependencies", {}).get("dev", []),
        "requiresPython": project.get("requires-python", ""),
        "installKey": [doc.get("build-system"), project.get("dependencies"),
                       project.get("optional-dependencies"), project.get("requires-python"),
                       tool.get("hatch"), tool.get("setuptools")],
        "tools": {"mypy": "mypy" in tool,
                  "pytest": "pytest" in tool,
                  "ruff": "ruff" in tool},
    })
json.dump(out, sys.stdout, default=str)
`;

/** Parses many files in one interpreter start. */
export async function parsePyprojects(python: Interpreter, texts: readonly string[]): Promise<Pyproject[]> {
  if (texts.length === 0) return [];
  const result = await runOk(python.path, ['-c', script], {
    cwd: '/',
    input: JSON.stringify(texts),
    timeoutMs: 60_000,
  });
  const empty = { name: '', dependencies: [], dev: [], requiresPython: '', installKey: null };
  const tools = { mypy: false, pytest: false, ruff: false };
  return (JSON.parse(result.stdout) as Partial<Pyproject>[]).map((doc) => ({ ...empty, tools, ...doc }));
}

/** One requirement per line, whitespace-insensitive, sorted: the identity of a dependency set. */
export function requirementSet(lists: Iterable<readonly string[]>): string[] {
  const all = new Set<string>();
  for (const list of lists) for (const requirement of list) all.add(requirement.replace(/\s+/g, ''));
  return [...all].sort();
}
