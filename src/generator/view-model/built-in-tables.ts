/**
 * The tables auth brings along, in the migration: `tenants` (before `users`, which refers
 * to it), the password hash and `tenant_id` of `users`, and after them `refresh_tokens`,
 * `tenant_invitations` and `oauth_accounts`. The models are templates of their own
 * (`app/models/refresh_token.py`, ...); names follow the models' naming convention.
 */
import type { Spec } from '../../spec';
import { pyString } from '../escape';
import { DATETIME_MIGRATION_TYPE, UUID_MIGRATION_TYPE } from './field-types';
import type { MigrationIndex, MigrationTable, MigrationView } from './migration';

const q = pyString;
const f = (name: string) => `op.f(${q(name)})`;

export interface BuiltInModel {
  name: string;
  module: string;
}

/** Model classes of the built-in tables (besides `User`, an entity). */
export function builtInModels(spec: Spec): BuiltInModel[] {
  if (spec.project.auth === 'none') return [];
  return [
    { name: 'RefreshToken', module: 'refresh_token' },
    ...(spec.project.multiTenant
      ? [
          { name: 'Tenant', module: 'tenant' },
          { name: 'TenantInvitation', module: 'tenant_invitation' },
        ]
      : []),
    ...(spec.project.auth === 'oauth2' ? [{ name: 'OAuthAccount', module: 'oauth_account' }] : []),
  ];
}

function table(
  name: string,
  idType: string,
  columns: string[],
  extra: { foreignKeys?: [string, string][]; unique?: string[][]; indexes?: string[] } = {},
): MigrationTable {
  const items = [`sa.Column("id", ${idType}, nullable=False)`, ...columns];
  items.push(
    `sa.Column("created_at", ${DATETIME_MIGRATION_TYPE}, server_default=now, nullable=False)`,
    `sa.Column("updated_at", ${DATETIME_MIGRATION_TYPE}, server_default=now, nullable=False)`,
  );
  for (const [column, referred] of extra.foreignKeys ?? []) {
    const key = `fk_${name}_${column}_${referred}`;
    items.push(`sa.ForeignKeyConstraint([${q(column)}], [${q(`${referred}.id`)}], name=${f(key)}, ondelete="CASCADE")`);
  }
  items.push(`sa.PrimaryKeyConstraint("id", name=${f(`pk_${name}`)})`);
  for (const columns of extra.unique ?? []) {
    items.push(`sa.UniqueConstraint(${columns.map(q).join(', ')}, name=${f(`uq_${name}_${columns[0]}`)})`);
  }
  const indexes: MigrationIndex[] = (extra.indexes ?? []).map((column) => ({
    name: `ix_${name}_${column}`,
    table: name,
    columns: `[${q(column)}]`,
  }));
  return { name, items, tableComment: null, indexes, deferred: [] };
}

/** The migration with the built-in tables and the users table completed. */
export function withBuiltInTables(migration: MigrationView, spec: Spec, userTable: string): MigrationView {
  if (spec.project.auth === 'none') return migration;
  const { multiTenant } = spec.project;
  const idType = spec.project.primaryKey === 'uuid' ? UUID_MIGRATION_TYPE : 'sa.Integer()';
  const when = `${DATETIME_MIGRATION_TYPE}`;
  const users = (source: MigrationTable): MigrationTable => {
    if (source.name !== userTable) return source;
    const items = [...source.items];
    const firstConstraint = items.findIndex((item) => !item.startsWith('sa.Column('));
    const columns = [
      `sa.Column("hashed_password", sa.String(length=255), nullable=False)`,
      ...(multiTenant ? [`sa.Column("tenant_id", ${idType}, nullable=False)`] : []),
    ];
    items.splice(firstConstraint, 0, ...columns);
    if (multiTenant) {
      items.push(
        `sa.ForeignKeyConstraint(["tenant_id"], ["tenants.id"], name=${f(`fk_${userTable}_tenant_id_tenants`)}, ondelete="CASCADE")`,
      );
    }
    const indexes = multiTenant
      ? [...source.indexes, { name: `ix_${userTable}_tenant_id`, table: userTable, columns: '["tenant_id"]' }]
      : source.indexes;
    return { ...source, items, indexes };
  };
  const before = multiTenant
    ? [table('tenants', idType, [`sa.Column("name", sa.String(length=255), nullable=False)`])]
    : [];
  const after = [
    table(
      'refresh_tokens',
      idType,
      [
        `sa.Column("user_id", ${idType}, nullable=False)`,
        `sa.Column("jti", sa.String(length=64), nullable=False)`,
        `sa.Column("family", sa.String(length=64), nullable=False)`,
        `sa.Column("expires_at", ${when}, nullable=False)`,
        `sa.Column("revoked_at", ${when}, nullable=True)`,
      ],
      { foreignKeys: [['user_id', userTable]], unique: [['jti']], indexes: ['family', 'user_id'] },
    ),
    ...(multiTenant
      ? [
          table(
            'tenant_invitations',
            idType,
            [
              `sa.Column("tenant_id", ${idType}, nullable=False)`,
              `sa.Column("code", sa.String(length=64), nullable=False)`,
              `sa.Column("expires_at", ${when}, nullable=False)`,
              `sa.Column("used_at", ${when}, nullable=True)`,
            ],
            { foreignKeys: [['tenant_id', 'tenants']], unique: [['code']], indexes: ['tenant_id'] },
          ),
        ]
      : []),
    ...(spec.project.auth === 'oauth2'
      ? [
          table(
            'oauth_accounts',
            idType,
            [
              `sa.Column("user_id", ${idType}, nullable=False)`,
              `sa.Column("provider", sa.String(length=32), nullable=False)`,
              `sa.Column("subject", sa.String(length=255), nullable=False)`,
              `sa.Column("email", sa.String(length=320), nullable=False)`,
            ],
            { foreignKeys: [['user_id', userTable]], unique: [['provider', 'subject']], indexes: ['user_id'] },
          ),
        ]
      : []),
  ];
  const tables = [...before, ...migration.tables.map(users), ...after];
  return {
    ...migration,
    tables,
    reversed: [...tables].reverse(),
    auditFields: true,
    usesMysqlTypes: true,
  };
}
