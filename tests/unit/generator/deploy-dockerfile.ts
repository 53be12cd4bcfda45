/**
 * A small Dockerfile parser for the tests: joins continued lines, drops comments and parser
 * directives, splits instructions into stages at each FROM.
 */

export interface Instruction {
  keyword: string;
  /** Everything after the keyword, continuation lines joined with a space. */
  args: string;
  /** The exec form (`["a", "b"]`) parsed, when the arguments are a JSON array. */
  exec: string[] | null;
  /** Flags such as `--from=builder` or `--interval=30s` before the arguments proper. */
  flags: Record<string, string>;
  /** Position in the whole file, to compare the order of instructions across stages. */
  index: number;
}

export interface Stage {
  image: string;
  name: string | null;
  instructions: Instruction[];
}

function logicalLines(text: string): string[] {
  const lines: string[] = [];
  let pending = '';
  for (const raw of text.split('\n')) {
    const line = raw.trimEnd();
    if (/^\s*#/.test(line) || (!pending && !line.trim())) continue;
    if (line.endsWith('\\')) {
      pending += `${line.slice(0, -1).trim()} `;
      continue;
    }
    lines.push(`${pending}${line.trim()}`.trim());
    pending = '';
  }
  if (pending.trim()) throw new Error(`Dockerfile ends inside a continued line: ${pending}`);
  return lines;
}

function parseExec(args: string): string[] | null {
  if (!args.startsWith('[')) return null;
  const parsed: unknown = JSON.parse(args);
  if (!Array.isArray(parsed) || !parsed.every((item) => typeof item === 'string')) {
    throw new Error(`exec form must be a JSON array of strings: ${args}`);
  }
  return parsed;
}

function parseInstruction(line: string, index: number): Instruction {
  const match = /^([A-Za-z]+)\s+(.*)$/.exec(line);
  if (!match) throw new Error(`not an instruction: ${line}`);
  const keyword = match[1]!.toUpperCase();
  let rest = match[2]!;
  const flags: Record<string, string> = {};
  for (let flag = /^--([a-z-]+)=(\S+)\s+/.exec(rest); flag; flag = /^--([a-z-]+)=(\S+)\s+/.exec(rest)) {
    flags[flag[1]!] = flag[2]!;
    rest = rest.slice(flag[0].length);
  }
  // HEALTHCHECK's command is itself an instruction: `CMD [...]`.
  const commandArgs = keyword === 'HEALTHCHECK' ? rest.replace(/^CMD\s+/, '') : rest;
  return { keyword, args: rest, exec: parseExec(commandArgs), flags, index };
}

const KNOWN = new Set(
  'FROM RUN CMD LABEL EXPOSE ENV ADD COPY ENTRYPOINT VOLUME USER WORKDIR ARG ONBUILD STOPSIGNAL HEALTHCHECK SHELL'.split(
    ' ',
  ),
);

export function parseDockerfile(text: string): Stage[] {
  const stages: Stage[] = [];
  logicalLines(text).forEach((line, index) => {
    const instruction = parseInstruction(line, index);
    if (!KNOWN.has(instruction.keyword)) throw new Error(`unknown instruction ${instruction.keyword}`);
    if (instruction.keyword === 'FROM') {
      const from = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(instruction.args);
      if (!from) throw new Error(`bad FROM: ${instruction.args}`);
      stages.push({ image: from[1]!, name: from[2] ?? null, instructions: [] });
      return;
    }
    const stage = stages.at(-1);
    if (!stage) throw new Error(`${instruction.keyword} before the first FROM`);
    stage.instructions.push(instruction);
  });
  return stages;
}

/** `ENV A=1 B="x y"` → `{A: '1', B: 'x y'}` (the key=value form only). */
export function envPairs(instruction: Instruction): Record<string, string> {
  const pairs: Record<string, string> = {};
  const pattern = /([A-Za-z_][A-Za-z0-9_]*)=("(?:[^"\\]|\\.)*"|\S*)/g;
  for (const [, key, value] of instruction.args.matchAll(pattern)) {
    pairs[key!] = value!.startsWith('"') ? value!.slice(1, -1) : value!;
  }
  return pairs;
}
