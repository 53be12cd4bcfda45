/**
 * The view model: everything templates need, computed in TypeScript from a normalized
 * spec (Python types, column expressions, imports, names, test data), so templates only print.
 */
import type { Spec } from '../../spec';
import { buildDeployView, type DeployView } from './deploy';
import { buildCascadeView, type CascadeView } from './cascade';
import { buildEntityView, type EntityView as EntityDetails } from './entity';
import { entityAttributes, entityRef, projectEntities } from './entities';
import { buildMigrationView, type MigrationView } from './migration';
import { buildProjectView, type ProjectView } from './project';
import { pythonTarget, type PythonTarget } from './python';
import { resolveRelations, tableOrder } from './relations';
import { buildTestsView, type EntityTestView, type FactoryView } from './tests';

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
}

export function buildViewModel(spec: Spec): ViewModel {
  const target = pythonTarget(spec.project.pythonVersion);
  const entities = projectEntities(spec);
  const refs = new Map(entities.map((entity) => [entity.name, entityRef(entity)]));
  const relations = resolveRelations(spec, refs);
  const { order, deferred } = tableOrder([...refs.values()], relations.foreignKeys);
  const attributes = new Map(entities.map((entity) => [entity.name, entityAttributes(entity, relations)]));
  const details = entities.map((entity) =>
    buildEntityView(entity, { spec, target, relations, attributes, deferred: deferred as Set<unknown> }),
  );
  const tests = buildTestsView(details, {
    apiPrefix: spec.api.prefix,
    pagination: spec.api.pagination,
    maxPageSize: spec.api.maxPageSize,
  });
  const views: EntityView[] = details.map((entity, i) => ({
    ...entity,
    tests: tests.entities.get(entity.name)!,
    factory: tests.factories[i]!,
  }));
  const byName = new Map(details.map((entity) => [entity.name, entity]));
  return {
    spec,
    project: spec.project,
    app: buildProjectView(spec, target),
    python: target,
    entities: views,
    modelNames: views.map((entity) => entity.name).sort(),
    modelNamesLiteral: `[${views
      .map((entity) => entity.name)
      .sort()
      .map((name) => `"${name}"`)
      .join(', ')}]`,
    firstEntityUrl: views[0]?.tests.url ?? '""',
    migration: buildMigrationView(
      order.map((ref) => byName.get(ref.name)!),
      relations.junctions,
      deferred,
    ),
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
  };
}
