/** One file of a generated project, path relative to the project root with `/` separators. */
export interface GeneratedFile {
  path: string;
  content: string;
}

/**
 * Lints and formats Python source. Ruff's WebAssembly build implements it in Node and in
 * the browser; both use the same ruff version so their output is byte-identical.
 */
export interface PythonFormatter {
  /** Sorts the import block (ruff's I001 fix) and formats; throws `PythonFormatError` on invalid code. */
  format(path: string, source: string): string;
}

export class PythonFormatError extends Error {
  constructor(
    readonly path: string,
    readonly detail: string,
  ) {
    super(`${path}: generated Python could not be formatted: ${detail}`);
    this.name = 'PythonFormatError';
  }
}
