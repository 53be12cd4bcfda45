/**
 * `alembic/versions/0001_initial.py`: every table with explicit columns, constraints and
 * indexes, named exactly as the models' naming convention names them, parents first.
 * Foreign keys that close a cycle between tables are added once both tables exist.
 */
import { pyString } from '../escape';
import { boundedName } from './constraint-names';
import type { EntityView } from './entity';
import { DATETIME_MIGRATION_TYPE, UUID_MIGRATION_TYPE } from './field-types';
import { dbComment } from './fields';
import { mysqlPrefixLength } from './mysql-keys';
import { onDeleteSql, type ForeignKeyRef, type JunctionRef } from './relations';

export interface MigrationIndex {
  name: string;
  table: string;
  columns: string;
  /** `mysql_length` of a prefix index on MySQL (TEXT and long VARCHAR columns), a Python dict. */
  mysqlLength?: string;
}

export interface MigrationForeignKey {
  name: string;
  table: string;
  column: string;
  referredTable: string;
  onDelete: string;
  /** `sa.ForeignKeyConstraint(...)` for `create_table`. */
  constraint: string;
}

export interface MigrationTable {
  name: string;
  /** `sa.Column(...)` and constraint arguments of `op.create_table`. */
  items: string[];
  /** `comment=...`, last (after the conditional foreign keys); not `comment`, a template helper. */
  tableComment: string | null;
  indexes: MigrationIndex[];
  /** Keys that close a cycle: inline on SQLite (no ALTER), added afterwards elsewhere. */
  deferred: MigrationForeignKey[];
}

export interface MigrationView {
  tables: MigrationTable[];
  /** Children first, for the downgrade. */
  reversed: MigrationTable[];
  deferred: MigrationForeignKey[];
  /** Some table has created_at/updated_at (their server default is dialect-dependent). */
  auditFields: boolean;
  usesMysqlTypes: boolean;
}

const q = pyString;
const f = (name: string) => `op.f(${q(boundedName(name))})`;

function foreignKey(table: string, column: string, referredTable: string, onDelete: string): MigrationForeignKey {
  const name = boundedName(`fk_${table}_${column}_${referredTable}`);
  return {
    name,
    table,
    column,
    referredTable,
    onDelete,
    constraint: `sa.ForeignKeyConstraint([${q(column)}], [${q(`${referredTable}.id`)}], name=${f(name)}, ondelete=${q(onDelete)})`,
  };
}

function entityTable(entity: EntityView, deferredRefs: Set<ForeignKeyRef>): MigrationTable {
  const table = entity.table;
  const idType = entity.idType === 'UUID' ? UUID_MIGRATION_TYPE : 'sa.Integer()';
  const columns = [`sa.Column("id", ${idType}, nullable=False)`];
  const constraints = [`sa.PrimaryKeyConstraint("id", name=${f(`pk_${table}`)})`];
  const indexes: MigrationIndex[] = [];
  const deferred: MigrationForeignKey[] = [];
  const index = (column: string, prefix?: number) =>
    indexes.push({
      name: boundedName(`ix_${table}_${column}`),
      table,
      columns: `[${q(column)}]`,
      ...(prefix ? { mysqlLength: `{${q(column)}: ${prefix}}` } : {}),
    });
  // Unique per tenant on tenant-scoped tables; named after the field either way.
  const perTenant = entity.access.tenantScoped ? ', "tenant_id"' : '';
  const unique = (column: string, scoped = false) =>
    constraints.push(`sa.UniqueConstraint(${q(column)}${scoped ? perTenant : ''}, name=${f(`uq_${table}_${column}`)})`);
  for (const field of entity.fields) {
    columns.push(`sa.Column(${field.migration})`);
    if (field.unique) unique(field.name, true);
    else if (field.indexed) index(field.name, mysqlPrefixLength(field.info.migration));
  }
  for (const fk of entity.foreignKeys) {
    columns.push(`sa.Column(${q(fk.name)}, ${idType}, nullable=${fk.ref.required ? 'False' : 'True'})`);
    const key = foreignKey(table, fk.name, fk.ref.parent.table, onDeleteSql(fk.ref.onDelete));
    if (deferredRefs.has(fk.ref)) deferred.push(key);
    else constraints.push(key.constraint);
    if (fk.ref.unique) unique(fk.name);
    else index(fk.name);
  }
  for (const column of entity.access.columns) {
    columns.push(`sa.Column(${q(column.name)}, ${idType}, nullable=${column.nullable ? 'True' : 'False'})`);
    constraints.push(foreignKey(table, column.name, column.referredTable, column.onDelete).constraint);
    index(column.name);
  }
  if (entity.auditFields) {
    for (const name of ['created_at', 'updated_at']) {
      columns.push(`sa.Column(${q(name)}, ${DATETIME_MIGRATION_TYPE}, server_default=now, nullable=False)`);
    }
  }
  if (entity.softDelete) {
    columns.push(`sa.Column("deleted_at", ${DATETIME_MIGRATION_TYPE}, nullable=True)`);
    index('deleted_at');
  }
  const comment = entity.description ? `comment=${q(dbComment(entity.description))}` : null;
  return { name: table, items: [...columns, ...constraints], tableComment: comment, indexes, deferred };
}

function junctionTable(junction: JunctionRef, idType: string): MigrationTable {
  const table = junction.table;
  const type = idType === 'UUID' ? UUID_MIGRATION_TYPE : 'sa.Integer()';
  return {
    name: table,
    items: [
      `sa.Column(${q(junction.fromColumn)}, ${type}, nullable=False)`,
      `sa.Column(${q(junction.toColumn)}, ${type}, nullable=False)`,
      foreignKey(table, junction.fromColumn, junction.from.table, 'CASCADE').constraint,
      foreignKey(table, junction.toColumn, junction.to.table, 'CASCADE').constraint,
      `sa.PrimaryKeyConstraint(${q(junction.fromColumn)}, ${q(junction.toColumn)}, name=${f(`pk_${table}`)})`,
    ],
    tableComment: null,
    indexes: [{ name: boundedName(`ix_${table}_${junction.toColumn}`), table, columns: `[${q(junction.toColumn)}]` }],
    deferred: [],
  };
}

export function buildMigrationView(
  ordered: EntityView[],
  junctions: JunctionRef[],
  deferredRefs: Set<ForeignKeyRef>,
): MigrationView {
  const tables = [
    ...ordered.map((entity) => entityTable(entity, deferredRefs)),
    ...junctions.map((junction) => junctionTable(junction, ordered[0]?.idType ?? 'int')),
  ];
  return {
    tables,
    reversed: [...tables].reverse(),
    deferred: tables.flatMap((table) => table.deferred),
    auditFields: ordered.some((entity) => entity.auditFields),
    usesMysqlTypes: ordered.some(
      (entity) => entity.auditFields || entity.softDelete || entity.fields.some((field) => field.type === 'datetime'),
    ),
  };
}
