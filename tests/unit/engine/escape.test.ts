import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hashComment, pyDocstring, pyString, tomlString, yamlString } from '../../../src/generator/escape';
import { parse as parseYaml } from 'yaml';

/** Evaluates Python snippets in one interpreter run; returns what each printed via repr round trip. */
function pythonEvaluate(sources: string[]): string[] {
  const script = `import json, sys, ast\nout = []\nfor src in json.load(sys.stdin):\n    out.append(ast.literal_eval(src))\nprint(json.dumps(out))`;
  const stdout = execFileSync('python3', ['-c', script], { input: JSON.stringify(sources), encoding: 'utf8' });
  return JSON.parse(stdout) as string[];
}

const hostile = [
  'plain',
  'quote " and \' and """ triple',
  'back\\slash at end\\',
  'new\nline\r\ncrlf\ttab',
  '\u0000nul \u007f del \u2028 ls \ufeff bom',
  'emoji 🚀 and accents éàü',
  'lone \ud800 surrogate',
  '"); import os; os.system("rm -rf /"); ("',
  '{{handlebars}} ${template} `backtick`',
];

describe('escape', () => {
  it('pyString round-trips through Python, hostile text included', () => {
    const expected = hostile.map((s) =>
      s.replace(/[\ud800-\udfff]/g, (c, i, all) =>
        /[\ud800-\udbff][\udc00-\udfff]/.test(all.slice(i - 1, i + 1) + all.slice(i, i + 2)) ? c : '\ufffd',
      ),
    );
    expect(pythonEvaluate(hostile.map(pyString))).toEqual(expected);
  });

  it('pyString round-trips arbitrary strings (property)', () => {
    const samples = fc.sample(fc.string({ unit: 'binary-ascii', maxLength: 40 }), 200);
    expect(pythonEvaluate(samples.map(pyString))).toEqual(samples);
  });

  it('pyDocstring cannot close its docstring early', () => {
    const sources = hostile.map((s) => `"""${pyDocstring(s)} """`);
    const values = pythonEvaluate(sources);
    values.forEach((value) => expect(typeof value).toBe('string'));
  });

  it('hashComment keeps every line a comment', () => {
    for (const text of hostile) {
      for (const line of hashComment(text, '    ').split('\n')) expect(line).toMatch(/^ {4}#/);
    }
  });

  it('yamlString parses back to the same text', () => {
    for (const text of hostile.filter((t) => !/[\ud800-\udfff]/.test(t) || /🚀/.test(t))) {
      expect(parseYaml(`key: ${yamlString(text)}`)).toEqual({ key: text });
    }
  });

  it('tomlString parses back through Python tomllib', () => {
    const texts = hostile.filter((t) => !/\ud800/.test(t));
    const script = `import json, sys, tomllib\nprint(json.dumps([tomllib.loads("v = " + s)["v"] for s in json.load(sys.stdin)]))`;
    const out = execFileSync('python3', ['-c', script], {
      input: JSON.stringify(texts.map(tomlString)),
      encoding: 'utf8',
    });
    expect(JSON.parse(out)).toEqual(texts);
  });
});
