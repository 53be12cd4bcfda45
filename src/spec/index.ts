/** Public surface of the spec module: everything outside `src/spec` imports from here. */
export * from './types';
export { specSchema, LIMITS } from './schema';
export type { SpecInput } from './schema';
export { validateSpec, parseSpecText } from './validate';
export * as naming from './naming';
