/** Backslash escapes of the portable subset, inside and outside character classes. */
import type { CharNode, ClassEscapeNode, ClassLetter, Node } from './ast';
import type { Cursor } from './cursor';

/** Characters that may be escaped with a backslash anywhere (JavaScript's SyntaxCharacter and `/`). */
const SYNTAX = new Set([...'^$\\.*+?()[]{}|/']);
const SIMPLE: Record<string, number> = { t: 9, n: 10, r: 13, f: 12, v: 11 };
const FOREIGN: Record<string, string> = {
  c: '\\cX control escapes exist only in JavaScript',
  k: 'named backreferences \\k<name> exist only in JavaScript (Python writes (?P=name))',
  p: 'Unicode property escapes \\p{…} exist only in JavaScript',
  P: 'Unicode property escapes \\P{…} exist only in JavaScript',
  A: '\\A is a Python anchor; JavaScript reads it as the letter A (use ^)',
  Z: '\\Z is a Python anchor; JavaScript reads it as the letter Z (use $)',
  z: '\\z is not an anchor in JavaScript or Python 3.10 (use $)',
  G: '\\G is not supported by JavaScript or Python',
  N: '\\N{name} named characters exist only in Python',
  B: '\\B is not supported: JavaScript engines also test it between the two UTF-16 halves of a character outside the BMP, where Python has no position',
};

function backreference(cur: Cursor, group: number, inClass: boolean): Node {
  if (inClass) {
    cur.fail(`\\${group} inside a character class is an octal escape in Python; write \\x0${group} if you mean that`);
  }
  if (/\d/.test(cur.peek() ?? '')) {
    cur.fail(`\\${group}${cur.peek()}: backreferences above \\9 and octal escapes are not supported`);
  }
  if (!cur.closed.has(group)) {
    cur.fail(
      `\\${group} must follow the end of group ${group} (JavaScript reads other cases as an octal escape or an empty match)`,
    );
  }
  if (cur.lookbehindDepth > 0) cur.fail(`\\${group} inside a lookbehind is not supported by Python`);
  return { kind: 'backref', group };
}

function classEscape(cur: Cursor, letter: string, inClass: boolean): ClassEscapeNode {
  if (inClass && 'DWS'.includes(letter)) {
    cur.fail(
      `\\${letter} inside a character class cannot be carried over to Python exactly; spell out the characters instead`,
    );
  }
  return { kind: 'class-escape', letter: letter as ClassLetter };
}

/** The escape at the cursor (a backslash): a character, a class escape, `\b`, or a backreference. */
export function escape(cur: Cursor, inClass: boolean): CharNode | ClassEscapeNode | Node {
  const at = cur.i;
  const c = cur.peek(1);
  if (c === undefined) cur.fail('the pattern ends with a lone backslash');
  cur.i += 2;
  if ('dDwWsS'.includes(c)) return classEscape(cur, c, inClass);
  if (c === 'b') return inClass ? { kind: 'char', cp: 8 } : { kind: 'anchor', which: 'b' };
  if (c === 'B' && inClass) cur.fail('\\B inside a character class is not valid in Python');
  if (Object.hasOwn(SIMPLE, c)) return { kind: 'char', cp: SIMPLE[c]! };
  if (c === '0') {
    if (/\d/.test(cur.peek() ?? '')) cur.fail(`octal escapes such as \\0${cur.peek()} are not supported`);
    return { kind: 'char', cp: 0 };
  }
  if (/[1-9]/.test(c)) return backreference(cur, Number(c), inClass);
  if (c === 'x') return { kind: 'char', cp: cur.hex(2, '\\x needs exactly two hex digits, as in \\x41') };
  if (c === 'u') {
    if (cur.peek() === '{')
      cur.fail('\\u{…} code point escapes need the u flag in JavaScript and do not exist in Python');
    return { kind: 'char', cp: cur.hex(4, '\\u needs exactly four hex digits, as in \\u00e9') };
  }
  if (Object.hasOwn(FOREIGN, c)) cur.fail(FOREIGN[c]!);
  if (c === '-') {
    return inClass
      ? { kind: 'char', cp: 45 }
      : cur.fail('\\- is only valid inside a character class; write - outside one');
  }
  if (SYNTAX.has(c)) return { kind: 'char', cp: c.codePointAt(0)! };
  if (/[A-Za-z0-9]/.test(c)) cur.fail(`\\${c} (position ${at}) is not an escape JavaScript and Python both know`);
  return cur.fail(
    `the escape \\${c} (position ${at}) is not allowed with JavaScript's u flag; write ${c} without the backslash`,
  );
}
