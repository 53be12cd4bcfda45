/** Domain blueprints: entity suggestions from a business description, entirely offline. */
export { BLUEPRINTS } from './catalog';
export { applyBlueprint, type Applied } from './apply';
export { stem, suggestBlueprints, words, type Suggestion } from './match';
export type { Blueprint } from './types';
