/**
 * Structural problems (zod): readable messages at exact paths, limits, bad input, and how
 * every problem of a document is reported: all at once, in document order, without repeats.
 */
import { describe, expect, it } from 'vitest';
import { LIMITS, parseSpecText, validateSpec } from '../../../src/spec';
import { formatPath } from '../../../src/spec/paths';
import { entity, errorsOf, expectError, spec, withField } from './support/specs';

describe('unknown keys', () => {
  it.each([
    [
      'the spec',
      spec((s) => (s.colour = 'red')),
      'colour',
      'is not a key of a spec (keys: specVersion, project, entities, relations, api, deploy)',
    ],
    [
      'project',
      spec((s) => (s.project.colour = 'red')),
      'project.colour',
      'is not a key of project (keys: name, title',
    ],
    [
      'an entity',
      spec((s) => (s.entities[0]!.colour = 'red')),
      'entities[0].colour',
      'is not a key of an entity (keys: name, plural',
    ],
    [
      'a field',
      withField({ name: 'f', type: 'string', colour: 'red' }),
      'entities[0].fields[0].colour',
      'is not a key of a "string" field (keys: name,',
    ],
    [
      'a field, key of another type',
      withField({ name: 'f', type: 'string', precision: 4 }),
      'entities[0].fields[0].precision',
      'is not a key of a "string" field (precision belongs to decimal fields)',
    ],
    [
      'a field, key of other types',
      withField({ name: 'f', type: 'boolean', maxLength: 4 }),
      'entities[0].fields[0].maxLength',
      'maxLength belongs to string, text, email, url fields',
    ],
    [
      'a relation',
      spec((s) =>
        s.relations.push({
          kind: 'one-to-many',
          from: 'Item',
          to: 'Item',
          fromName: 'kids',
          toName: 'parent',
          via: 'x',
        }),
      ),
      'relations[0].via',
      'is not a key of a relation',
    ],
    ['api', spec((s) => (s.api.cors = [])), 'api.cors', 'is not a key of api'],
    [
      'rateLimit',
      spec((s) => (s.api.rateLimit = { requestsPerMinute: 5, burst: 2 })),
      'api.rateLimit.burst',
      'is not a key of rateLimit (keys: requestsPerMinute)',
    ],
    ['deploy', spec((s) => (s.deploy.helm = true)), 'deploy.helm', 'is not a key of deploy'],
    ['a key that is not an identifier', spec((s) => (s['odd key.x'] = 1)), '["odd key.x"]', 'is not a key of a spec'],
  ])('in %s', (_where, input, path, message) => {
    expectError(input, path, message);
  });

  it('each unknown key is its own problem', () => {
    const errors = errorsOf(spec((s) => Object.assign(s.project, { a: 1, b: 2 })));
    expect(errors.map((e) => e.path)).toEqual(['project.a', 'project.b']);
  });
});

describe('wrong values', () => {
  it.each([
    ['a missing specVersion', spec((s) => delete s.specVersion), 'specVersion', 'is required'],
    ['another specVersion', spec((s) => (s.specVersion = 2)), 'specVersion', 'must be 1, not 2'],
    ['a missing project name', spec((s) => delete s.project.name), 'project.name', 'is required'],
    ['a number for a string', spec((s) => (s.project.name = 42)), 'project.name', 'must be a string, not 42'],
    [
      'a string for a boolean',
      spec((s) => (s.project.multiTenant = 'yes')),
      'project.multiTenant',
      'must be true or false, not "yes"',
    ],
    [
      'an object for an array',
      spec((s) => Object.assign(s, { entities: {} })),
      'entities',
      'must be an array, not an object',
    ],
    ['null for an object', spec((s) => Object.assign(s, { project: null })), 'project', 'must be an object, not null'],
    ['a missing field list', spec((s) => delete s.entities[0]!.fields), 'entities[0].fields', 'is required'],
    [
      'an unknown field type',
      withField({ name: 'f', type: 'money' }),
      'entities[0].fields[0].type',
      '"money" is not a field type (one of string, text, integer, bigint, float, decimal, boolean, date, datetime, email, url, uuid, enum, json)',
    ],
    [
      'a missing field type',
      withField({ name: 'f' }),
      'entities[0].fields[0].type',
      'is required (one of string, text',
    ],
    [
      'a non-string field type',
      withField({ name: 'f', type: 3 }),
      'entities[0].fields[0].type',
      'must be a field type (one of string',
    ],
    [
      'a field that is not an object',
      spec((s) => (s.entities[0]!.fields = ['title'])),
      'entities[0].fields[0]',
      'must be an object, not "title"',
    ],
    [
      'an unknown python version',
      spec((s) => (s.project.pythonVersion = '3.9')),
      'project.pythonVersion',
      '"3.9" is not one of 3.10, 3.11, 3.12, 3.13',
    ],
    [
      'a number for the python version',
      spec((s) => (s.project.pythonVersion = 3.12)),
      'project.pythonVersion',
      '3.12 is not one of 3.10, 3.11, 3.12, 3.13',
    ],
  ])('%s', (_what, input, path, message) => {
    expectError(input, path, message);
  });

  it('the document itself', () => {
    expect(errorsOf([])).toEqual([{ path: 'spec', message: 'must be a JSON object, not an array' }]);
    expect(errorsOf('spec')).toEqual([{ path: 'spec', message: 'must be a JSON object, not "spec"' }]);
    expect(errorsOf(undefined)).toEqual([{ path: 'spec', message: 'is required' }]);
  });
});

