/**
 * What a semantic rule sees and how it reports. Rules run after zod's structural parse on
 * the parts of the spec that parsed, so a broken field elsewhere does not hide problems here.
 */
import type { Path } from '../paths';
import type { ParsedEntity, ParsedField, ParsedProject, ParsedRelation, ParsedSpec } from '../schema';

/**
 * The spec as far as it parsed. `entities[i]` / `relations[i]` is undefined where that
 * item failed its structural parse (indexes stay those of the document); `project`, `api`
 * and `deploy` are undefined when they failed.
 */
export interface SpecView {
  project: ParsedProject | undefined;
  entities: readonly (ParsedEntity | undefined)[];
  relations: readonly (ParsedRelation | undefined)[];
  api: ParsedSpec['api'] | undefined;
  deploy: ParsedSpec['deploy'] | undefined;
  /** Every entity parsed: a name missing from `entities` is truly missing. */
  entitiesComplete: boolean;
  /** Document index of `entities[entity].fields[field]` (failing fields may have been left out). */
  fieldIndex: (entity: number, field: number) => number;
}

export type Report = (path: Path, message: string) => void;

export type Rule = (view: SpecView, report: Report) => void;

/** Calls `fn` for every item that parsed, with its document index. */
export function eachParsed<T>(items: readonly (T | undefined)[], fn: (item: T, index: number) => void): void {
  items.forEach((item, index) => {
    if (item !== undefined) fn(item, index);
  });
}

/** Reports every repeat of a value in `values` (first occurrence kept), at `path(index)`. */
export function reportRepeats<T>(
  values: readonly T[],
  key: (value: T) => string,
  report: (index: number, first: number) => void,
): void {
  const firstAt = new Map<string, number>();
  values.forEach((value, index) => {
    const k = key(value);
    const first = firstAt.get(k);
    if (first === undefined) firstAt.set(k, index);
    else report(index, first);
  });
}

/** Calls `fn` for every field of every parsed entity; `at(key)` is the path of one of its keys. */
export function eachField(
  view: SpecView,
  fn: (field: ParsedField, at: (key: string) => Path, entity: ParsedEntity, entityIndex: number) => void,
): void {
  eachParsed(view.entities, (entity, entityIndex) => {
    entity.fields.forEach((field, fieldIndex) => {
      const at = view.fieldIndex(entityIndex, fieldIndex);
      fn(field, (key) => ['entities', entityIndex, 'fields', at, key], entity, entityIndex);
    });
  });
}

/** The path of a key of a field, by its position in the parsed entity. */
export const fieldPath = (view: SpecView, entity: number, field: number, key: string): Path => [
  'entities',
  entity,
  'fields',
  view.fieldIndex(entity, field),
  key,
];
