/**
 * What each spec field type becomes: its Python type, SQLAlchemy column type (in the
 * model and in the migration), Pydantic constraints and the filter operators it supports.
 */
import type { Field, FieldType } from '../../spec';
import { pyString } from '../escape';
import { DT, from, pyFloat, pyNumber, type Import } from './python';

/** Filter operator sets, named as in generated `app/core/query.py`. */
export type OperatorSet = 'EQUALITY' | 'ORDERED' | 'TEXT' | 'NO_OPERATORS';

export const OPERATORS: Record<OperatorSet, string[]> = {
  EQUALITY: ['eq', 'in'],
  ORDERED: ['eq', 'in', 'gte', 'lte'],
  TEXT: ['eq', 'in', 'contains'],
  NO_OPERATORS: [],
};

/** Bounds of the database integer types, so out-of-range values are a 422, not a database error. */
export const INT32 = { min: -2147483648, max: 2147483647 };
export const INT64 = { min: '-9223372036854775808', max: '9223372036854775807' };

export interface TypeInfo {
  /** Python type of the value (no `None`), as model and response annotations spell it. */
  python: string;
  /** The input type before constraints (`EmailStr`, `HttpUrlString`), when it differs. */
  input: string;
  /** Pydantic `Field(...)` constraint arguments for input schemas. */
  constraints: string[];
  /** What `python` needs imported (models and response schemas). */
  pythonImports: Import[];
  /** What `input` and the constraints need imported (input schemas). */
  inputImports: Import[];
  /** Column type expression in the model. */
  column: string;
  columnImports: Import[];
  /** Column type expression in the migration (`sa.`-qualified, no app imports). */
  migration: string;
  operators: OperatorSet;
  sortable: boolean;
  /** The server default can be a plain literal on every database (not TEXT, JSON, …). */
  serverDefault: boolean;
}

const TEXT_TYPES = new Set<FieldType>(['string', 'text', 'email', 'url']);
export const isTextual = (type: FieldType) => TEXT_TYPES.has(type);

/**
 * The longest email address (RFC 5321: 64 + `@` + 255; email-validator accepts at most 254),
 * so an email column never needs more, whatever maxLength says: 1280 bytes of utf8mb4,
 * which a MySQL key holds, so a unique email works on every database.
 */
export const EMAIL_COLUMN_LENGTH = 320;

/** `ge`/`le` bounds, the tighter of the spec's and the column's. */
function intBounds(field: { min?: number; max?: number }, column: { min: number | string; max: number | string }) {
  const tighter = (value: number | undefined, limit: number | string, pick: (a: bigint, b: bigint) => boolean) =>
    value !== undefined && Number.isInteger(value) && pick(BigInt(value), BigInt(limit))
      ? pyNumber(value)
      : String(limit);
  return [
    `ge=${tighter(field.min, column.min, (a, b) => a > b)}`,
    `le=${tighter(field.max, column.max, (a, b) => a < b)}`,
  ];
}

const decimalText = (value: number | string) => `Decimal(${pyString(String(value))})`;

/** The URL column: text, unless it is indexed (MySQL cannot index TEXT without a prefix). */
const urlColumn = (field: Field & { type: 'url' }) =>
  field.unique || field.index
    ? {
        column: `String(${field.maxLength})`,
        columnImports: [from('sqlalchemy', 'String')],
        migration: `sa.String(length=${field.maxLength})`,
        serverDefault: true,
      }
    : { column: 'Text', columnImports: [from('sqlalchemy', 'Text')], migration: 'sa.Text()', serverDefault: false };

