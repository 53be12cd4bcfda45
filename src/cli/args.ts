/** Argument parsing for the CLI; small enough not to need a library. */

export const USAGE = `usage:
  npm run backsmith -- validate <spec.json>
  npm run backsmith -- generate <spec.json> (--out <dir> [--force] | --zip <file.zip>)
  npm run backsmith -- share <spec.json> [--base <url>]
  npm run backsmith -- verify <spec.json> [--packages <dir>] [--json]`;

export class UsageError extends Error {}

export type Command =
  | { command: 'validate'; spec: string }
  | { command: 'generate'; spec: string; out?: string; zip?: string; force: boolean }
  | { command: 'share'; spec: string; base: string }
  | { command: 'verify'; spec: string; packages?: string; json: boolean }
  | { command: 'export-schema' };

export const DEFAULT_SHARE_BASE = 'https://backsmith.dev/';

/** Splits argv into positionals and `--flag [value]` options, rejecting unknown flags. */
function split(argv: string[], valued: string[], boolean: string[]) {
  const positionals: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const [flag, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (boolean.includes(flag)) options.set(flag, true);
    else if (valued.includes(flag)) {
      const value = inline ?? argv[++i];
      if (value === undefined || value === '') throw new UsageError(`--${flag} needs a value`);
      options.set(flag, value);
    } else throw new UsageError(`unknown option --${flag}`);
  }
  return { positionals, options };
}

export function parseArgs(argv: string[]): Command {
  const [command, ...rest] = argv;
  const one = (positionals: string[]) => {
    if (positionals.length !== 1) throw new UsageError(`${command} takes exactly one spec file`);
    return positionals[0]!;
  };
  switch (command) {
    case 'validate':
      return { command, spec: one(split(rest, [], []).positionals) };
    case 'generate': {
      const { positionals, options } = split(rest, ['out', 'zip'], ['force']);
      const out = options.get('out') as string | undefined;
      const zip = options.get('zip') as string | undefined;
      if (!out === !zip) throw new UsageError('generate needs exactly one of --out <dir> or --zip <file.zip>');
      return { command, spec: one(positionals), out, zip, force: options.has('force') };
    }
    case 'share': {
      const { positionals, options } = split(rest, ['base'], []);
      const base = (options.get('base') as string | undefined) ?? DEFAULT_SHARE_BASE;
      try {
        new URL(base);
      } catch {
        throw new UsageError(`--base ${base} is not a URL`);
      }
      return { command, spec: one(positionals), base };
    }
    case 'verify': {
      const { positionals, options } = split(rest, ['packages'], ['json']);
      const packages = options.get('packages') as string | undefined;
      return { command, spec: one(positionals), packages, json: options.has('json') };
    }
    case 'export-schema':
      return { command };
    default:
      throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
  }
}