describe('limits', () => {
  const many = <T>(n: number, make: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => make(i));
  const letters = (i: number) => `E${[...String(i).padStart(3, '0')].map((d) => 'abcdefghij'[Number(d)]).join('')}`;

  it('at most 200 entities, 100 fields each, 500 relations', () => {
    expectError(
      spec((s) => (s.entities = many(201, (i) => entity(letters(i))))),
      'entities',
      'has 201 entities; at most 200 are allowed',
    );
    expect(validateSpec(spec((s) => (s.entities = many(200, (i) => entity(letters(i)))))).ok).toBe(true);
    const fields = (n: number) => many(n, (i) => ({ name: `f${i}`, type: 'string' }));
    expectError(
      spec((s) => (s.entities[0]!.fields = fields(101))),
      'entities[0].fields',
      'has 101 fields; at most 100 are allowed',
    );
    expect(validateSpec(spec((s) => (s.entities[0]!.fields = fields(100)))).ok).toBe(true);
    expectError(
      spec((s) => (s.entities[0]!.fields = [])),
      'entities[0].fields',
      'has 0 fields; at least 1 is required',
    );
    const relation = (i: number) => ({
      kind: 'one-to-many',
      from: 'Item',
      to: 'Item',
      fromName: `a${i}`,
      toName: `b${i}`,
    });
    expectError(
      spec((s) => (s.relations = many(501, relation))),
      'relations',
      'has 501 relations; at most 500 are allowed',
    );
    expect(validateSpec(spec((s) => (s.relations = many(500, relation)))).ok).toBe(true);
  });

  it('a spec over 1 MiB of JSON is rejected, as text and as a value', () => {
    const big = spec((s) => (s.project.description = 'é'.repeat(LIMITS.specBytes / 2)));
    const bytes = new TextEncoder().encode(JSON.stringify(big)).length;
    expect(errorsOf(big)).toEqual([
      { path: 'spec', message: `is ${bytes} bytes of JSON; the limit is 1 MiB (1048576 bytes)` },
    ]);
    const text = JSON.stringify(big);
    expect(parseSpecText(text)).toEqual({
      ok: false,
      errors: [{ path: 'spec', message: expect.stringContaining('the limit is 1 MiB') }],
    });
    const justUnder = spec((s) => (s.entities[0]!.description = 'x'.repeat(900)));
    expect(validateSpec(justUnder).ok).toBe(true);
  });

  it('text that is not JSON', () => {
    expect(parseSpecText('{"specVersion": 1,')).toEqual({
      ok: false,
      errors: [{ path: 'spec', message: expect.stringMatching(/^is not valid JSON \(/) }],
    });
  });

  it('values JSON cannot carry, nesting, and text that is not Unicode', () => {
    expect(errorsOf({ specVersion: 1n })).toEqual([
      { path: 'spec', message: expect.stringContaining('is not JSON data') },
    ]);
    let deep: unknown = {};
    for (let i = 0; i < 100; i++) deep = { d: deep };
    expectError(
      withField({ name: 'f', type: 'json', default: deep }),
      `entities[0].fields[0].default${'.d'.repeat(59)}`,
      'nests deeper than 64 levels',
    );
    expectError(
      spec((s) => (s.project.description = 'a\ud800b')),
      'project.description',
      'contains a lone UTF-16 surrogate',
    );
  });
});

describe('every problem, in document order, once', () => {
  it('structural and semantic problems of one document are reported together', () => {
    const input = {
      specVersion: 1,
      project: { name: 'shop', auth: 'none' },
      entities: [
        {
          name: 'Page',
          colour: 'red',
          fields: [
            { name: 'class', type: 'string' },
            { name: 'n', type: 'integer', min: 'one' },
          ],
        },
        {
          name: 'Order',
          fields: [{ name: 'total', type: 'decimal', precision: 4, scale: 2, default: 100 }],
          access: { read: 'owner', write: 'public' },
        },
      ],
      relations: [{ kind: 'one-to-many', from: 'Order', to: 'Nowhere' }],
    };
    expect(errorsOf(input)).toEqual([
      { path: 'entities[0].name', message: expect.stringContaining('collides with the class Page') },
      { path: 'entities[0].colour', message: expect.stringContaining('is not a key of an entity') },
      { path: 'entities[0].fields[0].name', message: '"class" is a Python keyword' },
      { path: 'entities[0].fields[1].min', message: 'must be a number, not "one"' },
      {
        path: 'entities[1].fields[0].default',
        message: '100 has 3 digits before the decimal point; Numeric(4, 2) holds 2',
      },
      { path: 'entities[1].access.read', message: expect.stringContaining('"owner" needs authentication') },
      { path: 'relations[0].to', message: expect.stringContaining('"Nowhere" is not an entity of this spec') },
    ]);
  });

  it('keys are ordered as written, a value before its children, indexes ascending', () => {
    const input = {
      deploy: { ci: ['x'] },
      project: { title: '', name: 'Bad' },
      specVersion: 1,
      entities: [{ fields: [] }, { name: 'x' }],
    };
    expect(errorsOf(input).map((e) => e.path)).toEqual([
      'deploy.ci[0]',
      'project.title',
      'project.name',
      'entities[0].fields',
      'entities[0].name',
      'entities[1].name',
      'entities[1].fields',
    ]);
  });

  it('formats paths as JSON paths', () => {
    expect(formatPath([])).toBe('spec');
    expect(formatPath(['entities', 2, 'fields', 0, 'name'])).toBe('entities[2].fields[0].name');
    expect(formatPath(['a b', 0])).toBe('["a b"][0]');
  });
});
