/**
 * A small JSON Schema (2020-12) checker for the keywords the exported spec schema uses, so the
 * examples can be checked against the published schema without a new dependency. A keyword it
 * does not know is an error, so it can never pass a document by ignoring part of the schema.
 */
type Schema = Record<string, unknown>;

const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description', 'default', '$defs', 'id']);
const KNOWN = new Set([
  ...ANNOTATIONS,
  'type',
  'properties',
  'required',
  'additionalProperties',
  'propertyNames',
  'items',
  'minItems',
  'maxItems',
  'enum',
  'const',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'anyOf',
  'oneOf',
  '$ref',
]);

const typeOf = (v: unknown): string =>
  v === null
    ? 'null'
    : Array.isArray(v)
      ? 'array'
      : typeof v === 'number' && Number.isInteger(v)
        ? 'integer'
        : typeof v;

const typeMatches = (type: string, v: unknown): boolean =>
  type === 'number' ? typeof v === 'number' : type === 'integer' ? typeOf(v) === 'integer' : typeOf(v) === type;

export function checkJsonSchema(root: Schema, value: unknown): string[] {
  const errors: string[] = [];
  const resolve = (ref: string): Schema => {
    const match = /^#\/\$defs\/(.+)$/.exec(ref);
    const target = match && (root.$defs as Record<string, Schema> | undefined)?.[match[1]!];
    if (!target) throw new Error(`unresolvable $ref ${ref}`);
    return target;
  };
  const check = (schema: Schema, v: unknown, path: string): boolean => {
    const before = errors.length;
    const fail = (message: string) => errors.push(`${path || '/'}: ${message}`);
    for (const key of Object.keys(schema))
      if (!KNOWN.has(key)) throw new Error(`unsupported keyword ${key} at ${path}`);
    if (schema.$ref) check(resolve(schema.$ref as string), v, path);
    if (schema.type && !typeMatches(schema.type as string, v)) return (fail(`expected ${String(schema.type)}`), false);
    if ('const' in schema && v !== schema.const) fail(`expected ${JSON.stringify(schema.const)}`);
    if (schema.enum && !(schema.enum as unknown[]).includes(v)) fail(`not one of ${JSON.stringify(schema.enum)}`);
    if (typeof v === 'string') {
      if (schema.pattern && !new RegExp(schema.pattern as string, 'u').test(v))
        fail(`does not match ${String(schema.pattern)}`);
      if (schema.minLength !== undefined && [...v].length < (schema.minLength as number)) fail('too short');
      if (schema.maxLength !== undefined && [...v].length > (schema.maxLength as number)) fail('too long');
    }
    if (typeof v === 'number') {
      if (schema.minimum !== undefined && v < (schema.minimum as number)) fail('below minimum');
      if (schema.maximum !== undefined && v > (schema.maximum as number)) fail('above maximum');
    }
    if (Array.isArray(v)) {
      if (schema.minItems !== undefined && v.length < (schema.minItems as number)) fail('too few items');
      if (schema.maxItems !== undefined && v.length > (schema.maxItems as number)) fail('too many items');
      if (schema.items) v.forEach((item, i) => check(schema.items as Schema, item, `${path}/${i}`));
    }
    if (typeOf(v) === 'object') {
      const object = v as Record<string, unknown>;
      const properties = (schema.properties ?? {}) as Record<string, Schema>;
      for (const key of (schema.required ?? []) as string[]) if (!(key in object)) fail(`missing ${key}`);
      for (const [key, child] of Object.entries(object)) {
        if (schema.propertyNames) check(schema.propertyNames as Schema, key, `${path}/${key}`);
        if (properties[key]) check(properties[key]!, child, `${path}/${key}`);
        else if (schema.additionalProperties === false) fail(`unknown key ${key}`);
        else if (typeof schema.additionalProperties === 'object')
          check(schema.additionalProperties as Schema, child, `${path}/${key}`);
      }
    }
    for (const [keyword, exactlyOne] of [
      ['anyOf', false],
      ['oneOf', true],
    ] as const) {
      const options = schema[keyword] as Schema[] | undefined;
      if (!options) continue;
      const mark = errors.length;
      const passing = options.filter((option) => check(option, v, path)).length;
      errors.length = mark;
      if (passing === 0 || (exactlyOne && passing > 1)) fail(`${keyword}: ${passing} options match`);
    }
    return errors.length === before;
  };
  check(root, value, '');
  return errors;
}
