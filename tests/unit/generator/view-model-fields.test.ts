import { describe, expect, it } from 'vitest';
import { buildViewModel } from '../../../src/generator/view-model';
import { formatDecimal, isoUtc, utcParts } from '../../../src/generator/view-model/defaults';
import type { FieldView } from '../../../src/generator/view-model/fields';
import { oneEntity } from './view-model-support';

/** The view of one field declared alone on an entity. */
function field(definition: Record<string, unknown>, project: Record<string, unknown> = {}): FieldView {
  const vm = buildViewModel(oneEntity([{ name: 'value', ...definition }], project));
  return vm.entities[0]!.fields[0]!;
}

describe('Python and column types', () => {
  it.each([
    [{ type: 'string', maxLength: 40 }, 'str', 'String(40)', 'sa.String(length=40)'],
    [{ type: 'text' }, 'str', 'Text', 'sa.Text()'],
    [{ type: 'integer' }, 'int', 'Integer', 'sa.Integer()'],
    [{ type: 'bigint' }, 'int', 'BigInteger', 'sa.BigInteger()'],
    [{ type: 'float' }, 'float', 'Double', 'sa.Double()'],
    [
      { type: 'decimal', precision: 10, scale: 3 },
      'Decimal',
      'ExactNumeric(10, 3)',
      'sa.Numeric(precision=10, scale=3)',
    ],
    [{ type: 'boolean' }, 'bool', 'Boolean', 'sa.Boolean()'],
    [{ type: 'date' }, 'dt.date', 'Date', 'sa.Date()'],
    [{ type: 'email' }, 'str', 'String(320)', 'sa.String(length=320)'],
    [{ type: 'url' }, 'str', 'Text', 'sa.Text()'],
    [{ type: 'url', unique: true, maxLength: 500 }, 'str', 'String(500)', 'sa.String(length=500)'],
    [{ type: 'json' }, 'dict[str, Any] | list[Any]', 'JSON(none_as_null=True)', 'sa.JSON()'],
  ])('%j', (definition, python, column, migration) => {
    const view = field(definition);
    expect(view.info.python).toBe(python);
    expect(view.info.column).toBe(column);
    expect(view.info.migration).toBe(migration);
  });

  it('stores datetimes and UUIDs with the portable types, the same in the migration', () => {
    expect(field({ type: 'datetime' }).info).toMatchObject({ python: 'dt.datetime', column: 'UTCDateTime' });
    expect(field({ type: 'datetime' }).info.migration).toContain('sa.DateTime(timezone=True)');
    expect(field({ type: 'datetime' }).info.migration).toContain('mysql.DATETIME(fsp=6)');
    expect(field({ type: 'uuid' }).info).toMatchObject({ python: 'UUID', column: 'PortableUuid' });
  });

  it('makes enums portable: a VARCHAR with a CHECK on every database, stored by value', () => {
    const view = field({ type: 'enum', values: ['new', 'extra_large'], default: 'new' });
    expect(view.enum).toEqual({
      className: 'ProductValue',
      field: 'value',
      members: [
        { name: 'NEW', value: 'new' },
        { name: 'EXTRA_LARGE', value: 'extra_large' },
      ],
    });
    expect(view.info.column).toBe(
      'Enum(ProductValue, name="value", native_enum=False, create_constraint=True, length=11, values_callable=enum_values)',
    );
    expect(view.info.migration).toBe(
      'sa.Enum("new", "extra_large", name="value", native_enum=False, create_constraint=True, length=11)',
    );
    expect(view.default?.python).toBe('ProductValue.NEW');
  });
});

describe('constraints', () => {
  it('keeps integers inside the column range, and the spec bounds when tighter', () => {
    expect(field({ type: 'integer' }).info.constraints).toEqual(['ge=-2147483648', 'le=2147483647']);
    expect(field({ type: 'integer', min: 1, max: 5 }).info.constraints).toEqual(['ge=1', 'le=5']);
    expect(field({ type: 'bigint' }).info.constraints).toEqual(['ge=-9223372036854775808', 'le=9223372036854775807']);
  });

  it('checks decimals exactly: digits, places and Decimal bounds', () => {
    expect(field({ type: 'decimal', precision: 8, scale: 3, min: 0.5 }).info.constraints).toEqual([
      'ge=Decimal("0.5")',
      'max_digits=8',
      'decimal_places=3',
      'allow_inf_nan=False',
    ]);
  });

  it('escapes patterns into the Field call and uses Python regex semantics', () => {
    const vm = buildViewModel(oneEntity([{ name: 'code', type: 'string', pattern: '^"\\d+"$', maxLength: 9 }]));
    const code = vm.entities[0]!.fields[0]!;
    expect(code.schema.create.code).toBe('Annotated[str, Field(max_length=9, pattern="^\\"\\\\d+\\"$")] | None = None');
    expect(vm.entities[0]!.schemas.inputConfig).toBe('ConfigDict(extra="ignore", regex_engine="python-re")');
  });
});

