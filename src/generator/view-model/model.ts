/**
 * The SQLAlchemy model module of one entity: enum classes, columns, relationships, the
 * id-list properties and the junction tables it owns, with the imports they need.
 */
import { pyString } from '../escape';
import type { AccessView } from './access';
import { dbComment, type FieldView } from './fields';
import { Imports, type PythonTarget } from './python';
import { onDeleteSql, type EntityRef, type ForeignKeyRef, type IdListRef, type JunctionRef } from './relations';

export interface ForeignKeyView {
  ref: ForeignKeyRef;
  name: string;
  attr: string;
  aliased: boolean;
  /** ORM relationship attributes: on this (child) entity and on the parent. */
  relationship: string;
  parentRelationship: string;
  /** Closes a cycle between tables: created after both tables (`use_alter`). */
  deferred: boolean;
}

export interface IdListView {
  ref: IdListRef;
  name: string;
  attr: string;
  aliased: boolean;
  relationship: string;
}

export interface Declaration {
  attr: string;
  annotation: string;
  args: string;
}

export interface JunctionView {
  variable: string;
  table: string;
  columns: string[];
}

export interface ModelView {
  imports: string[];
  typeCheckingImports: string[];
  enumBase: string;
  bases: string;
  tableArgs: string | null;
  idColumn: Declaration;
  columns: Declaration[];
  relationships: Declaration[];
  idProperties: { name: string; relationship: string; idType: string; label: string }[];
  junctions: JunctionView[];
}

/** A relationship declared on the other side of a relation, pointing back at this entity. */
export interface InverseRelationship {
  attr: string;
  annotation: string;
  args: string;
  target: EntityRef;
}

export const junctionVariable = (junction: JunctionRef) => `${junction.table}_table`;

function junctionView(junction: JunctionRef): JunctionView {
  const column = (name: string, table: string, indexed: boolean) =>
    `Column(${pyString(name)}, ForeignKey(${pyString(`${table}.id`)}, ondelete="CASCADE"), primary_key=True${indexed ? ', index=True' : ''})`;
  return {
    variable: junctionVariable(junction),
    table: junction.table,
    columns: [
      column(junction.fromColumn, junction.from.table, false),
      column(junction.toColumn, junction.to.table, true),
    ],
  };
}

/** Join conditions of a self many-to-many, which SQLAlchemy cannot infer. */
function selfJoins(entity: string, list: IdListRef): string[] {
  if (list.junction.from.name !== list.junction.to.name) return [];
  const [mine, theirs] =
    list.side === 'from'
      ? [list.junction.fromColumn, list.junction.toColumn]
      : [list.junction.toColumn, list.junction.fromColumn];
  const table = list.junction.table;
  return [
    `primaryjoin=${pyString(`${entity}.id == ${table}.c.${mine}`)}`,
    `secondaryjoin=${pyString(`${entity}.id == ${table}.c.${theirs}`)}`,
  ];
}

export interface ModelInput {
  name: string;
  module: string;
  table: string;
  description: string;
  idType: string;
  auditFields: boolean;
  softDelete: boolean;
  fields: FieldView[];
  foreignKeys: ForeignKeyView[];
  idLists: IdListView[];
  /** Relationships other entities' foreign keys ask this entity to declare. */
  inverse: InverseRelationship[];
  /** Attribute names of the relationships on the other side, by spec name. */
  otherSideAttr: (entity: string, specName: string) => string;
  access: AccessView;
}

/** `tenant_id` and `owner_id`: foreign keys set from the caller only. */
function accessColumns(input: ModelInput, imports: Imports): Declaration[] {
  const type = input.idType === 'UUID' ? 'PortableUuid, ' : '';
  return input.access.columns.map((column) => {
    imports.add('sqlalchemy', 'ForeignKey');
    const target = `ForeignKey(${pyString(`${column.referredTable}.id`)}, ondelete=${pyString(column.onDelete)})`;
    return {
      attr: column.name,
      annotation: column.nullable ? `${input.idType} | None` : input.idType,
      args: `${type}${target}, index=True`,
    };
  });
}

/** `__table_args__`: per-tenant unique constraints, then the table comment. */
function tableArgs(input: ModelInput, imports: Imports): string | null {
  const items = input.access.tenantScoped
    ? input.fields
        .filter((field) => field.unique)
        .map((field) => `UniqueConstraint(${pyString(field.name)}, "tenant_id")`)
    : [];
  if (items.length > 0) imports.add('sqlalchemy', 'UniqueConstraint');
  if (input.description) items.push(`{"comment": ${pyString(dbComment(input.description))}}`);
  return items.length > 0 ? `(${items.join(', ')},)` : null;
}

