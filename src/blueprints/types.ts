/** A domain blueprint: entities and relations a kind of business usually needs. */
import type { SpecInput } from '../spec';

export type EntityInput = NonNullable<SpecInput['entities']>[number];
export type FieldInput = EntityInput['fields'][number];
export type RelationInput = NonNullable<SpecInput['relations']>[number];

export interface Blueprint {
  id: string;
  title: string;
  /** One sentence for the suggestion card. */
  summary: string;
  /** Words (matched after stemming) that point at this domain. */
  keywords: string[];
  /** No `access` and no `User` entity, so a blueprint fits any auth setting. */
  entities: EntityInput[];
  /** Relations to `User` are added only when the project has auth. */
  relations: RelationInput[];
}

/** Small helpers that keep the catalog readable. */
export const str = (name: string, maxLength: number, extra: Partial<FieldInput> = {}): FieldInput =>
  ({ name, type: 'string', maxLength, ...extra }) as FieldInput;
export const field = (name: string, type: FieldInput['type'], extra: Record<string, unknown> = {}): FieldInput =>
  ({ name, type, ...extra }) as FieldInput;
export const choice = (name: string, values: string[], extra: Record<string, unknown> = {}): FieldInput =>
  ({ name, type: 'enum', values, default: values[0], filterable: true, ...extra }) as FieldInput;
export const money = (name: string, extra: Record<string, unknown> = {}): FieldInput =>
  ({ name, type: 'decimal', precision: 12, scale: 2, min: 0, ...extra }) as FieldInput;
export const oneToMany = (from: string, to: string, extra: Partial<RelationInput> = {}): RelationInput => ({
  kind: 'one-to-many',
  from,
  to,
  ...extra,
});
export const manyToMany = (from: string, to: string, extra: Partial<RelationInput> = {}): RelationInput => ({
  kind: 'many-to-many',
  from,
  to,
  ...extra,
});
