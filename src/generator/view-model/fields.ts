/**
 * Field views: one spec field as the model column, the migration column, the three
 * schema declarations and the list-endpoint filter, all as ready-to-print Python.
 */
import type { Field, FieldType } from '../../spec';
import { naming } from '../../spec';
import { pyString } from '../escape';
import { defaultView, type DefaultView } from './defaults';
import { typeInfo, type TypeInfo } from './field-types';
import type { PythonTarget } from './python';

export interface EnumView {
  className: string;
  field: string;
  members: { name: string; value: string }[];
}

export interface FieldView {
  /** Column name and JSON key. */
  name: string;
  /** Python attribute in models and schemas (`date_` when `date` would shadow a type). */
  attr: string;
  /** `attr !== name`: the column and the schemas spell the name explicitly. */
  aliased: boolean;
  type: FieldType;
  description: string;
  /** Never null (NOT NULL column, non-optional response). */
  required: boolean;
  unique: boolean;
  /** A plain (non-unique) index. */
  indexed: boolean;
  autoNow: 'create' | 'update' | null;
  /** Accepted in request bodies (`autoNow` fields are set by the server). */
  writable: boolean;
  /** Required in Create: required and without a default. */
  mandatory: boolean;
  filterable: boolean;
  sortable: boolean;
  enum: EnumView | null;
  default: DefaultView | null;
  info: TypeInfo;
  /** `Mapped[...]` argument and `mapped_column(...)` arguments. */
  model: { annotation: string; args: string };
  /** `sa.Column(...)` arguments in the migration. */
  migration: string;
  /** Declarations after `attr: ` in each schema. */
  schema: { create: Declared; update: Declared; response: Declared };
  spec: Field;
}

export const enumMemberName = (value: string) => value.toUpperCase();

/** A schema declaration after `attr: `, and whether it calls pydantic's `Field`. */
export interface Declared {
  code: string;
  usesField: boolean;
}

/**
 * `annotation = Field(...)`, `annotation = default` or just `annotation`. `factory` is a
 * `default_factory` callable (`list`, `lambda: {...}`).
 */
export function declaration(
  annotation: Declared | string,
  kwargs: string[],
  value?: string,
  factory?: string,
): Declared {
  const type = typeof annotation === 'string' ? { code: annotation, usesField: false } : annotation;
  if (factory)
    return { code: `${type.code} = Field(${[`default_factory=${factory}`, ...kwargs].join(', ')})`, usesField: true };
  if (kwargs.length === 0)
    return { code: value === undefined ? type.code : `${type.code} = ${value}`, usesField: type.usesField };
  const args = [...(value === undefined ? [] : [`default=${value}`]), ...kwargs];
  return { code: `${type.code} = Field(${args.join(', ')})`, usesField: true };
}

const constrained = (info: TypeInfo): Declared =>
  info.constraints.length > 0
    ? { code: `Annotated[${info.input}, Field(${info.constraints.join(', ')})]`, usesField: true }
    : { code: info.input, usesField: false };

const optional = (type: Declared): Declared => ({ code: `${type.code} | None`, usesField: type.usesField });

function schemaDeclarations(view: Omit<FieldView, 'schema' | 'model' | 'migration'>) {
  const description = view.description ? [`description=${pyString(view.description)}`] : [];
  const alias = view.aliased ? [`alias=${pyString(view.name)}`] : [];
  const input = constrained(view.info);
  const optionalInput = optional(input);
  const createAnnotation = view.required ? input : optionalInput;
  const fieldArgs = [...alias, ...description];
  const create = view.default
    ? view.default.factory
      ? declaration(createAnnotation, fieldArgs, undefined, `lambda: ${view.default.python}`)
      : declaration(createAnnotation, fieldArgs, view.default.python)
    : declaration(createAnnotation, fieldArgs, view.required ? undefined : 'None');
  const update = declaration(optionalInput, fieldArgs, 'None');
  const responseType = view.required ? view.info.python : `${view.info.python} | None`;
  const serialization = view.aliased ? [`serialization_alias=${pyString(view.name)}`] : [];
  const response = declaration(responseType, [...serialization, ...description]);
  return { create, update, response };
}

/**
 * Column and table comments as every database stores them: MySQL keeps comments in
 * 3-byte UTF-8, so characters beyond the BMP become `?` there; doing it here keeps
 * `alembic check` quiet on every database.
 */
export const dbComment = (text: string) => text.replace(/[\u{10000}-\u{10FFFF}]/gu, '?');

function modelColumn(view: Omit<FieldView, 'schema' | 'model' | 'migration'>, uniquePerTenant: boolean) {
  const comment = view.description ? [`comment=${pyString(dbComment(view.description))}`] : [];
  const args = [
    ...(view.aliased ? [pyString(view.name)] : []),
    view.info.column,
    // Unique per tenant: a `(field, tenant_id)` constraint in the table's arguments instead.
    ...(view.unique ? (uniquePerTenant ? [] : ['unique=True']) : view.indexed ? ['index=True'] : []),
    ...(view.default?.server ? [`server_default=${view.default.server}`] : []),
    ...comment,
  ];
  const annotation = view.required ? view.info.python : `${view.info.python} | None`;
  const migration = [
    pyString(view.name),
    view.info.migration,
    `nullable=${view.required ? 'False' : 'True'}`,
    ...(view.default?.migrationServer ? [`server_default=${view.default.migrationServer}`] : []),
    ...comment,
  ].join(', ');
  return { model: { annotation, args: args.join(', ') }, migration };
}

export function buildFieldView(
  field: Field,
  entity: string,
  attr: string,
  target: PythonTarget,
  uniquePerTenant = false,
): FieldView {
  const enumClass = naming.enumClassName(entity, field.name);
  const info = typeInfo(field, enumClass);
  const autoNow = field.type === 'datetime' ? (field.autoNow ?? null) : null;
  const base = {
    name: field.name,
    attr,
    aliased: attr !== field.name,
    type: field.type,
    description: field.description,
    required: field.required,
    // JSON has no portable equality or ordering: no unique constraint, index or sort.
    unique: field.unique && field.type !== 'json',
    indexed: field.index && !field.unique && field.type !== 'json',
    autoNow,
    writable: autoNow === null,
    mandatory: field.required && field.default === undefined && autoNow === null,
    filterable: field.filterable,
    sortable: field.sortable && info.sortable,
    enum:
      field.type === 'enum'
        ? {
            className: enumClass,
            field: field.name,
            members: field.values.map((value) => ({ name: enumMemberName(value), value })),
          }
        : null,
    default: defaultView(field, enumClass, target.utc, enumMemberName),
    info,
    spec: field,
  };
  return { ...base, schema: schemaDeclarations(base), ...modelColumn(base, uniquePerTenant) };
}
