/**
 * Field patterns against real CPython: every pattern the checker accepts compiles in Python's
 * `re` (warnings as errors) and in JavaScript, and the Python form from `pythonPattern` matches
 * exactly what JavaScript matches, on inputs chosen to hit the known differences (`$` before a
 * final newline, `.` and \r, Unicode digits, word characters and spaces, astral characters).
 * Besides the hand-written corpus, a seeded sample of random token strings the checker accepts
 * goes through the same comparison. python3 is spawned once for all of it (and once more for
 * Python 3.10 when installed).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { patternMatches, patternProblem, pythonPattern } from '../../../src/spec/regex';

const ACCEPTED = [
  '^ORD-[0-9]{6}$',
  '^#[0-9a-f]{6}$',
  '^[A-Z]{2}-[0-9]{4}$',
  '^[a-z]+$',
  '^\\d{3}-\\d{4}$',
  '\\bfoo\\b',
  '^\\w+@\\w+\\.\\w+$',
  '^(?:https?|ftp)://',
  '(ab)+c',
  '^(a|b)\\1$',
  '^(\\d+)-\\1$',
  '(?=.*\\d)(?=.*[a-z]).{8,}',
  '(?<=\\$)\\d+',
  '(?<!abc)def',
  '(?<=ab|cd)x',
  '^[^\\s@]+$',
  'a{2,}',
  'a{1,3}?b',
  'x*?y',
  '[\\-\\]\\\\]',
  '^\\u00e9t\\u00e9$',
  '\\x41+',
  '^[\\t ]*$',
  '^.{1,5}$',
  'colou?r',
  '^\\s*$',
  '[.]',
  '^$',
  'a|b|',
  '()',
  '(?:)',
  '[a-]',
  '[-a]',
  '[^-a]',
  '^[A-Za-z0-9_.+-]+$',
  '\\/path',
  '^\\(\\d{3}\\) \\d{3}-\\d{4}$',
  '[\\b]',
  '\\0',
  'é+',
  '^[\\w\\s]+$',
  '^\\D\\W\\S$',
  '[^\\d]',
  '^[^a-z]{2}$',
  'a{0}',
  '(?!x)',
  '^(?:(?!--).)*$',
];

const REJECTED: [pattern: string, construct: string][] = [
  ['(?<year>\\d{4})', 'named groups'],
  ['(?P<year>\\d{4})', '(?P'],
  ['(a)(?P=x)', '(?P'],
  ['(a)\\k<x>', '\\k<name>'],
  ['(?i)abc', 'inline flags'],
  ['(?i:abc)', 'inline flags'],
  ['\\p{L}+', '\\p{'],
  ['\\P{L}+', '\\P{'],
  ['\\u{1F600}', '\\u{'],
  ['\\cA', '\\cX'],
  ['abc\\Z', '\\Z'],
  ['\\Aabc', '\\A'],
  ['abc\\z', '\\z'],
  ['a++', 'possessive'],
  ['a*+', 'possessive'],
  ['(?>a)', 'atomic'],
  ['(?<=a+)b', 'lookbehind'],
  ['(?<=a|bc)d', 'lookbehind'],
  ['[^]', '[^]'],
  ['[]a]', '[]'],
  ['\\1(a)', '\\1'],
  ['(a)\\2', '\\2'],
  ['\\01', 'octal'],
  ['a{,3}', '{0,3}'],
  ['[[a]]', 'nested set'],
  ['[a--b]', 'set operations'],
  ['[a&&b]', 'set operations'],
  ['\\a', '\\a'],
  ['a{3,1}', 'minimum is above the maximum'],
  ['*a', 'nothing to repeat'],
  ['a**', 'cannot follow another quantifier'],
  ['x{1}{2}', 'cannot follow another quantifier'],
  ['\\#', 'u flag'],
  ['[\\d-z]', 'range'],
  ['[a-z-0]', 'ambiguous "-"'],
  ['😀', 'Basic Multilingual Plane'],
  ['\\uD83D\\uDE00', 'surrogate'],
  ['(?#note)a', '(?#'],
  ['(a)?\\1', 'may not take part'],
  ['(?:(a)|b)\\1', 'may not take part'],
  ['(?=(a))\\1', 'may not take part'],
  ['a{', 'escaped as \\{'],
  ['a}', 'escaped as \\}'],
  ['a]', 'escaped as \\]'],
  ['(?(1)a|b)', 'conditional'],
  ['\\N{DASH}', '\\N{name}'],
  ['\\Boo', 'BMP'],
  ['$*', 'repeats an assertion'],
  ['(?=a)*', 'repeats an assertion'],
  ['[\\D]', '\\D inside a character class'],
  ['(a', 'never closed'],
  ['a)', 'unmatched ")"'],
  ['[a', 'never closed'],
  ['\\', 'lone backslash'],
  ['\\-', 'inside a character class'],
  ['a{99999}', 'repeat counts'],
  ['(a)\\10', 'above \\9'],
];

const INPUTS = [
  '',
  'a',
  'b',
  'abc',
  'ORD-123456',
  'ORD-123456\n',
  '#888888',
  '#88888g',
  'AB-1234',
  'foo',
  'foo bar',
  'xfoox',
  'é',
  'été',
  '١٢٣',
  '123',
  '555-1234',
  '\u00a0',
  ' ',
  '\t',
  '\r',
  '\n',
  'a\rb',
  'ab\n',
  '\u2028',
  '\ufeff',
  '\x1c',
  '\x85',
  'test@example.com',
  'a_b',
  'ab',
  'abab',
  'aa',
  'aab',
  'aaab',
  'ababc',
  'xy',
  'xxy',
  'https://x',
  'ftp://y',
  '(555) 123-4567',
  '$42',
  'abcdef',
  'xdef',
  'abx',
  'cdx',
  'Password1',
  'password1',
  'passw1',
  '😀',
  'x😀y',
  'ÄÖ',
  'café',
  'colour',
  'color',
  '-',
  ']',
  '\\',
  '/path',
  '\b',
  '\0',
  'AAA',
  'A',
  '12-12',
  '12-13',
  'a--b',
  'a-b',
  'é\u00e9',
  'zz',
  'moo',
  'a1',
  '1 a',
  '_',
  'A Z',
  '\u0661',
  'ǅ',
  'x\u0301',
  'aaaaaa',
];

/** Regex tokens random patterns are built from: every construct of the portable subset, and some that are not. */
const TOKENS = [
  'a',
  'b',
  '1',
  '.',
  '^',
  '$',
  '|',
  '(',
  ')',
  '(?:',
  '(?=',
  '(?!',
  '(?<=',
  '(?<!',
  '[',
  ']',
  '[^',
  '-',
  '\\d',
  '\\w',
  '\\s',
  '\\D',
  '\\W',
  '\\S',
  '\\b',
  '*',
  '+',
  '?',
  '{2}',
  '{1,3}',
  '{2,}',
  '\\1',
  '\\2',
  '\\.',
  '\\-',
  '\\\\',
  'é',
  ' ',
  '\\n',
  '\\t',
  '\\x41',
  '\\u00e9',
  '\\0',
  '{',
  ',',
  '}',
];

