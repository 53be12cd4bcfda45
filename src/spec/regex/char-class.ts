/**
 * Character classes `[…]`: ranges of single characters, `\d` `\w` `\s`, and nothing Python
 * reads differently (`[]`, `[^]`, nested `[`, doubled `--` `&&` `||` `~~`, a `-` that is
 * neither first, last nor a range).
 */
import type { CharNode, ClassEscapeNode, ClassItem, ClassNode } from './ast';
import type { Cursor } from './cursor';
import { escape } from './escapes';

function refuseNestedSet(cur: Cursor): void {
  if (cur.peek() === '[') {
    cur.fail(`an unescaped "[" inside a character class (position ${cur.i}) is a nested set to Python; write \\[`);
  }
}

/** Python reserves doubled `-`, `&`, `|`, `~` inside a class for set operations (and warns today). */
function refuseSetOperation(cur: Cursor): void {
  const pair = cur.src.slice(cur.i, cur.i + 2);
  if (['--', '&&', '||', '~~'].includes(pair)) {
    cur.fail(
      `"${pair}" inside a character class (position ${cur.i}) is reserved for set operations in Python; escape one`,
    );
  }
}

function classAtom(cur: Cursor): CharNode | ClassEscapeNode {
  return cur.peek() === '\\' ? (escape(cur, true) as CharNode | ClassEscapeNode) : cur.literal();
}

function classItem(cur: Cursor): ClassItem {
  const start = classAtom(cur);
  refuseSetOperation(cur);
  if (cur.peek() !== '-' || cur.peek(1) === ']' || cur.peek(1) === undefined) return start;
  cur.i++;
  refuseNestedSet(cur);
  const end = classAtom(cur);
  if (start.kind !== 'char' || end.kind !== 'char') {
    cur.fail('a range inside a character class cannot start or end with \\d, \\w or \\s');
  }
  if (start.cp > end.cp) {
    cur.fail(`the range ${String.fromCodePoint(start.cp)}-${String.fromCodePoint(end.cp)} is out of order`);
  }
  return { kind: 'range', from: start.cp, to: end.cp };
}

export function characterClass(cur: Cursor): ClassNode {
  const open = cur.i;
  cur.i++;
  const negated = cur.peek() === '^';
  if (negated) cur.i++;
  if (cur.peek() === ']') {
    cur.fail(
      `${negated ? '[^]' : '[]'} at position ${open}: a "]" right after "[" closes the class in JavaScript but is a literal in Python; escape it as \\]`,
    );
  }
  const items: ClassItem[] = [];
  for (let first = true; cur.peek() !== ']'; first = false) {
    if (cur.peek() === undefined) cur.fail(`the character class opened at position ${open} is never closed`);
    refuseNestedSet(cur);
    refuseSetOperation(cur);
    if (cur.peek() === '-' && !first && cur.peek(1) !== ']') {
      cur.fail(
        `an ambiguous "-" inside a character class (position ${cur.i}); escape it as \\- or put it first or last`,
      );
    }
    items.push(classItem(cur));
  }
  cur.i++;
  return { kind: 'class', negated, items };
}
