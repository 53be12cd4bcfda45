/** Field names, constraints, defaults, enum values and patterns: passing and failing cases with path and reason. */
import { describe, expect, it } from 'vitest';
import { errorsOf, expectError, expectValid, spec, withField } from './support/specs';

const FIELD = 'entities[0].fields[0]';

describe('field names', () => {
  it.each([
    ['a keyword', 'class', '"class" is a Python keyword'],
    ['another keyword', 'from', '"from" is a Python keyword'],
    ['id', 'id', '"id" is reserved: every generated model may have it (the primary key)'],
    ['created_at', 'created_at', '"created_at" is reserved'],
    ['deleted_at', 'deleted_at', '"deleted_at" is reserved'],
    ['tenant_id', 'tenant_id', '"tenant_id" is reserved'],
    ['owner_id', 'owner_id', '"owner_id" is reserved'],
    ['metadata', 'metadata', "an attribute of SQLAlchemy's declarative base"],
    ['registry', 'registry', '"registry" is reserved'],
    ['the pattern', 'Title', '"Title" is not a valid field name'],
    ['a leading digit', '1st', 'is not a valid field name'],
  ])('rejects %s', (_what, name, message) => {
    expectError(withField({ name, type: 'string' }), `${FIELD}.name`, message);
  });

  it.each(['type', 'match', 'case', 'date', 'str', 'json', 'order_id', `a${'b'.repeat(62)}`])('accepts %s', (name) => {
    expectValid(withField({ name, type: 'string' }));
  });

  it('names are unique within an entity', () => {
    const input = spec(
      (s) =>
        (s.entities[0]!.fields = [
          { name: 'title', type: 'string' },
          { name: 'title', type: 'text' },
        ]),
    );
    expectError(input, 'entities[0].fields[1].name', '"title" is already the name of fields[0]');
    expectValid(spec((s) => s.entities.push({ name: 'Other', fields: [{ name: 'title', type: 'text' }] })));
  });
});

describe('constraints agree with each other', () => {
  it.each([
    [
      'minLength > maxLength',
      { type: 'string', minLength: 10, maxLength: 5 },
      'minLength',
      '10 is greater than maxLength 5',
    ],
    [
      'minLength > the default maxLength',
      { type: 'string', minLength: 300 },
      'minLength',
      '300 is greater than maxLength 255',
    ],
    ['integer min > max', { type: 'integer', min: 10, max: 1 }, 'min', '10 is greater than max 1'],
    ['integer max < min', { type: 'integer', min: 10, max: 1 }, 'max', '1 is less than min 10'],
    ['float min > max', { type: 'float', min: 1.5, max: 1.25 }, 'min', '1.5 is greater than max 1.25'],
    ['bigint min > max', { type: 'bigint', min: 2, max: 1 }, 'max', '1 is less than min 2'],
    ['decimal min > max', { type: 'decimal', min: 3, max: 2 }, 'min', '3 is greater than max 2'],
    [
      'an integer bound past 32 bits',
      { type: 'integer', max: 2147483648 },
      'max',
      'outside the 32-bit range of an integer field',
    ],
    ['scale > precision', { type: 'decimal', precision: 4, scale: 5 }, 'scale', '5 is greater than precision 4'],
    [
      'a decimal bound with too many digits',
      { type: 'decimal', precision: 4, scale: 2, max: 123 },
      'max',
      '123 has 3 digits before the decimal point; Numeric(4, 2) holds 2',
    ],
    [
      'a decimal bound with too many places',
      { type: 'decimal', precision: 4, scale: 2, min: 0.001 },
      'min',
      '0.001 has 3 decimal places; Numeric(4, 2) holds 2',
    ],
    ['precision 39', { type: 'decimal', precision: 39 }, 'precision', '39 is above the maximum 38'],
    ['maxLength 0', { type: 'string', maxLength: 0 }, 'maxLength', '0 is below the minimum 1'],
    ['a fractional integer bound', { type: 'integer', min: 1.5 }, 'min', '1.5 is not an integer'],
  ])('rejects %s', (_what, body, key, message) => {
    expectError(withField({ name: 'f', ...body }), `${FIELD}.${key}`, message);
  });

  it.each([
    ['equal lengths', { type: 'string', minLength: 5, maxLength: 5 }],
    ['equal bounds', { type: 'integer', min: 3, max: 3 }],
    ['32-bit integer bounds', { type: 'integer', min: -2147483648, max: 2147483647 }],
    ['large bigint bounds', { type: 'bigint', min: -9007199254740991, max: 9007199254740991 }],
    ['scale = precision', { type: 'decimal', precision: 4, scale: 4, max: 0.9999 }],
    ['decimal bounds that fit', { type: 'decimal', precision: 4, scale: 2, min: -99.99, max: 99.99 }],
    ['precision 38', { type: 'decimal', precision: 38, scale: 0, max: 1e37 }],
    ['a long text', { type: 'text', maxLength: 65535 }],
  ])('accepts %s', (_what, body) => {
    expectValid(withField({ name: 'f', ...body }));
  });
});

