/**
 * A small syntax highlighter for the files Backsmith generates (Python, TOML, YAML, JSON,
 * Markdown, Dockerfile, shell and ignore files). It splits text into typed tokens; the code
 * view renders them as spans (text nodes, never HTML). Loaded with a dynamic import, so it
 * stays out of the initial bundle.
 */

export type TokenType =
  'comment' | 'string' | 'keyword' | 'number' | 'key' | 'decorator' | 'heading' | 'builtin' | 'plain';

export interface Token {
  type: TokenType;
  text: string;
}

export type Language = 'python' | 'toml' | 'yaml' | 'json' | 'markdown' | 'docker' | 'shell' | 'ini' | 'plain';

type Rule = [TokenType, RegExp];

const words = (list: string) => new RegExp(`\\b(?:${list.split(' ').join('|')})\\b`, 'y');

const PYTHON: Rule[] = [
  ['comment', /#[^\n]*/y],
  ['string', /[rRbBfFuU]{0,2}("""[\s\S]*?"""|'''[\s\S]*?''')/y],
  ['string', /[rRbBfFuU]{0,2}("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')/y],
  ['decorator', /@[A-Za-z_][\w.]*/y],
  [
    'keyword',
    words(
      'False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield match case',
    ),
  ],
  ['builtin', words('self cls str int float bool dict list tuple set bytes len print isinstance super type object')],
  ['number', /\b(?:0[xob][\da-fA-F_]+|\d[\d_]*(?:\.\d[\d_]*)?(?:[eE][+-]?\d+)?j?)\b/y],
];

const HASH_COMMENT: Rule = ['comment', /#[^\n]*/y];
const QUOTED: Rule = ['string', /"(?:[^"\\\n]|\\.)*"|'[^'\n]*'/y];
const NUMBER: Rule = ['number', /-?\b\d+(?:\.\d+)?(?:[eE][+-]?\d+)?\b/y];

const RULES: Record<Language, Rule[]> = {
  python: PYTHON,
  toml: [
    HASH_COMMENT,
    ['heading', /^[ \t]*\[\[?[^\]\n]+\]\]?/my],
    ['string', /"""[\s\S]*?"""/y],
    QUOTED,
    ['key', /^[ \t]*[\w.-]+(?=\s*=)/my],
    ['keyword', words('true false')],
    NUMBER,
  ],
  ini: [
    ['comment', /[#;][^\n]*/y],
    ['heading', /^[ \t]*\[[^\]\n]+\]/my],
    ['key', /^[ \t]*[\w.-]+(?=\s*=)/my],
  ],
  yaml: [
    HASH_COMMENT,
    QUOTED,
    ['key', /^[ \t]*(?:- )?[\w.\-/]+(?=:(?:\s|$))/my],
    ['keyword', words('true false null')],
    NUMBER,
  ],
  json: [['key', /"(?:[^"\\\n]|\\.)*"(?=\s*:)/y], QUOTED, ['keyword', words('true false null')], NUMBER],
  markdown: [
    ['heading', /^#{1,6} [^\n]*/my],
    ['string', /```[\s\S]*?```|`[^`\n]+`/y],
    ['keyword', /\*\*[^*\n]+\*\*/y],
  ],
  docker: [
    HASH_COMMENT,
    ['keyword', /^[ \t]*(?:FROM|RUN|COPY|ADD|WORKDIR|ENV|ARG|EXPOSE|USER|CMD|ENTRYPOINT|HEALTHCHECK|LABEL|VOLUME)\b/my],
    QUOTED,
    ['keyword', /\bAS\b/y],
  ],
  shell: [
    HASH_COMMENT,
    QUOTED,
    ['builtin', /\$\{?\w+\}?/y],
    ['keyword', words('if then else fi for do done case esac exec export set')],
  ],
  plain: [HASH_COMMENT],
};

export function languageOf(path: string): Language {
  const name = path.split('/').pop() ?? path;
  if (/\.py$/.test(name)) return 'python';
  if (/\.toml$/.test(name)) return 'toml';
  if (/\.ini$|\.cfg$/.test(name)) return 'ini';
  if (/\.ya?ml$/.test(name)) return 'yaml';
  if (/\.json$/.test(name)) return 'json';
  if (/\.md$/.test(name)) return 'markdown';
  if (/^Dockerfile/.test(name)) return 'docker';
  if (/\.sh$|^\.env/.test(name)) return 'shell';
  return 'plain';
}

/** Tokens covering `text` exactly: joining their texts gives `text` back. */
export function tokenize(text: string, language: Language): Token[] {
  const rules = RULES[language];
  const tokens: Token[] = [];
  let plain = '';
  let i = 0;
  outer: while (i < text.length) {
    for (const [type, re] of rules) {
      re.lastIndex = i;
      const match = re.exec(text);
      if (match && match[0].length > 0) {
        if (plain) tokens.push({ type: 'plain', text: plain });
        plain = '';
        tokens.push({ type, text: match[0] });
        i += match[0].length;
        continue outer;
      }
    }
    // Skip a whole word at once, so keywords are only found at word starts.
    const word = /[A-Za-z_]\w*|./sy;
    word.lastIndex = i;
    const chunk = word.exec(text)![0];
    plain += chunk;
    i += chunk.length;
  }
  if (plain) tokens.push({ type: 'plain', text: plain });
  return tokens;
}

/** Tokens per line, for a code view with line numbers. Tokens spanning lines are split. */
export function tokenizeLines(text: string, language: Language): Token[][] {
  const lines: Token[][] = [[]];
  for (const token of tokenize(text, language)) {
    const parts = token.text.split('\n');
    parts.forEach((part, index) => {
      if (index > 0) lines.push([]);
      if (part) lines[lines.length - 1]!.push({ type: token.type, text: part });
    });
  }
  return lines;
}
