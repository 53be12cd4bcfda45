/**
 * The service module (queries, writes, checks against other rows) and the endpoint
 * module (routes that only call the service) of one entity.
 */
import { pyString } from '../escape';
import type { AccessView } from './access';
import type { FieldView } from './fields';
import { OPERATORS } from './field-types';
import type { ForeignKeyView, IdListView } from './model';
import { Imports, pyTuple } from './python';

export interface ServiceView {
  imports: string[];
  /** `ORDER_QUERY`: the entity's filters and sort keys. */
  queryConstant: string;
  filters: { name: string; column: string; valueType: string; operators: string }[];
  sorts: { name: string; column: string }[];
  /** `selectinload(...)` options that load the many-to-many id lists with every read. */
  loadOptions: string[];
  /** `Order.deleted_at.is_(None)` for soft-deleting entities. */
  liveCondition: string | null;
  /** `where` is `, where=[...]` limiting the referenced rows to the caller's tenant, or empty. */
  foreignKeyChecks: { attr: string; name: string; parent: string; where: string }[];
  idListLoads: { attr: string; name: string; relationship: string; other: string; where: string }[];
  /** Attributes the server sets: on create, and on create and every update. */
  autoNowOnCreate: string[];
  autoNowOnUpdate: string[];
  /** Column name → JSON key of every unique column, to name the field in a 409. */
  uniqueColumns: { column: string; name: string }[];
  uniqueLiteral: string;
  loadLiteral: string;
}

export interface EndpointView {
  imports: string[];
  /** `/orders`. */
  prefix: string;
  tag: string;
  serviceDependency: string;
  listQueryDependency: string;
  functions: {
    list: string;
    create: string;
    get: string;
    replace: string;
    update: string;
    delete: string;
    service: string;
  };
}

export interface ServiceInput {
  name: string;
  module: string;
  plural: string;
  idType: string;
  auditFields: boolean;
  softDelete: boolean;
  fields: FieldView[];
  foreignKeys: ForeignKeyView[];
  idLists: IdListView[];
  access: AccessView;
  /** Entities whose rows belong to a tenant. */
  scopedParents: Set<string>;
}