describe('defaults satisfy their field', () => {
  it.each([
    [
      'a string over maxLength',
      { type: 'string', maxLength: 3, default: 'abcd' },
      '"abcd" is 4 characters long; maxLength is 3',
    ],
    ['a string under minLength', { type: 'string', minLength: 3, default: 'ab' }, 'minLength is 3'],
    [
      'a string off its pattern',
      { type: 'string', pattern: '^[0-9]+$', default: '12a' },
      '"12a" does not match the pattern ^[0-9]+$',
    ],
    [
      '$ before a final newline',
      { type: 'string', pattern: '^[0-9]+$', default: '12\n' },
      'does not match the pattern',
    ],
    ['a string with NUL', { type: 'string', default: 'a\u0000b' }, 'contains a NUL character'],
    ['a text over maxLength', { type: 'text', maxLength: 2, default: 'abc' }, 'maxLength is 2'],
    [
      'an enum default outside values',
      { type: 'enum', values: ['a', 'b'], default: 'c' },
      '"c" is not one of the values (a, b)',
    ],
    ['an integer under min', { type: 'integer', min: 1, default: 0 }, '0 is below min 1'],
    ['an integer over max', { type: 'integer', max: 5, default: 6 }, '6 is above max 5'],
    [
      'an integer past 32 bits',
      { type: 'integer', default: -2147483649 },
      'outside the 32-bit range of an integer field',
    ],
    [
      'a bigint past JSON-safe integers',
      { type: 'bigint', default: 9007199254740992 },
      'outside the integers JSON numbers hold exactly',
    ],
    ['a bigint over max', { type: 'bigint', max: 10, default: 11 }, '11 is above max 10'],
    ['a float under min', { type: 'float', min: 0, default: -0.5 }, '-0.5 is below min 0'],
    [
      'a decimal with too many places',
      { type: 'decimal', default: 1.005 },
      '1.005 has 3 decimal places; Numeric(12, 2) holds 2',
    ],
    [
      'a decimal string with too many digits',
      { type: 'decimal', precision: 4, scale: 2, default: '123.4' },
      '"123.4" has 3 digits before the decimal point',
    ],
    ['a decimal string over max', { type: 'decimal', max: 10, default: '10.01' }, '"10.01" is above max 10'],
    [
      'a decimal that is not a number',
      { type: 'decimal', default: '12,50' },
      '"12,50" is not a decimal number such as "12.50"',
    ],
    [
      'a decimal of the wrong type',
      { type: 'decimal', default: true },
      'must be a number or a decimal string such as "12.50"',
    ],
    [
      'February 29 of a common year',
      { type: 'date', default: '2023-02-29' },
      '"2023-02-29" is not a calendar date: month 2 of 2023 has 28 days',
    ],
    ['month 13', { type: 'date', default: '2024-13-01' }, 'month 13 does not exist'],
    ['year 0', { type: 'date', default: '0000-01-01' }, 'year 0000 does not exist'],
    ['a date in another format', { type: 'date', default: '01/02/2024' }, 'is not a date written YYYY-MM-DD'],
    [
      'a datetime without time zone',
      { type: 'datetime', default: '2024-05-01T09:30:00' },
      'is not an ISO 8601 date-time with a time zone',
    ],
    [
      'hour 24',
      { type: 'datetime', default: '2024-05-01T24:00:00Z' },
      'is not a real date-time: hour 24 does not exist',
    ],
    [
      'offset +24:00',
      { type: 'datetime', default: '2024-05-01T10:00:00+24:00' },
      'the time zone offset +24:00 does not exist',
    ],
    [
      'a default with autoNow',
      { type: 'datetime', autoNow: 'create', default: '2024-05-01T09:30:00Z' },
      'a datetime with autoNow "create" takes no default',
    ],
    ['an email without @', { type: 'email', default: 'nobody' }, '"nobody" is not an e-mail address: it needs one "@"'],
    ['an email without a dot in the domain', { type: 'email', default: 'a@localhost' }, 'its domain needs a dot'],
    ['an email on a special-use domain', { type: 'email', default: 'a@example.test' }, 'special-use domain .test'],
    ['an email with a space', { type: 'email', default: 'a b@example.com' }, 'its local part'],
    ['an email with consecutive dots', { type: 'email', default: 'a..b@example.com' }, 'misplaced dots'],
    ['an email over maxLength', { type: 'email', maxLength: 5, default: 'a@example.com' }, 'maxLength is 5'],
    [
      'a url that is not http(s)',
      { type: 'url', default: 'ftp://example.com' },
      'is not an http(s) URL: it must start with http:// or https://',
    ],
    ['a url without host', { type: 'url', default: 'http://' }, 'is not an http(s) URL'],
    ['a url with a space', { type: 'url', default: 'https://exa mple.com' }, 'whitespace'],
    ['a url over maxLength', { type: 'url', maxLength: 10, default: 'https://example.com' }, 'maxLength is 10'],
    ['a uuid that is not one', { type: 'uuid', default: '1234' }, '"1234" is not a UUID'],
    ['a json scalar', { type: 'json', default: 5 }, 'must be an object or an array'],
    ['a boolean string', { type: 'boolean', default: 'true' }, 'must be true or false, not "true"'],
  ])('rejects %s', (_what, body, message) => {
    expectError(withField({ name: 'f', ...body }), `${FIELD}.default`, message);
  });

  it.each([
    [
      'a string within lengths and pattern',
      { type: 'string', minLength: 2, maxLength: 4, pattern: '^[a-z]+$', default: 'abcd' },
    ],
    ['characters counted as code points', { type: 'string', maxLength: 2, default: '😀😀' }],
    ['an enum value', { type: 'enum', values: ['a', 'b'], default: 'b' }],
    ['integer bounds inclusive', { type: 'integer', min: 1, max: 5, default: 5 }],
    ['32-bit extremes', { type: 'integer', default: -2147483648 }],
    ['a bigint past 32 bits', { type: 'bigint', default: 9007199254740991 }],
    ['a float in range', { type: 'float', min: -1.5, max: 1.5, default: 1.5 }],
    ['a decimal number', { type: 'decimal', precision: 4, scale: 2, default: 99.99 }],
    ['a decimal string with trailing zeros', { type: 'decimal', precision: 4, scale: 2, default: '10.500' }],
    ['a decimal string at max', { type: 'decimal', max: 10, default: '10.00' }],
    ['a leap day', { type: 'date', default: '2024-02-29' }],
    ['a datetime in UTC', { type: 'datetime', default: '2024-05-01T09:30:00Z' }],
    ['a datetime with offset and fraction', { type: 'datetime', default: '2024-05-01T09:30:00.123456-05:30' }],
    ['a datetime without seconds', { type: 'datetime', default: '2024-05-01T09:30+01:00' }],
    ['an email', { type: 'email', default: 'first.last+tag@sub.example.org' }],
    ['an http url', { type: 'url', default: 'http://localhost:8000/path?q=1' }],
    ['a uuid', { type: 'uuid', default: '123e4567-e89b-12d3-a456-426614174000' }],
    ['a json object', { type: 'json', default: { a: [1, null, 'x'] } }],
    ['a json array', { type: 'json', default: [] }],
    ['a boolean', { type: 'boolean', default: false }],
  ])('accepts %s', (_what, body) => {
    expectValid(withField({ name: 'f', ...body }));
  });

  it('a default is checked against the pattern only when the pattern itself is valid', () => {
    const errors = errorsOf(withField({ name: 'f', type: 'string', pattern: '(?<n>a)', default: 'b' }));
    expect(errors.map((e) => e.path)).toEqual([`${FIELD}.pattern`]);
  });
});

