/**
 * validateSpec on anything: it never throws, and answers either a spec that validates again
 * to itself, or problems that each have a path and a message, without repeats.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateSpec, type SpecResult } from '../../../src/spec';
import { specInput } from '../../support/arbitrary-spec';
import { EXAMPLE_NAMES, example } from './support/specs';

const KEY = String.raw`\["(?:[^"\\]|\\.)*"\]`;
const RUNS = Number(process.env.SPEC_FUZZ_RUNS ?? 1);
const PATH = new RegExp(String.raw`^(spec|[A-Za-z_$][\w$]*|${KEY}|\[\d+\])(\.[A-Za-z_$][\w$]*|\[\d+\]|${KEY})*$`);

function wellFormed(result: SpecResult): boolean {
  if (result.ok) {
    const again = validateSpec(JSON.parse(JSON.stringify(result.spec)));
    expect(again).toEqual({ ok: true, spec: result.spec });
    return true;
  }
  expect(result.errors.length).toBeGreaterThan(0);
  const seen = new Set<string>();
  for (const { path, message } of result.errors) {
    expect(path).toMatch(PATH);
    expect(message.trim().length).toBeGreaterThan(0);
    expect(seen.has(`${path}: ${message}`)).toBe(false);
    seen.add(`${path}: ${message}`);
  }
  return true;
}

type Json = unknown;

/** Every path to a value inside `value`. */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const here = [prefix];
  if (Array.isArray(value)) return here.concat(...value.map((v, i) => paths(v, [...prefix, i])));
  if (typeof value === 'object' && value !== null) {
    return here.concat(...Object.entries(value).map(([k, v]) => paths(v, [...prefix, k])));
  }
  return here;
}

/** Values that hit the semantic rules rather than only the types. */
const NASTY = fc.constantFrom<unknown>(
  'class',
  'User',
  'Tenant',
  'Page',
  'id',
  '',
  'x'.repeat(100),
  '(?<a>x)',
  '[',
  '2023-02-30',
  'ftp://x',
  'a@b',
  -1,
  0,
  1e300,
  2 ** 53,
  1.5,
  true,
  null,
  [],
  {},
  'many-to-many',
  'set-null',
  'none',
  'oauth2',
  'redis',
  'constructor',
  '__proto__',
  'Order',
  'orders',
  'customer_id',
);

type Mutation = { at: number; kind: 'replace' | 'delete' | 'add'; value: unknown };

function mutate(base: Json, mutations: Mutation[]): Json {
  const copy = structuredClone(base) as Record<string | number, unknown>;
  for (const { at, kind, value } of mutations) {
    const all = paths(copy);
    const path = all[at % all.length]!;
    if (path.length === 0) continue;
    const parent = path
      .slice(0, -1)
      .reduce<Record<string | number, unknown>>((node, key) => node[key] as Record<string | number, unknown>, copy);
    const key = path[path.length - 1]!;
    if (kind === 'replace') parent[key] = value;
    else if (kind === 'delete' && Array.isArray(parent)) parent.splice(Number(key), 1);
    else if (kind === 'delete') delete parent[key];
    else if (typeof parent === 'object' && parent !== null && !Array.isArray(parent))
      parent[`extra_${typeof value}`] = value;
  }
  return copy;
}

const mutation = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom<Mutation['kind']>('replace', 'delete', 'add'),
  value: fc.oneof(NASTY, fc.anything()),
});

describe('validateSpec never throws', () => {
  it('on anything', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => wellFormed(validateSpec(value))),
      { numRuns: 300 * RUNS },
    );
  });

  it('on anything inside a spec-shaped object', () => {
    const shaped = fc.record({
      specVersion: fc.anything(),
      project: fc.anything(),
      entities: fc.anything(),
      relations: fc.anything(),
    });
    fc.assert(
      fc.property(shaped, (value) => wellFormed(validateSpec(value))),
      { numRuns: 150 * RUNS },
    );
  });

  it.each(EXAMPLE_NAMES)('on mutations of the %s example', (name) => {
    const base = example(name);
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) =>
        wellFormed(validateSpec(mutate(base, mutations))),
      ),
      { numRuns: 150 * RUNS },
    );
  });

  it('on generated specs, mostly valid ones', () => {
    let valid = 0;
    fc.assert(
      fc.property(specInput, (input) => {
        const result = validateSpec(input);
        if (result.ok) valid++;
        return wellFormed(result);
      }),
      { numRuns: 100 * RUNS },
    );
    expect(valid).toBeGreaterThan(10);
  });
});
