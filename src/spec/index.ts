/** Public surface of the spec module: everything outside `src/spec` imports from here. */
import { z } from 'zod';

// No generated code at run time: zod's JIT would build parsers with `new Function`.
z.config({ jitless: true });

export * from './types';
export { specSchema, LIMITS } from './schema';
export type { SpecInput } from './schema';
export { validateSpec, parseSpecText } from './validate';
export * as naming from './naming';
/** Field patterns: why one is not portable, its Python `re` form, and matching it in JavaScript. */
export { patternProblem, pythonPattern, patternMatches } from './regex';
export { defaultOnDelete, defaultRelationNames } from './normalize';