export function buildModelView(input: ModelInput, target: PythonTarget): ModelView {
  const imports = new Imports().add('sqlalchemy.orm', 'Mapped', 'mapped_column').add('app.db.base', 'Base');
  const typeChecking = new Imports();
  const bases = [
    ...(input.auditFields ? ['TimestampMixin'] : []),
    ...(input.softDelete ? ['SoftDeleteMixin'] : []),
    'Base',
  ];
  if (input.auditFields) imports.add('app.db.base', 'TimestampMixin');
  if (input.softDelete) imports.add('app.db.base', 'SoftDeleteMixin');
  if (input.fields.some((field) => field.enum)) {
    if (target.hasStrEnum) imports.add('enum', 'StrEnum');
    else imports.module('enum');
  }
  const idColumn: Declaration =
    input.idType === 'UUID'
      ? { attr: 'id', annotation: 'UUID', args: 'PortableUuid, primary_key=True, default=uuid4' }
      : { attr: 'id', annotation: 'int', args: 'primary_key=True' };
  if (input.idType === 'UUID') imports.add('uuid', 'UUID', 'uuid4').add('app.db.types', 'PortableUuid');

  const columns: Declaration[] = input.fields.map((field) => {
    imports.use(...field.info.pythonImports, ...field.info.columnImports);
    const serverFunction = /^(true|false)\(\)$/.exec(field.default?.server ?? '');
    if (serverFunction) imports.add('sqlalchemy', serverFunction[1]!);
    return { attr: field.attr, annotation: field.model.annotation, args: field.model.args };
  });
  for (const fk of input.foreignKeys) {
    imports.add('sqlalchemy', 'ForeignKey');
    const target = `ForeignKey(${pyString(`${fk.ref.parent.table}.id`)}, ondelete=${pyString(onDeleteSql(fk.ref.onDelete))}${fk.deferred ? ', use_alter=True' : ''})`;
    const type = input.idType === 'UUID' ? ['PortableUuid'] : [];
    const args = [
      ...(fk.aliased ? [pyString(fk.name)] : []),
      ...type,
      target,
      fk.ref.unique ? 'unique=True' : 'index=True',
    ];
    columns.push({
      attr: fk.attr,
      annotation: fk.ref.required ? input.idType : `${input.idType} | None`,
      args: args.join(', '),
    });
  }

  columns.push(...accessColumns(input, imports));

  const relationships: Declaration[] = [];
  const referTo = (ref: EntityRef) => {
    if (ref.name !== input.name) typeChecking.add(`app.models.${ref.module}`, ref.name);
  };
  for (const fk of input.foreignKeys) {
    imports.add('sqlalchemy.orm', 'relationship');
    referTo(fk.ref.parent);
    const parent = fk.ref.parent.name;
    const args = [
      `back_populates=${pyString(fk.parentRelationship)}`,
      `foreign_keys=${pyString(`${input.name}.${fk.attr}`)}`,
      ...(fk.ref.selfReferential ? [`remote_side=${pyString(`${input.name}.id`)}`] : []),
      'lazy="raise"',
    ];
    relationships.push({
      attr: fk.relationship,
      annotation: pyString(fk.ref.required ? parent : `${parent} | None`),
      args: args.join(', '),
    });
  }
  for (const inverse of input.inverse) {
    imports.add('sqlalchemy.orm', 'relationship');
    referTo(inverse.target);
    relationships.push(inverse);
  }
  const junctions: JunctionView[] = [];
  for (const list of input.idLists) {
    imports.add('sqlalchemy.orm', 'relationship');
    referTo(list.ref.other);
    const junction = list.ref.junction;
    let secondary = pyString(junction.table);
    if (list.ref.side === 'from') {
      junctions.push(junctionView(junction));
      imports.add('sqlalchemy', 'Column', 'ForeignKey', 'Table');
      secondary = junctionVariable(junction);
    }
    const args = [
      `secondary=${secondary}`,
      ...selfJoins(input.name, list.ref),
      `back_populates=${pyString(input.otherSideAttr(list.ref.other.name, list.ref.backRelationship))}`,
      'lazy="raise"',
      'passive_deletes=True',
    ];
    relationships.push({
      attr: list.relationship,
      annotation: `list[${pyString(list.ref.other.name)}]`,
      args: args.join(', '),
    });
  }
  if (typeChecking.lines().length > 0) imports.add('typing', 'TYPE_CHECKING');
  const tableArguments = tableArgs(input, imports);
  return {
    imports: imports.lines(),
    typeCheckingImports: typeChecking.lines(),
    enumBase: target.hasStrEnum ? 'StrEnum' : 'str, enum.Enum',
    bases: bases.join(', '),
    tableArgs: tableArguments,
    idColumn,
    columns,
    relationships,
    idProperties: input.idLists.map((list) => ({
      name: list.attr,
      relationship: list.relationship,
      idType: input.idType,
      label: list.ref.other.name,
    })),
    junctions,
  };
}
