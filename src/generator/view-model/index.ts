/**
 * The view model: everything templates need, computed in TypeScript from a normalized
 * spec (Python types, column expressions, imports, names, test data), so templates only print.
 */
import type { Spec } from '../../spec';
import { tenantScopedNames } from './access';
import { buildAuthView, completeUser, type AuthView } from './auth';
import { builtInModels, withBuiltInTables, type BuiltInModel } from './built-in-tables';
import { buildDeployView, type DeployView } from './deploy';
import { buildCascadeView, type CascadeView } from './cascade';
import { buildEntityView, type EntityView as EntityDetails } from './entity';
import { entityAttributes, entityRef, projectEntities } from './entities';
import { buildHygieneTestsView, type HygieneTestsView } from './hygiene-tests';
import { buildMigrationView, type MigrationView } from './migration';
import { buildOAuthView, type OAuthView } from './oauth';
import { buildProjectView, type ProjectView } from './project';
import { pythonTarget, type PythonTarget } from './python';
import { resolveRelations, tableOrder } from './relations';
import { buildTestsView, type EntityTestView, type FactoryView } from './tests';
import { buildWebSocketView, type WebSocketView } from './websocket';

export interface EntityView extends EntityDetails {
  tests: EntityTestView;
  factory: FactoryView;
}

export interface ViewModel {
  spec: Spec;
  project: Spec['project'];
  app: ProjectView;
  python: PythonTarget;
  entities: EntityView[];
  /** Model class names, sorted (for `__all__`). */
  modelNames: string[];
  modelNamesLiteral: string;
  /** Collection URL of the first entity (a Python literal), for tests of request parsing. */
  firstEntityUrl: string;
  migration: MigrationView;
  cascade: CascadeView;
  factories: FactoryView[];
  /** Any entity soft-deletes / has many-to-many lists / uses UUID keys. */
  uses: {
    softDelete: boolean;
    uuidKeys: boolean;
    offsetPagination: boolean;
    pagePagination: boolean;
    /** Some entity's tests are skipped (factories call pytest.skip). */
    factorySkips: boolean;
  };
  deployment: DeployView;
  /** Auth "jwt"/"oauth2": the auth and tenant modules; null with auth "none". */
  auth: AuthView | null;
  /** Models of the built-in tables besides `User` (refresh tokens, tenants, ...). */
  builtInModels: BuiltInModel[];
  /** The entities with a generic service, routes and tests (all but the built-in User). */
  crudEntities: EntityView[];
  /** tests/test_input_hygiene.py (NUL characters, 405); null without CRUD entities. */
  hygieneTests: HygieneTestsView | null;
  /** Auth "oauth2": the sign-in providers (none otherwise). */
  oauth: OAuthView;
  /** api.websockets: the route, its broker and the entities its tests write; else null. */
  websocket: WebSocketView | null;
}

export function buildViewModel(spec: Spec): ViewModel {
  const target = pythonTarget(spec.project.pythonVersion);
  const entities = projectEntities(spec);
  const refs = new Map(entities.map((entity) => [entity.name, entityRef(entity)]));
  const relations = resolveRelations(spec, refs);
  const { order, deferred } = tableOrder([...refs.values()], relations.foreignKeys);
  const attributes = new Map(entities.map((entity) => [entity.name, entityAttributes(entity, relations)]));
  // The built-in User is completed by auth.ts (password hash, tenant_id).
  const details = entities.map((entity) =>
    completeUser(
      buildEntityView(entity, {
        spec,
        target,
        relations,
        attributes,
        deferred: deferred as Set<unknown>,
        tenantScoped: tenantScopedNames(spec, entities),
      }),
      spec,
    ),
  );
  const tests = buildTestsView(details, {
    apiPrefix: spec.api.prefix,
    pagination: spec.api.pagination,
    maxPageSize: spec.api.maxPageSize,
    multiTenant: spec.project.multiTenant && spec.project.auth !== 'none',
  });
  const views: EntityView[] = details.map((entity, i) => ({
    ...entity,
    tests: tests.entities.get(entity.name)!,
    factory: tests.factories[i]!,
  }));
  const byName = new Map(details.map((entity) => [entity.name, entity]));
  const user = views.find((entity) => entity.builtInUser);
  const auth = buildAuthView(spec, user);
  const crudEntities = views.filter((entity) => !entity.builtInUser);
  const extraModels = builtInModels(spec);
  const modelNames = [...views.map((entity) => entity.name), ...extraModels.map((model) => model.name)].sort();
  const migration = buildMigrationView(
    order.map((ref) => byName.get(ref.name)!),
    relations.junctions,
    deferred,
  );
  return {
    spec,
    project: spec.project,
    app: buildProjectView(spec, target),
    python: target,
    entities: views,
    modelNames,
    modelNamesLiteral: `[${modelNames.map((name) => `"${name}"`).join(', ')}]`,
    // A POST route with a JSON body (users are created by registration, not POST /users).
    firstEntityUrl: crudEntities[0]?.tests.url ?? auth?.urls.register ?? '""',
    migration: user ? withBuiltInTables(migration, spec, user.table) : migration,
    cascade: buildCascadeView(details, relations),
    factories: tests.factories,
    uses: {
      softDelete: entities.some((entity) => entity.softDelete),
      uuidKeys: spec.project.primaryKey === 'uuid',
      offsetPagination: spec.api.pagination === 'offset',
      pagePagination: spec.api.pagination === 'page',
      factorySkips: tests.factories.some((factory) => factory.skipReason !== null),
    },
    deployment: buildDeployView(spec),
    auth,
    builtInModels: extraModels,
    crudEntities,
    hygieneTests: buildHygieneTestsView(crudEntities),
    oauth: buildOAuthView(spec),
    websocket: buildWebSocketView(spec, views, tests.factories),
  };
}
