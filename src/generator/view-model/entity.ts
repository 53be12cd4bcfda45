/**
 * One entity as every module of the generated project needs it: names, fields, foreign
 * keys and id lists with safe attribute names, and the model, schema, service, endpoint
 * and test views built from them.
 */
import type { Entity, Spec } from '../../spec';
import { naming } from '../../spec';
import { pyString } from '../escape';
import { buildAccessView, type AccessView } from './access';
import { moduleName } from './entities';
import { buildFieldView, type EnumView, type FieldView } from './fields';
import {
  buildModelView,
  type ForeignKeyView,
  type IdListView,
  type InverseRelationship,
  type ModelView,
} from './model';
import type { PythonTarget } from './python';
import type { ResolvedRelations } from './relations';
import { buildSchemaView, type SchemaView } from './schemas';
import { buildEndpointView, buildServiceView, type EndpointView, type ServiceView } from './service';

export interface EntityView {
  /** Class name, `OrderItem`. */
  name: string;
  /** Module and file stem, `order_item`. */
  module: string;
  /** Table name and route segment, `order_items`. */
  table: string;
  plural: string;
  /** `order item` / `order items`, for messages and docs. */
  label: string;
  labelPlural: string;
  /** `An order item`, for docstrings; `an order item` for summaries. */
  article: string;
  articleLower: string;
  description: string;
  /** Path parameter, `order_item_id`. */
  idParam: string;
  /** `int` or `UUID`. */
  idType: string;
  softDelete: boolean;
  auditFields: boolean;
  /** The built-in `User` of an auth spec: its own service, routes and tests (auth.ts). */
  builtInUser: boolean;
  /**
   * Access levels and tenant scoping: the endpoint module's service factory hands the
   * caller (`Actor`) to the service, which checks levels and scopes every query.
   */
  access: AccessView;
  fields: FieldView[];
  enums: EnumView[];
  foreignKeys: ForeignKeyView[];
  idLists: IdListView[];
  model: ModelView;
  schemas: SchemaView;
  service: ServiceView;
  endpoint: EndpointView;
}

/** `An order`, `A user`, `An umbrella`: the vowel sound, as far as spelling tells. */
const article = (label: string) => (/^(a|e|i|o|un(?!i)|up|um|ul)/i.test(label) ? `An ${label}` : `A ${label}`);

export interface EntityContext {
  spec: Spec;
  target: PythonTarget;
  relations: ResolvedRelations;
  attributes: Map<string, Map<string, string>>;
  /** Foreign keys that close a cycle between tables. */
  deferred: Set<unknown>;
  /** Entities whose rows belong to a tenant (references to them are checked in the caller's). */
  tenantScoped: Set<string>;
}

export function buildEntityView(entity: Entity, context: EntityContext): EntityView {
  const { spec, target, relations } = context;
  const module = moduleName(entity.name);
  const idType = spec.project.primaryKey === 'uuid' ? 'UUID' : 'int';
  const attrs = context.attributes.get(entity.name)!;
  const attrOf = (entityName: string, name: string) => context.attributes.get(entityName)!.get(name) ?? name;
  const access = buildAccessView(entity, spec);
  const fields = entity.fields.map((field) =>
    buildFieldView(field, entity.name, attrs.get(field.name)!, target, access.tenantScoped),
  );
  const foreignKeys: ForeignKeyView[] = (relations.foreignKeys.get(entity.name) ?? []).map((ref) => ({
    ref,
    name: ref.name,
    attr: attrs.get(ref.name)!,
    aliased: attrs.get(ref.name) !== ref.name,
    relationship: attrs.get(ref.childRelationship)!,
    parentRelationship: attrOf(ref.parent.name, ref.parentRelationship),
    deferred: context.deferred.has(ref),
  }));
  const idLists: IdListView[] = (relations.idLists.get(entity.name) ?? []).map((ref) => ({
    ref,
    name: ref.name,
    attr: attrs.get(ref.name)!,
    aliased: attrs.get(ref.name) !== ref.name,
    relationship: attrs.get(ref.relationship)!,
  }));
  const inverse: InverseRelationship[] = (relations.dependants.get(entity.name) ?? []).map((ref) => {
    const child = ref.child.name;
    const fkAttr = attrOf(child, ref.name);
    return {
      attr: attrs.get(ref.parentRelationship)!,
      annotation: ref.unique ? pyString(`${child} | None`) : `list[${pyString(child)}]`,
      args: [
        `back_populates=${pyString(attrOf(child, ref.childRelationship))}`,
        `foreign_keys=${pyString(`${child}.${fkAttr}`)}`,
        'lazy="raise"',
        'passive_deletes=True',
      ].join(', '),
      target: ref.child,
    };
  });
  const builtInUser = entity.name === 'User' && spec.project.auth !== 'none';
  // A user is always shown with `created_at` (generated-backend.md, Auth).
  const auditFields = spec.project.auditFields || builtInUser;
  const label = naming.snakeCase(entity.name).replace(/_/g, ' ');
  const labelPlural = entity.plural.replace(/_/g, ' ');
  const base = {
    name: entity.name,
    module,
    plural: entity.plural,
    idType,
    auditFields,
    softDelete: entity.softDelete,
    fields,
    foreignKeys,
    idLists,
  };
  return {
    ...base,
    table: entity.plural,
    builtInUser,
    access,
    label,
    labelPlural,
    article: article(label),
    articleLower: article(label).toLowerCase(),
    description: entity.description,
    idParam: `${module}_id`,
    enums: fields.flatMap((field) => (field.enum ? [field.enum] : [])),
    model: buildModelView(
      { ...base, table: entity.plural, description: entity.description, inverse, otherSideAttr: attrOf, access },
      target,
    ),
    schemas: buildSchemaView({ ...base, access }),
    service: buildServiceView({ ...base, access, scopedParents: context.tenantScoped }),
    endpoint: buildEndpointView({ ...base, access, scopedParents: context.tenantScoped }),
  };
}