export function buildServiceView(input: ServiceInput): ServiceView {
  const entity = input.name;
  const imports = new Imports()
    .add('typing', 'Any')
    .add('sqlalchemy', 'func', 'select')
    .add('sqlalchemy.ext.asyncio', 'AsyncSession')
    .add('app.core.errors', 'NotFoundError')
    .add('app.core.events', 'EventBus')
    .add('app.core.query', 'ListQuery', 'QuerySpec')
    .add('app.db.cascade', 'delete_rows')
    .add(`app.models.${input.module}`, entity)
    .add('app.schemas.base', 'Page')
    .add(`app.schemas.${input.module}`, `${entity}Create`, `${entity}Response`, `${entity}Update`)
    .add('app.services.base', 'UniqueColumns', 'commit_or_raise');
  if (input.idType === 'UUID') imports.add('uuid', 'UUID');
  const access = input.access;
  if (access.enforced) imports.add('app.core.access', 'Actor', 'Audience', 'Level', 'require');
  else imports.add('app.core.access', 'PUBLIC');
  if (access.ownerWrite) imports.add('app.core.errors', 'ForbiddenError');

  const filters: ServiceView['filters'] = [];
  const useOperators = (set: keyof typeof OPERATORS) => {
    imports.add('app.core.query', 'FilterField', set);
    return set;
  };
  for (const field of input.fields.filter((f) => f.filterable)) {
    imports.use(...field.info.pythonImports.filter((i) => i.module !== 'typing'));
    if (field.enum) imports.add(`app.models.${input.module}`, field.enum.className);
    const valueType = field.type === 'json' ? 'object' : field.info.python;
    filters.push({
      name: field.name,
      column: `${entity}.${field.attr}`,
      valueType,
      operators: useOperators(field.info.operators),
    });
  }
  for (const fk of input.foreignKeys) {
    // Integer keys are numbers (ranges apply); UUIDs only compare for equality.
    const operators = useOperators(input.idType === 'int' ? 'ORDERED' : 'EQUALITY');
    filters.push({ name: fk.name, column: `${entity}.${fk.attr}`, valueType: input.idType, operators });
  }
  const sorts = [
    { name: 'id', column: `${entity}.id` },
    ...input.fields.filter((f) => f.sortable).map((f) => ({ name: f.name, column: `${entity}.${f.attr}` })),
    ...(input.auditFields
      ? [
          { name: 'created_at', column: `${entity}.created_at` },
          { name: 'updated_at', column: `${entity}.updated_at` },
        ]
      : []),
  ];
  if (input.idLists.length > 0) imports.add('sqlalchemy.orm', 'selectinload');
  // Other entities' classes through the package (`models.Customer`): their names cannot
  // clash with anything this module defines or imports.
  const modelOf = (name: string) => {
    if (name === entity) return entity;
    imports.add('app', 'models');
    return `models.${name}`;
  };
  if (input.foreignKeys.length > 0) imports.add('app.services.base', 'ensure_rows_exist');
  if (input.idLists.length > 0) imports.add('app.services.base', 'load_rows');
  const autoNow = input.fields.filter((f) => f.autoNow);
  if (autoNow.length > 0) imports.add('app.core.clock', 'utc_now');
  const uniqueColumns = [
    ...input.fields.filter((f) => f.unique).map((f) => ({ column: f.name, name: f.name })),
    ...input.foreignKeys.filter((fk) => fk.ref.unique).map((fk) => ({ column: fk.name, name: fk.name })),
  ];
  // References to another tenant's rows fail like references to missing ones.
  const where = (model: string, name: string) =>
    input.scopedParents.has(name) ? `, where=[${model}.tenant_id == self._actor.tenant_id]` : '';
  const foreignKeyChecks = input.foreignKeys.map((fk) => {
    const parent = modelOf(fk.ref.parent.name);
    return { attr: fk.attr, name: fk.name, parent, where: where(parent, fk.ref.parent.name) };
  });
  const idListLoads = input.idLists.map((list) => {
    const other = modelOf(list.ref.other.name);
    return {
      attr: list.attr,
      name: list.name,
      relationship: list.relationship,
      other,
      where: where(other, list.ref.other.name),
    };
  });
  return {
    imports: imports.lines(),
    queryConstant: `${input.module.toUpperCase()}_QUERY`,
    filters,
    sorts,
    loadOptions: input.idLists.map((list) => `selectinload(${entity}.${list.relationship})`),
    liveCondition: input.softDelete ? `${entity}.deleted_at.is_(None)` : null,
    foreignKeyChecks,
    idListLoads,
    autoNowOnCreate: autoNow.map((f) => f.attr),
    autoNowOnUpdate: autoNow.filter((f) => f.autoNow === 'update').map((f) => f.attr),
    uniqueColumns,
    uniqueLiteral: `{${uniqueColumns.map((u) => `${pyString(u.column)}: ${pyString(u.name)}`).join(', ')}}`,
    loadLiteral: pyTuple(input.idLists.map((list) => `selectinload(${entity}.${list.relationship})`)),
  };
}

export function buildEndpointView(input: ServiceInput): EndpointView {
  const entity = input.name;
  const imports = new Imports()
    .add('typing', 'Annotated', 'Any')
    .add('fastapi', 'APIRouter', 'Depends', 'Request', 'Response', 'status')
    .add('app.core.query', 'ListQuery')
    .add('app.dependencies', 'DbSession', 'Events', 'list_query')
    .add('app.schemas.base', 'ErrorResponse', 'Page')
    .add(`app.schemas.${input.module}`, `${entity}Create`, `${entity}Response`, `${entity}Update`)
    .add(`app.services.${input.module}`, `${input.module.toUpperCase()}_QUERY`, `${entity}Service`);
  if (input.idType === 'UUID') imports.add('uuid', 'UUID');
  if (input.access.userDependency) {
    imports.add('app.core.access', 'Actor').add('app.dependencies', input.access.userDependency);
  }
  return {
    imports: imports.lines(),
    prefix: pyString(`/${input.plural}`),
    tag: pyString(input.plural),
    serviceDependency: `${entity}ServiceDep`,
    listQueryDependency: `${entity}ListQuery`,
    functions: {
      list: `list_${input.plural}`,
      create: `create_${input.module}`,
      get: `get_${input.module}`,
      replace: `replace_${input.module}`,
      update: `update_${input.module}`,
      delete: `delete_${input.module}`,
      service: `get_${input.module}_service`,
    },
  };
}
