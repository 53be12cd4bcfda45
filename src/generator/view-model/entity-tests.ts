/**
 * The generated `tests/test_<entity>.py` of one entity: which rows it creates, every
 * validation rule as a value that breaks it, the filters, sorts and relations it exercises.
 */
import { accessTests, type AccessTestView } from './access-tests';
import type { EntityView } from './entity';
import type { FieldView } from './fields';
import { pyLiteral } from './python';
import { fieldSamples, type FieldSamples } from './samples';
import { badFilters, converter, filterCases, valueCases, type FilterCase, type ValueCase } from './test-cases';
import { factoryImports, literals, testImports, usedConverters } from './test-module';

/** Sample bodies per entity; tests use indexes below this. */
export const SAMPLE_COUNT = 8;
/** Rows the list, sort and filter tests create. */
const LIST_ROWS = 3;
/** Sample indexes relation tests use for rows they create explicitly (auto-created parents use 0–2). */
export const EXPLICIT = [4, 5];

export interface TestsSettings {
  apiPrefix: string;
  pagination: 'offset' | 'page';
  maxPageSize: number;
  multiTenant: boolean;
}

export interface ForeignKeyCase {
  name: string;
  parentModule: string;
  parentUrl: string;
  onDelete: string;
  unique: boolean;
}

export interface IdListCase {
  name: string;
  otherModule: string;
  otherUrl: string;
  backName: string;
}

export interface EntityTestView {
  imports: string[];
  /** Ready-to-print Python tuples, lists and dicts of the lists below. */
  literals: Record<
    | 'required'
    | 'nullable'
    | 'idLists'
    | 'serverSet'
    | 'defaults'
    | 'containsLiteral'
    | 'nonNullable'
    | 'unique'
    | 'badSort'
    | 'autoNow',
    string
  >;
  url: string;
  /** An id no row has (Python literal). */
  missingId: string;
  /** Python expression turning `created["id"]` into a column value. */
  rowId: string;
  paginated: boolean;
  /** `{"limit": <max>}` or `{"size": <max>}`. */
  wholePage: string;
  badPages: string[];
  /** Keys only the server sets: audit fields and `autoNow` fields. */
  serverSet: string[];
  skipReason: string | null;
  rows: number;
  required: string[];
  defaults: { name: string; value: string }[];
  nullable: string[];
  idLists: string[];
  autoNow: string[];
  autoUpdated: string[];
  invalid: ValueCase[];
  boundaries: ValueCase[];
  nonNullable: string[];
  unique: string[];
  patchKey: string | null;
  sorts: { name: string; convert: string }[];
  filters: (FilterCase & { id: string })[];
  containsLiteral: string[];
  badFilters: { param: string; value: string }[];
  badSort: string[];
  foreignKeys: ForeignKeyCase[];
  oneToOneKeys: ForeignKeyCase[];
  idListCases: IdListCase[];
  converters: string[];
  /** Names imported from tests/factories.py. */
  factoryImports: string[];
  /** Access levels and tenant isolation (auth on). */
  access: AccessTestView;
}

/** The entity's rows and those of every required parent belong to a tenant. */
function isolated(entity: EntityView, byName: Map<string, EntityView>, seen: Set<string>): boolean {
  if (!entity.access.tenantScoped || seen.has(entity.name)) return entity.access.tenantScoped;
  seen.add(entity.name);
  return entity.foreignKeys
    .filter((fk) => fk.ref.required)
    .every((fk) => {
      const parent = byName.get(fk.ref.parent.name);
      return parent !== undefined && isolated(parent, byName, seen);
    });
}

export const urlConstant = (module: string) => `${module.toUpperCase()}_URL`;

export interface EntitySamples {
  fields: Map<string, FieldSamples>;
  /** Required fields no valid value could be made for. */
  missing: string[];
  /** Distinct bodies this entity can have before a unique field repeats. */
  capacity: number;
}

export function entitySamples(entity: EntityView): EntitySamples {
  const fields = new Map<string, FieldSamples>();
  const missing: string[] = [];
  let capacity = SAMPLE_COUNT;
  for (const field of entity.fields.filter((f) => f.writable)) {
    const samples = fieldSamples(field.spec, SAMPLE_COUNT, field.default?.response);
    if (samples) fields.set(field.name, samples);
    else if (field.mandatory) missing.push(field.name);
    if (samples && field.unique) capacity = Math.min(capacity, samples.distinct);
  }
  return { fields, missing, capacity };
}

export interface EntityTestsContext {
  /** Rows with distinct unique values the tests can create. */
  capacity: number;
  canExplicitlyCreate: (entity: string) => boolean;
  byName: Map<string, EntityView>;
  skipReason: string | null;
  url: (entity: { plural: string }) => string;
  settings: TestsSettings;
}