const RANDOM_ACCEPTED = [
  ...new Set(
    fc.sample(
      fc.array(fc.constantFrom(...TOKENS), { minLength: 1, maxLength: 8 }).map((tokens) => tokens.join('')),
      { numRuns: 4000, seed: 20260101 },
    ),
  ),
].filter((pattern) => patternProblem(pattern) === undefined);

interface PythonReport {
  version: string;
  compiled: (string | null)[];
  matches: boolean[][];
}

/** Compiles each original pattern (warnings as errors) and its Python form, and searches INPUTS with the latter. */
function runPython(python: string, cases: { original: string; translated: string }[]): PythonReport {
  const script = `
import json, re, sys, warnings
warnings.simplefilter("error")
data = json.load(sys.stdin)
compiled, matches = [], []
for case in data["cases"]:
    try:
        re.compile(case["original"])
        rx = re.compile(case["translated"])
        compiled.append(None)
        matches.append([rx.search(s) is not None for s in data["inputs"]])
    except Exception as error:
        compiled.append(f"{type(error).__name__}: {error}")
        matches.append([])
print(json.dumps({"version": sys.version.split()[0], "compiled": compiled, "matches": matches}))
`;
  const input = JSON.stringify({ cases, inputs: INPUTS });
  return JSON.parse(execFileSync(python, ['-c', script], { input, encoding: 'utf8' }));
}

const python310 = (() => {
  const root = '/root/.pyenv/versions';
  const version = existsSync(root) ? readdirSync(root).find((v) => v.startsWith('3.10')) : undefined;
  return version && `${root}/${version}/bin/python`;
})();

describe('portable patterns', () => {
  const cases = [...ACCEPTED, ...RANDOM_ACCEPTED].map((original) => ({
    original,
    translated: pythonPattern(original),
  }));

  it('the random sample is large enough to mean something', () => {
    expect(RANDOM_ACCEPTED.length).toBeGreaterThan(200);
  });

  it.each(ACCEPTED)('accepts %s', (pattern) => {
    expect(patternProblem(pattern)).toBeUndefined();
    expect(() => new RegExp(pattern)).not.toThrow();
  });

  it.each(REJECTED)('rejects %s, naming the construct', (pattern, construct) => {
    expect(patternProblem(pattern)).toContain(construct);
  });

  it('Python (python3) compiles every accepted pattern and its Python form, which matches what JavaScript matches', () => {
    const report = runPython('python3', cases);
    expect(report.compiled).toEqual(cases.map(() => null));
    const mismatches: string[] = [];
    cases.forEach(({ original }, i) => {
      INPUTS.forEach((input, k) => {
        if (patternMatches(original, input) !== report.matches[i]![k])
          mismatches.push(`${original} on ${JSON.stringify(input)}: JavaScript ${patternMatches(original, input)}`);
      });
    });
    expect(mismatches).toEqual([]);
  });

  it.runIf(python310)('Python 3.10 compiles them too and agrees', () => {
    const report = runPython(python310!, cases);
    expect(report.version).toMatch(/^3\.10\./);
    expect(report.compiled).toEqual(cases.map(() => null));
    cases.forEach(({ original }, i) => {
      expect(report.matches[i], original).toEqual(INPUTS.map((input) => patternMatches(original, input)));
    });
  });
});
