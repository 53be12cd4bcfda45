/**
 * The spec being edited ("draft"): the JSON the user writes, which may be invalid at any
 * moment; `validateSpec` says what is wrong and where. Only keys the user set are stored,
 * so an exported spec stays as short as one written by hand.
 */
import { naming, type SpecInput } from '../../spec';

export type Draft = SpecInput;
export type DraftEntity = NonNullable<Draft['entities']>[number];
export type DraftField = DraftEntity['fields'][number];
export type DraftRelation = NonNullable<Draft['relations']>[number];

export function newDraft(name = 'my_project'): Draft {
  return { specVersion: 1, project: { name }, entities: [], relations: [], api: {}, deploy: {} };
}

/** The Python package name a typed project name yields: `Order Desk!` → `order_desk`. */
export function packageName(text: string): string {
  const snake = naming
    .snakeCase(text.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''))
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^[^a-z]+/, '')
    .replace(/_+$/, '');
  return snake.slice(0, 40).replace(/_+$/, '');
}

/**
 * `project.name` and `project.title` from what the user typed as the project's name: the
 * title keeps the words as typed, unless they are the package name itself.
 */
export function namesFromTyped(typed: string): { name: string; title?: string } {
  const name = packageName(typed);
  const title = typed.trim();
  return title !== '' && title !== name ? { name, title: title.slice(0, 80) } : { name };
}

/** What the user sees as the project's name. */
export function typedName(project: { name?: unknown; title?: unknown } | undefined): string {
  if (typeof project?.title === 'string') return project.title;
  return typeof project?.name === 'string' ? project.name : '';
}

/** The name a project record shows in the list. */
export function displayName(spec: unknown): string {
  const project = (spec as { project?: { name?: unknown; title?: unknown } } | null)?.project;
  return typedName(project) || 'Untitled project';
}

/** A field name, entity name or relation name not yet taken: `field_2`, `Entity3`. */
export function freshName(taken: Iterable<string>, base: string, join = '_'): string {
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  if (!used.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) if (!used.has(`${base}${join}${i}`.toLowerCase())) return `${base}${join}${i}`;
}

/** Keys every field keeps when its type changes; the rest belong to one type. */
const COMMON_FIELD_KEYS = ['name', 'required', 'unique', 'index', 'description', 'filterable', 'sortable'];

/** Changes a field's type in place (so its inputs keep focus), dropping the old type's keys. */
export function changeType(field: DraftField, type: DraftField['type']): void {
  const loose = field as unknown as Record<string, unknown>;
  for (const key of Object.keys(loose)) if (!COMMON_FIELD_KEYS.includes(key)) delete loose[key];
  loose.type = type;
  if (type === 'enum') loose.values = [];
}

/** Renames an entity and every relation end that named it. */
export function renameEntity(draft: Draft, index: number, name: string): void {
  const entity = draft.entities?.[index];
  if (!entity) return;
  const old = entity.name;
  entity.name = name;
  const stillUsed = draft.entities?.some((e, i) => i !== index && e.name === old);
  if (stillUsed) return;
  for (const relation of draft.relations ?? []) {
    if (relation.from === old) relation.from = name;
    if (relation.to === old) relation.to = name;
  }
}

/** Moves an array item by `delta` places (no-op at the ends). */
export function move<T>(items: T[], index: number, delta: number): void {
  const target = index + delta;
  if (target < 0 || target >= items.length) return;
  const [item] = items.splice(index, 1);
  items.splice(target, 0, item!);
}

/** Sets `key` to `value`, or removes it when `value` is undefined (the default applies). */
export function setOrDelete<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value === undefined) delete target[key];
  else target[key] = value;
}

/** A copy's name lives in its spec (the list shows the spec's title): `Shop` → `Shop (copy)`. */
export function copyOf(_name: string, spec: unknown, suffix: string): { name: string; spec: unknown } {
  const draft = structuredClone(spec) as Draft;
  if (draft && typeof draft === 'object' && draft.project && typeof draft.project === 'object') {
    const base = typedName(draft.project) || 'Untitled project';
    const marker = ` (${suffix})`;
    draft.project.title = `${base.slice(0, 80 - marker.length)}${marker}`;
  }
  return { name: displayName(draft), spec: draft };
}