export function entityTests(
  entity: EntityView,
  entitySample: EntitySamples,
  context: EntityTestsContext,
): EntityTestView {
  const { capacity, canExplicitlyCreate, byName, skipReason, url, settings } = context;
  const writable = entity.fields.filter((field) => field.writable);
  const sampled = (field: FieldView) => entitySample.fields.get(field.name);
  const invalid: ValueCase[] = [];
  const boundaries: ValueCase[] = [];
  for (const field of writable) {
    const first = sampled(field)?.values[0];
    const cases = valueCases(field, typeof first === 'string' ? first.length : 8);
    invalid.push(...cases.invalid);
    boundaries.push(...cases.boundaries);
  }
  const twoRows = capacity >= 2;
  const patchField = writable.find((field) => {
    const values = sampled(field)?.values;
    return values !== undefined && JSON.stringify(values[0]) !== JSON.stringify(values[1]);
  });
  const filterable = entity.fields.filter((field) => field.filterable && field.info.operators !== 'NO_OPERATORS');
  const idConvert = converter('id', entity.idType);
  const foreignKeys = entity.foreignKeys
    .filter((fk) => twoRows && canExplicitlyCreate(fk.ref.parent.name))
    .map((fk) => ({
      name: fk.name,
      parentModule: fk.ref.parent.module,
      parentUrl: urlConstant(fk.ref.parent.module),
      onDelete: fk.ref.onDelete,
      unique: fk.ref.unique,
    }));
  const idListCases = entity.idLists
    .filter((list) => twoRows && canExplicitlyCreate(list.ref.other.name))
    .map((list) => {
      const other = byName.get(list.ref.other.name)!;
      const back = other.idLists.find((l) => l.ref.junction === list.ref.junction && l.ref.side !== list.ref.side)!;
      return {
        name: list.name,
        otherModule: other.module,
        otherUrl: urlConstant(other.module),
        backName: back.name,
      };
    });
  const sorts = [
    { name: 'id', convert: idConvert },
    ...entity.fields
      .filter((f) => f.sortable && sampled(f))
      .map((f) => ({ name: f.name, convert: converter(f.type, '') })),
    ...(entity.auditFields
      ? [
          { name: 'created_at', convert: 'as_datetime' },
          { name: 'updated_at', convert: 'as_datetime' },
        ]
      : []),
  ];
  const filters = [
    ...filterable.flatMap((field) => filterCases(field, sampled(field) ?? null)),
    ...entity.foreignKeys
      .filter((fk) => fk.ref.required)
      .flatMap((fk) => ['eq', 'in'].map((operator) => ({ name: fk.name, operator, convert: idConvert }))),
  ];
  const nonSortable = entity.fields.find((field) => !field.sortable);
  const uuid = entity.idType === 'UUID';
  const badPages =
    settings.pagination === 'offset'
      ? [`{"limit": ${settings.maxPageSize + 1}}`, '{"limit": 0}', '{"offset": -1}', '{"limit": "ten"}']
      : [`{"size": ${settings.maxPageSize + 1}}`, '{"size": 0}', '{"page": 0}', '{"page": "two"}'];
  const autoNow = entity.fields.filter((f) => f.autoNow).map((f) => f.name);
  const rows = Math.min(LIST_ROWS, capacity, settings.maxPageSize);
  const view: EntityTestView = {
    imports: [],
    literals: {} as EntityTestView['literals'],
    url: url(entity),
    missingId: uuid ? '"ffffffff-ffff-4fff-bfff-ffffffffffff"' : '2147483647',
    rowId: uuid ? 'UUID(created["id"])' : 'created["id"]',
    paginated: rows >= 2,
    wholePage: `{"${settings.pagination === 'offset' ? 'limit' : 'size'}": ${settings.maxPageSize}}`,
    badPages,
    serverSet: [...(entity.auditFields ? ['created_at', 'updated_at'] : []), ...autoNow],
    skipReason,
    rows,
    required: [
      ...writable.filter((f) => f.mandatory).map((f) => f.name),
      ...entity.foreignKeys.filter((fk) => fk.ref.required).map((fk) => fk.name),
    ],
    defaults: writable.filter((f) => f.default).map((f) => ({ name: f.name, value: pyLiteral(f.default!.response) })),
    nullable: writable.filter((f) => !f.required && !f.default).map((f) => f.name),
    idLists: entity.idLists.map((list) => list.name),
    autoNow,
    autoUpdated: entity.fields.filter((f) => f.autoNow === 'update').map((f) => f.name),
    invalid,
    boundaries,
    nonNullable: [
      ...writable.filter((f) => f.required).map((f) => f.name),
      ...entity.foreignKeys.filter((fk) => fk.ref.required).map((fk) => fk.name),
      ...entity.idLists.map((list) => list.name),
    ],
    unique: twoRows ? writable.filter((f) => f.unique && sampled(f)).map((f) => f.name) : [],
    patchKey: patchField?.name ?? null,
    sorts,
    filters: filters.map((filter) => ({
      ...filter,
      id: filter.operator === 'eq' ? filter.name : `${filter.name}__${filter.operator}`,
    })),
    containsLiteral: filterable.filter((f) => f.info.operators === 'TEXT' && sampled(f)).map((f) => f.name),
    badFilters: badFilters(entity.fields, entity.foreignKeys),
    badSort: ['_unknown', ...(nonSortable ? [nonSortable.name] : [])],
    foreignKeys,
    oneToOneKeys: foreignKeys.filter((fk) => fk.unique),
    idListCases,
    converters: [],
    factoryImports: [],
    access: {} as AccessTestView,
  };
  const scopedModule = (module: string) =>
    [...byName.values()].some((other) => other.module === module && other.access.tenantScoped);
  view.access = accessTests(entity, {
    foreignKeys,
    idListCases,
    unique: view.unique,
    scopedModule,
    isolated: isolated(entity, byName, new Set()),
    userKeys: entity.foreignKeys.filter((fk) => byName.get(fk.ref.parent.name)?.builtInUser).map((fk) => fk.name),
    multiTenant: settings.multiTenant,
  });
  view.converters = usedConverters(view);
  view.factoryImports = factoryImports(entity, view);
  view.imports = testImports(entity, view);
  view.literals = literals(view);
  return view;
}
