/**
 * Readable messages for zod's structural issues, given to zod as its error map (so they are
 * written once, where the issue is raised), plus the split of "unrecognized keys" into one
 * problem per key, each at the key's own path: `entities[0].colour: is not a key of an entity`.
 */
import type { z } from 'zod';
import type { Path, PathKey, Problem } from './paths';
import {
  FIELD_TYPES,
  FIELD_VARIANTS,
  apiSchema,
  deploySchema,
  entitySchema,
  projectSchema,
  relationSchema,
  specSchema,
} from './schema';
import { count, list, show } from './show';

type RawIssue = z.core.$ZodRawIssue;

const ARTICLE: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'an integer',
  boolean: 'true or false',
  object: 'an object',
  array: 'an array',
  null: 'null',
  record: 'an object',
};

/** Singular/plural nouns for array lengths, by the array's key. */
const NOUNS: Record<string, [string, string]> = {
  entities: ['entity', 'entities'],
  relations: ['relation', 'relations'],
  fields: ['field', 'fields'],
  values: ['value', 'values'],
  corsOrigins: ['origin', 'origins'],
  oauth2Providers: ['provider', 'providers'],
  ci: ['pipeline', 'pipelines'],
};

const lastKey = (path: readonly PropertyKey[] | undefined): string => String(path?.[path.length - 1] ?? '');

function invalidType(issue: Extract<RawIssue, { code: 'invalid_type' }>): string {
  const { input, expected } = issue;
  if (input === undefined) return 'is required';
  if ((issue.path ?? []).length === 0) return `must be a JSON object, not ${show(input)}`;
  if (expected === 'int' && typeof input === 'number') return `${show(input)} is not an integer`;
  if (expected === 'number' && typeof input === 'number') return `must be a finite number, not ${show(input)}`;
  return `must be ${Object.hasOwn(ARTICLE, expected) ? ARTICLE[expected] : expected}, not ${show(input)}`;
}

function sizeLimit(issue: Extract<RawIssue, { code: 'too_big' | 'too_small' }>): string {
  const small = issue.code === 'too_small';
  const limit = Number(small ? issue.minimum : issue.maximum);
  const { input, origin } = issue;
  if (origin === 'string' && typeof input === 'string') {
    const allowed = small
      ? `at least ${count(limit, 'character')} ${limit === 1 ? 'is' : 'are'} required`
      : `at most ${limit} are allowed`;
    return `${show(input)} is ${count(input.length, 'character')} long; ${allowed}`;
  }
  if (origin === 'array' && Array.isArray(input)) {
    const key = lastKey(issue.path);
    const [one, many] = Object.hasOwn(NOUNS, key) ? NOUNS[key]! : ['item', 'items'];
    const allowed = small ? `at least ${limit} ${limit === 1 ? 'is' : 'are'} required` : `at most ${limit} are allowed`;
    return `has ${count(input.length, one, many)}; ${allowed}`;
  }
  if (origin === 'int' && !small && limit === Number.MAX_SAFE_INTEGER && Math.abs(Number(input)) > limit) {
    return `${show(input)} is outside the integers JSON numbers hold exactly (±${Number.MAX_SAFE_INTEGER})`;
  }
  return small ? `${show(input)} is below the minimum ${limit}` : `${show(input)} is above the maximum ${limit}`;
}

function invalidUnion(issue: Extract<RawIssue, { code: 'invalid_union' }>): string {
  if (issue.discriminator === 'type' && typeof issue.input === 'object' && issue.input !== null) {
    const type = (issue.input as Record<string, unknown>).type;
    const types = `(one of ${list(FIELD_TYPES)})`;
    if (type === undefined) return `is required ${types}`;
    return typeof type === 'string'
      ? `${show(type)} is not a field type ${types}`
      : `must be a field type ${types}, not ${show(type)}`;
  }
  return `${show(issue.input)} is not an accepted value here`;
}

/** zod's error map for every spec parse: returns the message of a structural issue. */
export function describeIssue(issue: RawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return invalidType(issue);
    case 'invalid_value':
      if (issue.input === undefined) return 'is required';
      return issue.values.length === 1
        ? `must be ${show(issue.values[0])}, not ${show(issue.input)}`
        : `${show(issue.input)} is not one of ${list(issue.values)}`;
    case 'too_big':
    case 'too_small':
      return sizeLimit(issue);
    case 'invalid_format':
      return `${show(issue.input)} does not match ${issue.pattern ?? issue.format}`;
    case 'invalid_union':
      return invalidUnion(issue);
    case 'unrecognized_keys':
      return `${list(issue.keys)} ${issue.keys.length === 1 ? 'is not a known key' : 'are not known keys'}`;
    default:
      return undefined;
  }
}

const keysOf = (schema: { shape: Record<string, unknown> }): string[] => Object.keys(schema.shape);

/** What kind of object sits at `path`, and which keys it takes. */
function objectAt(path: Path, value: unknown): { what: string; keys: string[]; type?: string } | undefined {
  const shape = path.map((key) => (typeof key === 'number' ? '#' : key)).join('.');
  switch (shape) {
    case '':
      return { what: 'a spec', keys: keysOf(specSchema) };
    case 'project':
      return { what: 'project', keys: keysOf(projectSchema) };
    case 'entities.#':
      return { what: 'an entity', keys: keysOf(entitySchema) };
    case 'entities.#.access':
      return { what: 'access', keys: ['read', 'write'] };
    case 'entities.#.fields.#': {
      const type = String((value as Record<string, unknown>).type);
      if (!Object.hasOwn(FIELD_VARIANTS, type)) return undefined;
      return { what: `a ${show(type)} field`, keys: keysOf(FIELD_VARIANTS[type as keyof typeof FIELD_VARIANTS]), type };
    }
    case 'relations.#':
      return { what: 'a relation', keys: keysOf(relationSchema) };
    case 'api':
      return { what: 'api', keys: keysOf(apiSchema) };
    case 'api.rateLimit':
      return { what: 'rateLimit', keys: ['requestsPerMinute'] };
    case 'deploy':
      return { what: 'deploy', keys: keysOf(deploySchema) };
    default:
      return undefined;
  }
}

function unknownKeyMessage(path: Path, value: unknown, key: string): string {
  const object = objectAt(path, value);
  if (!object) return 'is not a known key';
  if (object.type !== undefined) {
    const owners = FIELD_TYPES.filter((type) => keysOf(FIELD_VARIANTS[type]).includes(key));
    if (owners.length > 0) return `is not a key of ${object.what} (${key} belongs to ${list(owners)} fields)`;
  }
  return `is not a key of ${object.what} (keys: ${list(object.keys)})`;
}

function valueAt(input: unknown, path: Path): unknown {
  let node = input;
  for (const key of path)
    node = typeof node === 'object' && node !== null ? (node as Record<PathKey, unknown>)[key] : undefined;
  return node;
}

/** zod issues → problems; an unrecognized-keys issue becomes one problem per key. */
export function problemsFromZod(error: z.ZodError, input: unknown): Problem[] {
  return error.issues.flatMap((issue): Problem[] => {
    const path = issue.path.filter((key): key is PathKey => typeof key !== 'symbol');
    if (issue.code !== 'unrecognized_keys') return [{ path, message: issue.message }];
    const value = valueAt(input, path);
    return issue.keys.map((key) => ({ path: [...path, key], message: unknownKeyMessage(path, value, key) }));
  });
}
