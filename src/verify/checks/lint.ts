/**
 * Check 1: ruff over every generated `.py`, through its WebAssembly build (the Node
 * package in the CLI and tests, the web one in the worker): pyflakes (F) and syntax
 * (E9) rules, and the formatter, which must leave each file unchanged.
 */
import type { GeneratedFile } from '../../generator';
import type { CheckDetails, CheckStatus, Problem } from '../types';

interface Diagnostic {
  code: string | null;
  message: string;
  start_location: { row: number; column: number };
}

/** What the checks need of ruff's `Workspace` (same API in both builds). */
export interface LintWorkspace {
  check(contents: string): Diagnostic[];
  format(contents: string): string;
}

/** Ruff's workspace for given settings (the web build first loads its WebAssembly). */
export type LintWorkspaceFactory = (settings: Record<string, unknown>) => LintWorkspace | Promise<LintWorkspace>;

/** The generated pyproject's line length and target; only the rules this check is about. */
export const lintSettings = (targetVersion: string) => ({
  'line-length': 88,
  'target-version': targetVersion,
  lint: { select: ['F', 'E9'] },
});

/** First line where `a` and `b` differ (1-based). */
function firstDifference(a: string, b: string): number {
  const left = a.split('\n');
  const right = b.split('\n');
  const index = left.findIndex((line, i) => line !== right[i]);
  return (index < 0 ? left.length : index) + 1;
}

/** What ruff says of one file's content: its diagnostics, and where formatting would change it. */
interface FileLint {
  problems: { line: number; message: string }[];
  unformattedAt: number | null;
}

/**
 * Results per (settings, content), kept for the files of the last verification: ruff is
 * deterministic, so a file that did not change is not linted again.
 */
export class LintCache {
  private previous = new Map<string, FileLint>();
  private current = new Map<string, FileLint>();

  get(key: string, compute: () => FileLint): FileLint {
    const found = this.current.get(key) ?? this.previous.get(key) ?? compute();
    this.current.set(key, found);
    return found;
  }

  /** Forgets files the last verification did not have. */
  rotate(): void {
    this.previous = this.current;
    this.current = new Map();
  }
}

function lintFile(content: string, workspace: LintWorkspace): FileLint {
  const diagnostics = workspace.check(content);
  const problems = diagnostics.map((diagnostic) => {
    const code = diagnostic.code && diagnostic.code !== 'invalid-syntax' ? diagnostic.code : 'syntax error';
    return { line: diagnostic.start_location.row, message: `${code}: ${diagnostic.message}` };
  });
  if (diagnostics.some((d) => !d.code || d.code === 'invalid-syntax')) return { problems, unformattedAt: null }; // the formatter needs valid syntax
  const formatted = workspace.format(content);
  return { problems, unformattedAt: formatted === content ? null : firstDifference(content, formatted) };
}

export function lintCheck(
  files: GeneratedFile[],
  workspace: () => LintWorkspace,
  cache: LintCache = new LintCache(),
  settingsKey = '',
): { status: CheckStatus; details: CheckDetails } {
  const python = files.filter((file) => file.path.endsWith('.py'));
  const problems: Problem[] = [];
  let unformatted = 0;
  for (const file of python) {
    const lint = cache.get(`${settingsKey}\0${file.content}`, () => lintFile(file.content, workspace()));
    for (const found of lint.problems) problems.push({ file: file.path, ...found });
    if (lint.unformattedAt !== null) {
      unformatted++;
      problems.push({
        file: file.path,
        line: lint.unformattedAt,
        message: 'not formatted as `ruff format` would write it',
      });
    }
  }
  cache.rotate();
  const summary =
    problems.length === 0
      ? `${python.length} files clean under ruff (F, E9) and formatted`
      : `${problems.length} problems in ${new Set(problems.map((p) => p.file)).size} of ${python.length} files (${unformatted} unformatted)`;
  return { status: problems.length > 0 ? 'failed' : 'passed', details: { summary, problems, files: python.length } };
}
