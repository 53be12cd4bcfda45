/**
 * The normalized spec: every default filled in, every derived name resolved. This is
 * the only shape the generator and the UI's derived views read.
 */
import type { AccessLevel, ParsedField, ParsedSpec } from './schema';

export type Field = ParsedField;
export type { AccessLevel, FieldType } from './schema';

export interface Entity {
  name: string;
  plural: string;
  description: string;
  fields: Field[];
  softDelete: boolean;
  access: { read: AccessLevel; write: AccessLevel };
  tenantScoped: boolean;
}

export type RelationKind = 'one-to-many' | 'one-to-one' | 'many-to-many';
export type OnDelete = 'cascade' | 'set-null' | 'restrict';

export interface Relation {
  kind: RelationKind;
  from: string;
  to: string;
  fromName: string;
  toName: string;
  required: boolean;
  onDelete: OnDelete;
}

export interface Spec {
  specVersion: 1;
  project: ParsedSpec['project'] & { title: string };
  entities: Entity[];
  relations: Relation[];
  api: ParsedSpec['api'];
  deploy: ParsedSpec['deploy'];
}

export interface SpecError {
  /** JSON path such as `entities[2].fields[0].name`, or `spec` for the document itself. */
  path: string;
  message: string;
}

export type SpecResult = { ok: true; spec: Spec } | { ok: false; errors: SpecError[] };

export const formatSpecError = (error: SpecError): string => `${error.path}: ${error.message}`;
