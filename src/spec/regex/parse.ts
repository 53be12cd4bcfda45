/**
 * A parser for the portable subset of regular expressions: what JavaScript (with or without
 * the `u` flag) and Python's `re` both accept and read the same way. It is conservative: any
 * construct outside the subset is a `PatternError` whose message names the construct, even
 * when one of the two engines would accept it. (Escapes: escapes.ts; classes: char-class.ts.)
 */
import type { Alternation, Node } from './ast';
import { characterClass } from './char-class';
import { Cursor } from './cursor';
import { escape } from './escapes';

export { PatternError } from './cursor';

export interface ParsedPattern {
  root: Alternation;
  groups: number;
}

/** Python caps repeats far higher; this keeps patterns sane and well inside both engines. */
export const MAX_REPEAT = 65535;

const LOOKAROUNDS = [
  ['=', false, false],
  ['!', false, true],
  ['<=', true, false],
  ['<!', true, true],
] as const;

export function parsePattern(source: string): ParsedPattern {
  const cur = new Cursor(source);
  const root = alternation(cur);
  if (cur.i < source.length) cur.fail(`an unmatched ")" at position ${cur.i}`);
  return { root, groups: cur.groups };
}

function alternation(cur: Cursor): Alternation {
  const alternatives: Node[][] = [sequence(cur)];
  while (cur.peek() === '|') {
    cur.i++;
    alternatives.push(sequence(cur));
  }
  return alternatives;
}

function sequence(cur: Cursor): Node[] {
  const nodes: Node[] = [];
  while (cur.i < cur.src.length && cur.peek() !== '|' && cur.peek() !== ')') nodes.push(quantified(cur, atom(cur)));
  return nodes;
}

function atom(cur: Cursor): Node {
  const c = cur.peek()!;
  switch (c) {
    case '(':
      return group(cur);
    case '[':
      return characterClass(cur);
    case '.':
      cur.i++;
      return { kind: 'dot' };
    case '^':
    case '$':
      cur.i++;
      return { kind: 'anchor', which: c };
    case '\\':
      return escape(cur, false);
    case '*':
    case '+':
    case '?':
      return cur.fail(`"${c}" at position ${cur.i} has nothing to repeat`);
    case '{':
      return cur.fail(
        repeatBounds(cur)
          ? `"{" at position ${cur.i} has nothing to repeat`
          : `a literal "{" must be escaped as \\{ (position ${cur.i})`,
      );
    case '}':
    case ']':
      return cur.fail(`a literal "${c}" must be escaped as \\${c} (position ${cur.i})`);
    default:
      return cur.literal();
  }
}

/** `{n}`, `{n,}`, `{n,m}` at the cursor, without consuming it; undefined when it is not one. */
function repeatBounds(cur: Cursor): { min: number; max: number; length: number } | undefined {
  const match = /^\{(\d*)(,?)(\d*)\}/.exec(cur.src.slice(cur.i));
  if (!match || (match[1] === '' && match[3] === '')) return undefined;
  const [text, low, comma, high] = match as unknown as [string, string, string, string];
  if (low === '') cur.fail(`${text} means {0,${high}} in Python but is literal text in JavaScript; write {0,${high}}`);
  const min = Number(low);
  const max = comma ? (high === '' ? Infinity : Number(high)) : min;
  if (min > max) cur.fail(`${text}: the minimum is above the maximum`);
  if (min > MAX_REPEAT || (max !== Infinity && max > MAX_REPEAT)) {
    cur.fail(`${text}: repeat counts above ${MAX_REPEAT} are not supported`);
  }
  return { min, max, length: text.length };
}

function quantifier(cur: Cursor): { min: number; max: number } | undefined {
  const c = cur.peek();
  const simple = c === '*' ? [0, Infinity] : c === '+' ? [1, Infinity] : c === '?' ? [0, 1] : undefined;
  if (simple) {
    cur.i++;
    return { min: simple[0]!, max: simple[1]! };
  }
  const bounds = c === '{' ? repeatBounds(cur) : undefined;
  if (bounds) cur.i += bounds.length;
  return bounds;
}

function quantified(cur: Cursor, node: Node): Node {
  const at = cur.i;
  const bounds = quantifier(cur);
  if (!bounds) return node;
  if (node.kind === 'anchor' || node.kind === 'look') {
    cur.fail(
      `the quantifier at position ${at} repeats an assertion (${node.kind === 'look' ? 'a lookaround' : 'an anchor'})`,
    );
  }
  const lazy = cur.peek() === '?';
  if (lazy) cur.i++;
  if (cur.peek() === '+')
    cur.fail(`possessive quantifiers such as a++ (position ${cur.i}) are not supported by JavaScript`);
  if (cur.peek() === '*' || cur.peek() === '?' || (cur.peek() === '{' && repeatBounds(cur))) {
    cur.fail(`a quantifier cannot follow another quantifier (position ${cur.i})`);
  }
  return { kind: 'repeat', node, min: bounds.min, max: bounds.max, lazy };
}

function group(cur: Cursor): Node {
  const open = cur.i;
  cur.i++;
  let node: Node;
  if (cur.peek() === '?') {
    node = specialGroup(cur, open);
  } else {
    const capture = ++cur.groups;
    node = { kind: 'group', capture, body: alternation(cur) };
    cur.closed.add(capture);
  }
  if (cur.peek() !== ')') cur.fail(`the group opened at position ${open} is never closed`);
  cur.i++;
  return node;
}

/** `(?…` groups: only `(?:`, lookaheads and lookbehinds are portable. */
function specialGroup(cur: Cursor, open: number): Node {
  const rest = cur.src.slice(cur.i + 1);
  if (rest.startsWith(':')) {
    cur.i += 2;
    return { kind: 'group', capture: undefined, body: alternation(cur) };
  }
  for (const [prefix, behind, negative] of LOOKAROUNDS) {
    if (!rest.startsWith(prefix)) continue;
    cur.i += 1 + prefix.length;
    if (behind) cur.lookbehindDepth++;
    const body = alternation(cur);
    if (behind) cur.lookbehindDepth--;
    return { kind: 'look', behind, negative, body };
  }
  const construct = cur.src.slice(open, open + 4);
  if (rest.startsWith('<')) {
    cur.fail('named groups (?<name>…) exist only in JavaScript (Python writes (?P<name>…)); use a plain group');
  }
  if (rest.startsWith('P')) cur.fail(`${construct}…: (?P…) groups and references exist only in Python`);
  if (rest.startsWith('#')) cur.fail('(?#…) comments exist only in Python');
  if (rest.startsWith('>')) cur.fail('atomic groups (?>…) are not supported by JavaScript');
  if (rest.startsWith('(')) cur.fail('conditional groups (?(…)…) exist only in Python');
  if (/^[aiLmsux-]/.test(rest)) cur.fail(`inline flags such as (?i) or (?i:…) are not supported (found ${construct}…)`);
  return cur.fail(`unknown group syntax ${construct}…`);
}
