/**
 * A PythonFormatter on top of a ruff Workspace, shared by the Node and the web builds of
 * ruff's WebAssembly package (their Workspace classes have the same API).
 */
import { PythonFormatError, type PythonFormatter } from '../types';

interface RuffDiagnostic {
  code: string | null;
  message: string;
  start_location: { row: number; column: number };
  fix: { edits: { content: string | null; location: Position; end_location: Position }[] } | null;
}
interface Position {
  row: number;
  column: number;
}
export interface RuffWorkspace {
  check(contents: string): RuffDiagnostic[];
  format(contents: string): string;
}

/** The settings generated code is formatted with; they match the generated pyproject.toml. */
export const formatterSettings = (targetVersion: string) => ({
  'line-length': 88,
  'target-version': targetVersion,
  lint: { select: ['I'], isort: { 'known-first-party': ['app', 'tests'] } },
});

/** Offset of a 1-based row and column (UTF-16 code units, as the workspace was created). */
function offsetOf(source: string, { row, column }: Position): number {
  let offset = 0;
  for (let line = 1; line < row; line++) {
    const next = source.indexOf('\n', offset);
    if (next < 0) return source.length;
    offset = next + 1;
  }
  return offset + column - 1;
}

/** Applies ruff's import-sorting fixes (last edit first, so earlier offsets stay valid). */
function sortImports(workspace: RuffWorkspace, source: string): string {
  const edits = workspace
    .check(source)
    .filter((d) => d.code === 'I001' && d.fix)
    .flatMap((d) => d.fix!.edits)
    .map((e) => ({ start: offsetOf(source, e.location), end: offsetOf(source, e.end_location), text: e.content ?? '' }))
    .sort((a, b) => b.start - a.start);
  let out = source;
  for (const edit of edits) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

export function ruffFormatter(
  workspaceFor: (targetVersion: string) => RuffWorkspace,
  targetVersion: string,
): PythonFormatter {
  const workspace = workspaceFor(targetVersion);
  return {
    format(path, source) {
      try {
        return workspace.format(sortImports(workspace, source));
      } catch (error) {
        throw new PythonFormatError(path, String(error));
      }
    },
  };
}
