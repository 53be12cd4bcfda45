import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { languageOf, tokenize, tokenizeLines, type Language } from '../../../src/ui/highlight/highlight';

const LANGUAGES: Language[] = ['python', 'toml', 'yaml', 'json', 'markdown', 'docker', 'shell', 'ini', 'plain'];
const typed = (text: string, language: Language) =>
  tokenize(text, language)
    .filter((t) => t.type !== 'plain')
    .map((t) => `${t.type}:${t.text}`);

describe('highlighter', () => {
  it('loses and adds nothing: tokens join back into the text, in every language', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.constantFrom(...LANGUAGES), (text, language) => {
        expect(
          tokenize(text, language)
            .map((t) => t.text)
            .join(''),
        ).toBe(text);
        expect(
          tokenizeLines(text, language)
            .map((line) => line.map((t) => t.text).join(''))
            .join('\n'),
        ).toBe(text);
      }),
    );
  });

  it('finds Python keywords, strings, comments, decorators and numbers, not keywords inside names', () => {
    const code =
      '@router.get("/x")\nasync def list_items(limit: int = 20) -> None:  # list\n    return """doc"""\nimport_path = 1.5\n';
    expect(typed(code, 'python')).toEqual([
      'decorator:@router.get',
      'string:"/x"',
      'keyword:async',
      'keyword:def',
      'builtin:int',
      'number:20',
      'keyword:None',
      'comment:# list',
      'keyword:return',
      'string:"""doc"""',
      'number:1.5',
    ]);
  });

  it('handles TOML, YAML and JSON keys', () => {
    expect(typed('[project]\nname = "shop"\n', 'toml')).toEqual(['heading:[project]', 'key:name', 'string:"shop"']);
    expect(typed('services:\n  db:\n    image: "postgres"\n', 'yaml')).toEqual([
      'key:services',
      'key:  db',
      'key:    image',
      'string:"postgres"',
    ]);
    expect(typed('{"a": true}', 'json')).toEqual(['key:"a"', 'keyword:true']);
  });

  it('picks the language from the path', () => {
    expect(languageOf('app/main.py')).toBe('python');
    expect(languageOf('pyproject.toml')).toBe('toml');
    expect(languageOf('.github/workflows/ci.yml')).toBe('yaml');
    expect(languageOf('backsmith.json')).toBe('json');
    expect(languageOf('README.md')).toBe('markdown');
    expect(languageOf('Dockerfile')).toBe('docker');
    expect(languageOf('.env.example')).toBe('shell');
    expect(languageOf('alembic.ini')).toBe('ini');
    expect(languageOf('.gitignore')).toBe('plain');
  });
});