describe('schema declarations', () => {
  it('requires required fields without a default, and defaults the others', () => {
    expect(field({ type: 'string', required: true }).schema.create.code).toBe('Annotated[str, Field(max_length=255)]');
    expect(field({ type: 'boolean', default: false }).schema.create.code).toBe('bool | None = False');
    expect(field({ type: 'boolean', required: true, default: true }).schema.create.code).toBe('bool = True');
  });

  it('makes every Update key optional and every JSON default a factory', () => {
    expect(field({ type: 'integer', required: true }).schema.update.code).toBe(
      'Annotated[int, Field(ge=-2147483648, le=2147483647)] | None = None',
    );
    expect(field({ type: 'json', default: { a: [1] } }).schema.create.code).toBe(
      'dict[str, Any] | list[Any] | None = Field(default_factory=lambda: {"a": [1]})',
    );
  });

  it('aliases renamed attributes in every schema and names the column in the model', () => {
    const vm = buildViewModel(oneEntity([{ name: 'str', type: 'string', required: true, description: 'a "b"' }]));
    const str = vm.entities[0]!.fields[0]!;
    expect(str.attr).toBe('str_');
    expect(str.schema.create.code).toBe(
      'Annotated[str, Field(max_length=255)] = Field(alias="str", description="a \\"b\\"")',
    );
    expect(str.schema.response.code).toBe('str = Field(serialization_alias="str", description="a \\"b\\"")');
    expect(str.model.args).toBe('"str", String(255), comment="a \\"b\\""');
  });

  it('leaves autoNow fields out of request bodies', () => {
    const vm = buildViewModel(oneEntity([{ name: 'seen_at', type: 'datetime', autoNow: 'update' }]));
    const entity = vm.entities[0]!;
    expect(entity.schemas.create).toEqual([]);
    expect(entity.schemas.response.map((line) => line.attr)).toContain('seen_at');
    expect(entity.service.autoNowOnUpdate).toEqual(['seen_at']);
  });
});

describe('defaults', () => {
  it('formats decimals to their scale without rounding', () => {
    expect(formatDecimal('12.5', 2)).toBe('12.50');
    expect(formatDecimal(3, 2)).toBe('3.00');
    expect(formatDecimal('007.1', 1)).toBe('7.1');
  });

  it('moves datetimes to UTC and keeps microseconds', () => {
    const parts = utcParts('2024-05-06T01:08:09.5+02:00');
    expect(parts).toEqual({ year: 2024, month: 5, day: 5, hour: 23, minute: 8, second: 9, micro: 500000 });
    expect(isoUtc(parts)).toBe('2024-05-05T23:08:09.500000Z');
    expect(field({ type: 'datetime', default: '2024-01-01T00:00:00Z' }).default?.python).toBe(
      'dt.datetime(2024, 1, 1, 0, 0, 0, tzinfo=dt.UTC)',
    );
    expect(
      field({ type: 'datetime', default: '2024-01-01T00:00:00Z' }, { pythonVersion: '3.10' }).default?.python,
    ).toBe('dt.datetime(2024, 1, 1, 0, 0, 0, tzinfo=dt.timezone.utc)');
  });

  it('gives portable server defaults only', () => {
    expect(field({ type: 'boolean', default: true }).default).toMatchObject({
      server: 'true()',
      migrationServer: 'sa.true()',
    });
    expect(field({ type: 'decimal', default: 1.5 }).default).toMatchObject({ server: '"1.50"', response: '1.50' });
    expect(field({ type: 'text', default: 'x' }).default?.server).toBeNull();
    expect(field({ type: 'json', default: [1] }).default?.server).toBeNull();
  });
});
