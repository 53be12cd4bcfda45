/** Where npm installed Pyodide's runtime (pyodide.mjs, the wasm, the standard library). */
import { createRequire } from 'node:module';
import { dirname } from 'node:path';

export const pyodideDirectory = () => dirname(createRequire(import.meta.url).resolve('pyodide/package.json')) + '/';
