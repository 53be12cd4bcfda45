/**
 * The Python side of the checks, kept in real `.py` files and bundled as text (Vite's
 * `?raw`), so the CLI, the tests and the worker run exactly the same code.
 */
import init from './python/__init__.py?raw';
import appCheck from './python/app_check.py?raw';
import compileCheck from './python/compile_check.py?raw';
import importsCheck from './python/imports_check.py?raw';
import main from './python/main.py?raw';
import modelSupport from './python/model_support.py?raw';
import modelsCheck from './python/models_check.py?raw';
import schemasCheck from './python/schemas_check.py?raw';
import support from './python/support.py?raw';

/** The importable package name and its modules by file name. */
export const PYTHON_PACKAGE = 'backsmith_verify';
export const PYTHON_SOURCES: Record<string, string> = {
  '__init__.py': init,
  'app_check.py': appCheck,
  'compile_check.py': compileCheck,
  'imports_check.py': importsCheck,
  'main.py': main,
  'model_support.py': modelSupport,
  'models_check.py': modelsCheck,
  'schemas_check.py': schemasCheck,
  'support.py': support,
};