describe('enum values and patterns', () => {
  it('enum values are unique identifiers, at most 100', () => {
    expectError(
      withField({ name: 'f', type: 'enum', values: ['new', 'old', 'new'] }),
      `${FIELD}.values[2]`,
      '"new" is listed twice (first at values[0])',
    );
    expectError(
      withField({ name: 'f', type: 'enum', values: ['New'] }),
      `${FIELD}.values[0]`,
      '"New" is not a valid enum value',
    );
    expectError(
      withField({ name: 'f', type: 'enum', values: [] }),
      `${FIELD}.values`,
      'has 0 values; at least 1 is required',
    );
    const many = Array.from({ length: 101 }, (_, i) => `v${i}`);
    expectError(
      withField({ name: 'f', type: 'enum', values: many }),
      `${FIELD}.values`,
      'has 101 values; at most 100 are allowed',
    );
    expectValid(withField({ name: 'f', type: 'enum', values: many.slice(0, 100) }));
  });

  it('a pattern must be portable between JavaScript and Python', () => {
    expectError(
      withField({ name: 'f', type: 'string', pattern: '(?<year>\\d{4})' }),
      `${FIELD}.pattern`,
      '"(?<year>\\\\d{4})" is not a portable regex: named groups',
    );
    expectError(withField({ name: 'f', type: 'string', pattern: '(?i)abc' }), `${FIELD}.pattern`, 'inline flags');
    expectError(withField({ name: 'f', type: 'string', pattern: '[' }), `${FIELD}.pattern`, 'never closed');
    expectError(
      withField({ name: 'f', type: 'string', pattern: '' }),
      `${FIELD}.pattern`,
      'at least 1 character is required',
    );
    expectValid(withField({ name: 'f', type: 'string', pattern: '^[A-Z]{2}-\\d{4}$' }));
  });
});