export function typeInfo(field: Field, enumClass: string): TypeInfo {
  const base = {
    constraints: [] as string[],
    operators: 'ORDERED' as OperatorSet,
    sortable: true,
    serverDefault: true,
    pythonImports: [] as Import[],
    inputImports: [] as Import[],
  };
  const sa = (...names: string[]) => names.map((name) => from('sqlalchemy', name));
  switch (field.type) {
    case 'string': {
      const constraints = [`max_length=${field.maxLength}`];
      if (field.minLength) constraints.unshift(`min_length=${field.minLength}`);
      if (field.pattern !== undefined) constraints.push(`pattern=${pyString(field.pattern)}`);
      return {
        ...base,
        python: 'str',
        input: 'str',
        constraints,
        column: `String(${field.maxLength})`,
        columnImports: sa('String'),
        migration: `sa.String(length=${field.maxLength})`,
        operators: 'TEXT',
      };
    }
    case 'text':
      return {
        ...base,
        python: 'str',
        input: 'str',
        constraints: field.maxLength !== undefined ? [`max_length=${field.maxLength}`] : [],
        column: 'Text',
        columnImports: sa('Text'),
        migration: 'sa.Text()',
        operators: 'TEXT',
        serverDefault: false,
      };
    case 'integer':
    case 'bigint': {
      const big = field.type === 'bigint';
      return {
        ...base,
        python: 'int',
        input: 'int',
        constraints: intBounds(field, big ? INT64 : INT32),
        column: big ? 'BigInteger' : 'Integer',
        columnImports: sa(big ? 'BigInteger' : 'Integer'),
        migration: big ? 'sa.BigInteger()' : 'sa.Integer()',
      };
    }
    case 'float': {
      const constraints = [
        ...(field.min !== undefined ? [`ge=${pyFloat(field.min)}`] : []),
        ...(field.max !== undefined ? [`le=${pyFloat(field.max)}`] : []),
        'allow_inf_nan=False',
      ];
      return {
        ...base,
        python: 'float',
        input: 'float',
        constraints,
        column: 'Double',
        columnImports: sa('Double'),
        migration: 'sa.Double()',
      };
    }
    case 'decimal': {
      const constraints: string[] = [];
      if (field.min !== undefined) constraints.push(`ge=${decimalText(field.min)}`);
      if (field.max !== undefined) constraints.push(`le=${decimalText(field.max)}`);
      constraints.push(`max_digits=${field.precision}`, `decimal_places=${field.scale}`, 'allow_inf_nan=False');
      return {
        ...base,
        python: 'Decimal',
        input: 'Decimal',
        pythonImports: [from('decimal', 'Decimal')],
        inputImports: [from('decimal', 'Decimal')],
        constraints,
        column: `ExactNumeric(${field.precision}, ${field.scale})`,
        columnImports: [from('app.db.types', 'ExactNumeric')],
        migration: `sa.Numeric(precision=${field.precision}, scale=${field.scale})`,
      };
    }
    case 'boolean':
      return {
        ...base,
        python: 'bool',
        input: 'bool',
        column: 'Boolean',
        columnImports: sa('Boolean'),
        migration: 'sa.Boolean()',
        operators: 'EQUALITY',
      };
    case 'date':
      return {
        ...base,
        python: 'dt.date',
        input: 'dt.date',
        pythonImports: [DT],
        inputImports: [DT],
        column: 'Date',
        columnImports: sa('Date'),
        migration: 'sa.Date()',
      };
    case 'datetime':
      return {
        ...base,
        python: 'dt.datetime',
        input: 'dt.datetime',
        pythonImports: [DT],
        inputImports: [DT],
        column: 'UTCDateTime',
        columnImports: [from('app.db.types', 'UTCDateTime')],
        migration: DATETIME_MIGRATION_TYPE,
        serverDefault: false,
      };
    case 'email': {
      const length = Math.min(field.maxLength, EMAIL_COLUMN_LENGTH);
      return {
        ...base,
        python: 'str',
        input: 'EmailStr',
        inputImports: [from('pydantic', 'EmailStr')],
        constraints: [`max_length=${field.maxLength}`],
        column: `String(${length})`,
        columnImports: sa('String'),
        migration: `sa.String(length=${length})`,
        operators: 'TEXT',
      };
    }
    case 'url':
      return {
        ...base,
        python: 'str',
        input: 'HttpUrlString',
        inputImports: [from('app.schemas.base', 'HttpUrlString')],
        constraints: [`max_length=${field.maxLength}`],
        ...urlColumn(field),
        operators: 'TEXT',
      };
    case 'uuid':
      return {
        ...base,
        python: 'UUID',
        input: 'UUID',
        pythonImports: [from('uuid', 'UUID')],
        inputImports: [from('uuid', 'UUID')],
        column: 'PortableUuid',
        columnImports: [from('app.db.types', 'PortableUuid')],
        migration: UUID_MIGRATION_TYPE,
        operators: 'EQUALITY',
        serverDefault: false,
      };
    case 'enum': {
      const length = Math.max(...field.values.map((value) => value.length));
      const values = field.values.map(pyString).join(', ');
      const common = `name=${pyString(field.name)}, native_enum=False, create_constraint=True, length=${length}`;
      return {
        ...base,
        python: enumClass,
        input: enumClass,
        column: `Enum(${enumClass}, ${common}, values_callable=enum_values)`,
        columnImports: [from('sqlalchemy', 'Enum'), from('app.db.types', 'enum_values')],
        migration: `sa.Enum(${values}, ${common})`,
        operators: 'EQUALITY',
      };
    }
    case 'json':
      return {
        ...base,
        python: 'dict[str, Any] | list[Any]',
        input: 'dict[str, Any] | list[Any]',
        pythonImports: [from('typing', 'Any')],
        inputImports: [from('typing', 'Any')],
        column: 'JSON(none_as_null=True)',
        columnImports: sa('JSON'),
        migration: 'sa.JSON()',
        operators: 'NO_OPERATORS',
        sortable: false,
        serverDefault: false,
      };
  }
}

/** UUIDs: native where the database's ordering matches their text; CHAR(32) on MySQL/MariaDB. */
export const UUID_MIGRATION_TYPE = 'sa.Uuid().with_variant(sa.Uuid(native_uuid=False), "mysql", "mariadb")';

/**
 * Timestamps are `DateTime(timezone=True)`; on MySQL/MariaDB with microseconds
 * (`DATETIME(6)`), as `UTCDateTime` in app/db/types.py does.
 */
export const DATETIME_MIGRATION_TYPE =
  'sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb")';
