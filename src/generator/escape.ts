/* eslint-disable no-control-regex -- escaping control characters is what this file is for */
/**
 * Turns free text from a spec into literals that cannot break out of their context. Every
 * title, description, default, enum value and pattern reaches generated files through one
 * of these, never raw.
 */

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const UNSAFE_IN_PYTHON = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/g;

const hex4 = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** Drops lone surrogates, which no UTF-8 file can hold. */
const wellFormed = (text: string) => text.replace(LONE_SURROGATE, '\uFFFD');

/** A double-quoted Python `str` literal. */
export function pyString(text: string): string {
  const body = wellFormed(text)
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t')
    .replace(UNSAFE_IN_PYTHON, hex4);
  return `"${body}"`;
}

/** A raw-safe Python literal for a regex: a normal string, so every backslash is escaped. */
export const pyRegex = pyString;

/** The inside of a `"""docstring"""`: no quote run or backslash can end or alter it. */
export function pyDocstring(text: string): string {
  return wellFormed(text)
    .replace(/\r\n?/g, '\n')
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff]/g, hex4)
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();
}

/** Lines of a `#` comment (Python, YAML, TOML, shell, .env). */
export function hashComment(text: string, indent = ''): string {
  return wellFormed(text)
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff]/g, ' ')
    .split('\n')
    .map((line) => `${indent}#${line.trim() ? ` ${line.trimEnd()}` : ''}`)
    .join('\n');
}

/** A double-quoted YAML scalar (JSON strings are valid YAML 1.2 scalars). */
export function yamlString(text: string): string {
  return JSON.stringify(wellFormed(text)).replace(/[\u007f-\u009f\u2028\u2029\ufeff]/g, hex4);
}

/** A TOML basic string. */
export function tomlString(text: string): string {
  return JSON.stringify(wellFormed(text)).replace(/[\u007f-\u009f\u2028\u2029\ufeff]/g, hex4);
}

/** One line of Markdown text: no line breaks, no raw HTML, no table-breaking pipes. */
export function markdownText(text: string): string {
  return wellFormed(text)
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
    .replace(/[\\`*_{}[\]<>|#]/g, (c) => `\\${c}`)
    .trim();
}
