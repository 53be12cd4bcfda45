/**
 * Strings that match a field's `pattern`, for generated tests. Handles the simple subset
 * patterns are written in: literals and escapes, classes (`[a-f0-9]`, `\d`, `\w`, `.`,
 * negated classes), groups with alternation, quantifiers (`{n}`, `{n,m}`, `{n,}`, `+`, `*`,
 * `?`) and anchors. Anything else (lookarounds, back-references, …) yields `null` and the
 * caller falls back to the field's default or skips the test. Every result is checked
 * against the pattern with a real RegExp before it is returned.
 */

import { Parser, type Node } from './regex-parse';

/** One way through the pattern: each position of the string and the characters it may hold. */
type Shape = string[][];

interface Expansion {
  /** Fixed positions, each a sorted set of allowed characters. */
  shape: Shape[];
  /** For each part, how many more copies of it may be added (Infinity: unbounded). */
  flexible: number[];
}

/** The positions of an expansion with every repeat at its minimum. */
const minimal = (expansion: Expansion): Shape =>
  expansion.shape.flatMap((part, i) => (expansion.flexible[i]! > 0 ? [] : part));

/** Every alternation choice expanded (capped), repeats at their minimum with room to grow recorded. */
function expand(node: Node): Expansion[] {
  const cap = 24;
  switch (node.kind) {
    case 'anchor':
      return [{ shape: [], flexible: [] }];
    case 'chars':
      return [{ shape: [[node.chars]], flexible: [0] }];
    case 'alt':
      return node.options.flatMap(expand).slice(0, cap);
    case 'repeat': {
      return expand(node.node).map((inner) => {
        const unit = minimal(inner);
        const copies: Shape = Array.from({ length: node.min }, () => unit).flat();
        const room = unit.length > 0 ? node.max - node.min : 0;
        return room > 0 ? { shape: [copies, unit], flexible: [0, room] } : { shape: [copies], flexible: [0] };
      });
    }
    case 'seq': {
      let results: Expansion[] = [{ shape: [], flexible: [] }];
      for (const item of node.items) {
        const next: Expansion[] = [];
        for (const left of results) {
          for (const right of expand(item)) {
            next.push({ shape: [...left.shape, ...right.shape], flexible: [...left.flexible, ...right.flexible] });
            if (next.length >= cap) break;
          }
        }
        results = next;
      }
      return results;
    }
  }
}

/** Picks copy counts so the string length lands in [minLength, maxLength]; null if impossible. */
function concretize(expansion: Expansion, minLength: number, maxLength: number): string[][] | null {
  const counts = expansion.shape.map((_, i) => (expansion.flexible[i]! > 0 ? 0 : 1));
  const lengthOf = () => expansion.shape.reduce((sum, part, i) => sum + part.length * counts[i]!, 0);
  const growable = expansion.shape
    .map((part, i) => ({ i, size: part.length }))
    .filter(({ i, size }) => expansion.flexible[i]! > 0 && size > 0);
  // Open repeats stay at their minimum unless the length needs more; the last grow first.
  for (const { i } of [...growable].reverse()) {
    while (lengthOf() < minLength && counts[i]! < expansion.flexible[i]!) {
      const size = expansion.shape[i]!.length;
      if (lengthOf() + size > maxLength) break;
      counts[i]!++;
    }
  }
  const length = lengthOf();
  if (length < minLength || length > maxLength) return null;
  return expansion.shape.flatMap((part, i) => Array.from({ length: counts[i]! }, () => part).flat());
}

/** Up to `count` distinct strings of one shape: the rightmost variable positions count up. */
function enumerate(positions: string[][], count: number): string[] {
  const variable = positions.map((chars, i) => ({ i, chars })).filter(({ chars }) => chars.length > 1);
  const results: string[] = [];
  for (let n = 0; n < count; n++) {
    const chosen = positions.map((chars) => chars[0]!);
    let rest = n;
    for (let v = variable.length - 1; v >= 0 && rest > 0; v--) {
      const { i, chars } = variable[v]!;
      chosen[i] = chars[rest % chars.length]!;
      rest = Math.floor(rest / chars.length);
    }
    if (rest > 0) break;
    results.push(chosen.join(''));
  }
  return results;
}

/**
 * Up to `count` distinct strings matching `pattern` with length in [minLength, maxLength],
 * or null when the pattern is outside the supported subset or nothing fits.
 */
export function samplePattern(pattern: string, count: number, minLength = 0, maxLength = Infinity): string[] | null {
  let regex: RegExp;
  let ast: Node;
  try {
    regex = new RegExp(pattern);
    ast = new Parser(pattern).parse();
  } catch {
    return null;
  }
  const found: string[] = [];
  for (const expansion of expand(ast)) {
    const positions = concretize(expansion, minLength, maxLength);
    if (!positions) continue;
    for (const value of enumerate(positions, count)) {
      if (!found.includes(value) && regex.test(value)) found.push(value);
      if (found.length >= count) return found;
    }
  }
  return found.length > 0 ? found : null;
}

/** A string of a valid length that does not match `pattern` (to test the 422), or null. */
export function nonMatching(
  pattern: string,
  minLength: number,
  maxLength: number,
  preferredLength: number,
): string | null {
  let regex: RegExp;
  try {
    regex = new RegExp(pattern);
  } catch {
    return null;
  }
  const length = Math.min(Math.max(preferredLength, minLength, 1), maxLength);
  for (const filler of ['!', '~', ' ', 'z', 'Z', '0', '9', '-', '_', 'a']) {
    const candidate = filler.repeat(length);
    if (!regex.test(candidate)) return candidate;
  }
  return null;
}
