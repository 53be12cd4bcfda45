import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from '../../../src/cli/args';

describe('CLI arguments', () => {
  it('parses each command', () => {
    expect(parseArgs(['validate', 's.json'])).toEqual({ command: 'validate', spec: 's.json' });
    expect(parseArgs(['generate', 's.json', '--out', 'dir', '--force'])).toEqual({
      command: 'generate',
      spec: 's.json',
      out: 'dir',
      zip: undefined,
      force: true,
    });
    expect(parseArgs(['generate', '--zip=p.zip', 's.json'])).toMatchObject({ zip: 'p.zip', out: undefined });
    expect(parseArgs(['share', 's.json', '--base', 'http://localhost:4173/'])).toEqual({
      command: 'share',
      spec: 's.json',
      base: 'http://localhost:4173/',
    });
  });

  it.each([
    [[], /no command/],
    [['explode'], /unknown command "explode"/],
    [['validate'], /exactly one spec file/],
    [['validate', 'a.json', 'b.json'], /exactly one spec file/],
    [['generate', 's.json'], /exactly one of --out/],
    [['generate', 's.json', '--out', 'd', '--zip', 'z.zip'], /exactly one of --out/],
    [['generate', 's.json', '--out'], /--out needs a value/],
    [['generate', 's.json', '--out', 'd', '--colour'], /unknown option --colour/],
    [['share', 's.json', '--base', 'not a url'], /not a URL/],
  ])('rejects %j', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
    expect(() => parseArgs(argv)).toThrow(message);
  });
});
