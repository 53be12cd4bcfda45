/**
 * Field `pattern`s: a regex valid in both JavaScript and Python `re`, with the same meaning
 * (spec-v1.md, fields). `patternProblem` says why a pattern is not portable; `pythonPattern`
 * writes an accepted pattern for Python `re`, and `patternMatches` runs it in JavaScript; the
 * two agree on every input (tests/unit/spec/regex-python.test.ts checks this against CPython).
 */
import { checkStructure } from './analyze';
import { PatternError, parsePattern } from './parse';
import { alternation } from './python';

export { MAX_REPEAT } from './parse';

/** Why `pattern` cannot be used, or undefined when it is portable. */
export function patternProblem(pattern: string): string | undefined {
  try {
    checkStructure(parsePattern(pattern));
  } catch (error) {
    if (error instanceof PatternError) return error.message;
    throw error;
  }
  for (const flags of ['', 'u']) {
    try {
      new RegExp(pattern, flags);
    } catch (error) {
      return `JavaScript rejects it${flags ? ' with the u flag' : ''}: ${(error as Error).message}`;
    }
  }
  return undefined;
}

/**
 * Whether a portable pattern matches somewhere in `text`, exactly as Python's `re.search` decides:
 * JavaScript with the `u` flag reads code points as Python does, and trying each code point
 * boundary in turn (sticky) keeps V8 from also trying positions between the two UTF-16 halves
 * of a character outside the BMP, where Python has no position (V8 does for some assertions).
 */
export function patternMatches(pattern: string, text: string): boolean {
  const regex = new RegExp(pattern, 'uy');
  for (let at = 0; at <= text.length; at += text.codePointAt(at)! > 0xffff ? 2 : 1) {
    regex.lastIndex = at;
    if (regex.test(text)) return true;
    if (at === text.length) break;
  }
  return false;
}

/** The Python `re` source of a portable pattern (throws when `patternProblem` would report one). */
export function pythonPattern(pattern: string): string {
  const parsed = parsePattern(pattern);
  checkStructure(parsed);
  return alternation(parsed.root);
}
