/**
 * The view model: everything templates need, computed in TypeScript from a normalized
 * spec (Python types, column expressions, imports, names), so templates stay logic-light.
 */
import type { Spec } from '../../spec';
import { naming } from '../../spec';
import { buildDeployView, type DeployView } from './deploy';

export interface EntityView {
  /** Class name, `OrderItem`. */
  name: string;
  /** Module and file stem, `order_item`. */
  module: string;
}

export interface ViewModel {
  spec: Spec;
  project: Spec['project'];
  entities: EntityView[];
  deployment: DeployView;
}

export function buildViewModel(spec: Spec): ViewModel {
  return {
    spec,
    project: spec.project,
    entities: spec.entities.map((entity) => ({ name: entity.name, module: naming.snakeCase(entity.name) })),
    deployment: buildDeployView(spec),
  };
}
