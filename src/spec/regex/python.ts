/**
 * Writes a portable pattern for Python's `re` so that it matches exactly what JavaScript's
 * `patternMatches` (index.ts) matches, with `re.search` as pydantic's python-re engine uses it.
 * The few atoms the engines read differently are spelled out:
 *  - `.`: JavaScript excludes \n, \r, \u2028, \u2029; Python only \n;
 *  - `$`: Python also matches before a final \n (Python's `\Z` is JavaScript's `$`);
 *  - `\d`, `\w`, `\b`: ASCII in JavaScript, Unicode in Python;
 *  - `\s`: JavaScript's whitespace set differs from Python's (\x1c-\x1f, \x85, \ufeff).
 * The output is pure ASCII, so it can sit in any Python string literal.
 */
import type { Alternation, ClassItem, ClassNode, Node } from './ast';

const SPACE = '\\t\\n\\x0b\\x0c\\r \\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff';
const WORD = 'A-Za-z0-9_';
const ESCAPE_CLASS = { d: '[0-9]', D: '[^0-9]', w: `[${WORD}]`, W: `[^${WORD}]`, s: `[${SPACE}]`, S: `[^${SPACE}]` };
const IN_CLASS = { d: '0-9', w: WORD, s: SPACE };
const WORD_BOUNDARY = `(?:(?<=[${WORD}])(?![${WORD}])|(?<![${WORD}])(?=[${WORD}]))`;

/** One code point as Python pattern text: ASCII letters and digits as they are, the rest escaped. */
function char(cp: number): string {
  if (/[A-Za-z0-9_]/.test(String.fromCharCode(cp)) && cp < 0x80) return String.fromCharCode(cp);
  if (cp >= 0x20 && cp < 0x7f) return `\\${String.fromCharCode(cp)}`;
  if (cp <= 0xff) return `\\x${cp.toString(16).padStart(2, '0')}`;
  return `\\u${cp.toString(16).padStart(4, '0')}`;
}

function classItem(item: ClassItem): string {
  if (item.kind === 'char') return char(item.cp);
  if (item.kind === 'range') return `${char(item.from)}-${char(item.to)}`;
  return IN_CLASS[item.letter as keyof typeof IN_CLASS];
}

function characterClass(node: ClassNode): string {
  return `[${node.negated ? '^' : ''}${node.items.map(classItem).join('')}]`;
}

function quantifier(min: number, max: number): string {
  if (min === 0 && max === Infinity) return '*';
  if (min === 1 && max === Infinity) return '+';
  if (min === 0 && max === 1) return '?';
  if (min === max) return `{${min}}`;
  return max === Infinity ? `{${min},}` : `{${min},${max}}`;
}

function node(n: Node): string {
  switch (n.kind) {
    case 'char':
      return char(n.cp);
    case 'class-escape':
      return ESCAPE_CLASS[n.letter];
    case 'dot':
      return '[^\\n\\r\\u2028\\u2029]';
    case 'anchor':
      return n.which === '^' ? '^' : n.which === '$' ? '\\Z' : WORD_BOUNDARY;
    case 'class':
      return characterClass(n);
    case 'group':
      return `(${n.capture === undefined ? '?:' : ''}${alternation(n.body)})`;
    case 'look':
      return `(?${n.behind ? '<' : ''}${n.negative ? '!' : '='}${alternation(n.body)})`;
    case 'backref':
      return `(?:\\${n.group})`;
    case 'repeat':
      return `${node(n.node)}${quantifier(n.min, n.max)}${n.lazy ? '?' : ''}`;
  }
}

export function alternation(alternatives: Alternation): string {
  return alternatives.map((sequence) => sequence.map(node).join('')).join('|');
}
