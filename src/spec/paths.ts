/**
 * JSON paths of problems: `entities[2].fields[0].name`, `spec` for the document itself.
 * Problems are reported in document order (the order of keys as written, array indexes
 * ascending, a value's own problems before those of its children) and without repeats.
 */
import type { SpecError } from './types';

export type PathKey = string | number;
export type Path = readonly PathKey[];

/** A problem before its path is formatted. */
export interface Problem {
  path: Path;
  message: string;
}

const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && PLAIN_KEY.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out || 'spec';
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Where each step of `path` sits in the written document: array indexes as they are, a
 * key by its position among its object's keys; a missing key (a required key left out)
 * sorts after the keys that are present.
 */
function ranks(input: unknown, path: Path): number[] {
  const out: number[] = [];
  let node: unknown = input;
  for (const key of path) {
    if (typeof key === 'number') {
      out.push(key);
      node = Array.isArray(node) ? node[key] : undefined;
    } else {
      const keys = isRecord(node) ? Object.keys(node) : [];
      const at = keys.indexOf(key);
      out.push(at >= 0 ? at : keys.length);
      node = at >= 0 ? (node as Record<string, unknown>)[key] : undefined;
    }
  }
  return out;
}

function compareRanks(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) return a[i]! - b[i]!;
  }
  return a.length - b.length;
}

/** Sorts in document order (stable, so one value's problems keep their rule order) and drops repeats. */
export function finishProblems(problems: readonly Problem[], input: unknown): SpecError[] {
  const ranked = problems.map((problem, order) => ({ problem, order, rank: ranks(input, problem.path) }));
  ranked.sort((a, b) => compareRanks(a.rank, b.rank) || a.order - b.order);
  const seen = new Set<string>();
  const out: SpecError[] = [];
  for (const { problem } of ranked) {
    const error = { path: formatPath(problem.path), message: problem.message };
    const key = `${error.path}\u0000${error.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(error);
  }
  return out;
}
