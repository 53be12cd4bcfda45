/**
 * The SpecView rules run on: the whole parsed spec or, when the structural parse failed, its
 * parts parsed one by one so that the semantic problems of the rest are still reported. A
 * part that fails is parsed again without its unknown keys (an entity also without the
 * fields that fail); leaving things out can hide a problem but never invent one.
 */
import {
  FIELD_VARIANTS,
  LIMITS,
  entitySchema,
  relationSchema,
  specSchema,
  type ParsedField,
  type ParsedSpec,
} from '../schema';
import type { SpecView } from './types';

const identity = (_entity: number, field: number): number => field;

export const viewOfParsed = (spec: ParsedSpec): SpecView => ({ ...spec, entitiesComplete: true, fieldIndex: identity });

type Record_ = Record<string, unknown>;
const isRecord = (value: unknown): value is Record_ =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

interface Parser<T> {
  safeParse(value: unknown): { success: boolean; data?: T };
}

function salvage<T>(schema: Parser<T> & { shape: object }, value: unknown, fix = (v: Record_) => v): T | undefined {
  const first = schema.safeParse(value);
  if (first.success || !isRecord(value)) return first.data;
  const known = Object.fromEntries(Object.entries(value).filter(([key]) => Object.hasOwn(schema.shape, key)));
  return schema.safeParse(fix(known)).data;
}

function salvageField(field: unknown): ParsedField | undefined {
  const type = isRecord(field) && typeof field.type === 'string' ? field.type : '';
  const variant = Object.hasOwn(FIELD_VARIANTS, type) ? FIELD_VARIANTS[type as keyof typeof FIELD_VARIANTS] : undefined;
  return variant && (salvage(variant as Parser<ParsedField> & { shape: object }, field) as ParsedField | undefined);
}

function items<T>(value: unknown, max: number, parse: (item: unknown, index: number) => T | undefined) {
  if (value === undefined) return { items: [] as (T | undefined)[], complete: true };
  if (!Array.isArray(value) || value.length > max) return { items: [] as (T | undefined)[], complete: false };
  const parsed = value.map(parse);
  return { items: parsed, complete: parsed.every((item) => item !== undefined) };
}

export function viewOfPartial(input: unknown): SpecView | undefined {
  if (!isRecord(input)) return undefined;
  const shape = specSchema.shape;
  /** Document indexes of the fields kept, per entity whose failing fields were left out. */
  const kept = new Map<number, number[]>();
  const entities = items(input.entities, LIMITS.entities, (entity, entityIndex) =>
    salvage(entitySchema, entity, (known) => {
      if (!Array.isArray(known.fields)) return known;
      const fields = known.fields
        .map((field, index) => ({ field: salvageField(field), index }))
        .filter(({ field }) => field);
      kept.set(
        entityIndex,
        fields.map(({ index }) => index),
      );
      return { ...known, fields: fields.map(({ field }) => field) };
    }),
  );
  const relations = items(input.relations, LIMITS.relations, (relation) => salvage(relationSchema, relation));
  return {
    project: salvage(shape.project, input.project),
    entities: entities.items,
    relations: relations.items,
    api: input.api === undefined ? shape.api.parse(undefined) : salvage(shape.api.unwrap(), input.api),
    deploy: input.deploy === undefined ? shape.deploy.parse(undefined) : salvage(shape.deploy.unwrap(), input.deploy),
    entitiesComplete: entities.complete,
    fieldIndex: (entity, field) => kept.get(entity)?.[field] ?? field,
  };
}
