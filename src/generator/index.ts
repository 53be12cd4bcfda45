/** Public surface of the generator. */
export { generateProject, renderProject, SPEC_FILE } from './generate';
export type { GeneratedFile, PythonFormatter } from './types';
export { PythonFormatError } from './types';
export { buildViewModel } from './view-model';
export type { ViewModel } from './view-model';
