/**
 * Python-level building blocks for the view model: target-version features, attribute
 * names that cannot shadow what a class body uses, literals and import blocks.
 */
import { pyString } from '../escape';

export type PythonVersion = '3.10' | '3.11' | '3.12' | '3.13';

export interface PythonTarget {
  version: PythonVersion;
  /** `py312`, for ruff and mypy. */
  ruffTarget: string;
  /** `enum.StrEnum` exists from 3.11; 3.10 gets `class X(str, enum.Enum)`. */
  hasStrEnum: boolean;
  /** The UTC tzinfo as generated code spells it with `import datetime as dt`. */
  utc: string;
}

export function pythonTarget(version: PythonVersion): PythonTarget {
  const modern = version !== '3.10';
  return {
    version,
    ruffTarget: `py${version.replace('.', '')}`,
    hasStrEnum: modern,
    utc: modern ? 'dt.UTC' : 'dt.timezone.utc',
  };
}

/**
 * Lower-case names that generated class bodies (models and schemas) use after their
 * fields: a field with one of these names would shadow it for the rest of the class, so
 * its Python attribute gets a trailing underscore (the column and JSON key keep the name).
 * Upper-case names need no entry: field names are lower-case.
 */
const CLASS_BODY_NAMES = [
  'str',
  'int',
  'float',
  'bool',
  'list',
  'dict',
  'dt',
  'mapped_column',
  'relationship',
  'field_validator',
  'classmethod',
  'property',
  'enum_values',
  'true',
  'false',
];

/** Public attributes of pydantic's BaseModel: a field with such a name would shadow it (and warn). */
const BASE_MODEL_ATTRIBUTES = [
  'construct',
  'copy',
  'dict',
  'from_orm',
  'json',
  'parse_file',
  'parse_obj',
  'parse_raw',
  'schema',
  'schema_json',
  'update_forward_refs',
  'validate',
];

/** pycodestyle's ambiguous single-letter names (E741). */
const AMBIGUOUS_NAMES = ['l', 'I', 'O'];

const UNSAFE_ATTRIBUTES = new Set([...CLASS_BODY_NAMES, ...BASE_MODEL_ATTRIBUTES, ...AMBIGUOUS_NAMES]);

export const isUnsafeAttribute = (name: string): boolean => UNSAFE_ATTRIBUTES.has(name) || name.startsWith('model_');

/**
 * Python attribute names for API names on one class: unchanged unless unsafe, else
 * suffixed with `_` until unique among every name of that class.
 */
export function attributeNames(names: readonly string[]): Map<string, string> {
  const taken = new Set(names);
  const result = new Map<string, string>();
  for (const name of names) {
    let attr = name;
    if (isUnsafeAttribute(name)) {
      do attr = `${attr}_`;
      while (taken.has(attr));
      taken.add(attr);
    }
    result.set(name, attr);
  }
  return result;
}

/** A JSON value as a Python literal; every string goes through `pyString`. */
export function pyLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'number') return pyNumber(value);
  if (typeof value === 'string') return pyString(value);
  if (Array.isArray(value)) return `[${value.map(pyLiteral).join(', ')}]`;
  const entries = Object.entries(value as Record<string, unknown>);
  return `{${entries.map(([key, item]) => `${pyString(key)}: ${pyLiteral(item)}`).join(', ')}}`;
}

/** A tuple display: `()`, `("a",)`, `("a", "b")` (items are Python expressions). */
export const pyTuple = (items: string[]) => (items.length === 1 ? `(${items[0]},)` : `(${items.join(', ')})`);

/** A tuple of strings. */
export const pyStrings = (items: string[]) => pyTuple(items.map(pyString));

/** A finite JS number as Python source (`1e+21` is valid Python too). */
export function pyNumber(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
  return Object.is(value, -0) ? '0' : String(value);
}

/** A float literal that stays a float in Python (`2` → `2.0`). */
export function pyFloat(value: number): string {
  const text = pyNumber(value);
  return /[.eE]/.test(text) ? text : `${text}.0`;
}

/** One imported name (`from module import name`), or a module (`import module as alias`). */
export interface Import {
  module: string;
  name?: string;
  alias?: string;
}

export const DT: Import = { module: 'datetime', alias: 'dt' };
export const from = (module: string, name: string): Import => ({ module, name });

/** Collects `import x` and `from x import a, b` statements; ruff sorts them after rendering. */
export class Imports {
  private readonly fromImports = new Map<string, Set<string>>();
  private readonly plain = new Set<string>();

  add(module: string, ...names: string[]): this {
    const set = this.fromImports.get(module) ?? new Set<string>();
    for (const name of names) set.add(name);
    this.fromImports.set(module, set);
    return this;
  }

  /** `import datetime as dt` is `module('datetime', 'dt')`. */
  module(module: string, alias?: string): this {
    this.plain.add(alias ? `import ${module} as ${alias}` : `import ${module}`);
    return this;
  }

  use(...imports: Import[]): this {
    for (const item of imports) {
      if (item.name) this.add(item.module, item.name);
      else this.module(item.module, item.alias);
    }
    return this;
  }

  lines(): string[] {
    const froms = [...this.fromImports]
      .filter(([, names]) => names.size > 0)
      .map(([module, names]) => `from ${module} import ${[...names].sort().join(', ')}`);
    return [...[...this.plain].sort(), ...froms.sort()];
  }
}
