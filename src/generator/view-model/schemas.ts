/**
 * The Pydantic schema module of one entity: `<E>Create` (POST and PUT bodies),
 * `<E>Update` (PATCH: every key optional, `null` refused for required ones) and
 * `<E>Response`, each as ready-to-print declarations.
 */
import { pyString } from '../escape';
import { declaration, type Declared, type FieldView } from './fields';
import type { ForeignKeyView, IdListView } from './model';
import { DT, from, Imports } from './python';

export interface SchemaLine {
  attr: string;
  declaration: Declared;
}

export interface SchemaView {
  imports: string[];
  inputConfig: string;
  create: SchemaLine[];
  update: SchemaLine[];
  response: SchemaLine[];
  /** Attributes `null` may not be sent for in a PATCH (never-null columns and id lists). */
  nonNullable: string[];
  /** The same, as `field_validator` arguments. */
  nonNullableArgs: string;
}

export interface SchemaInput {
  module: string;
  idType: string;
  auditFields: boolean;
  fields: FieldView[];
  foreignKeys: ForeignKeyView[];
  idLists: IdListView[];
  /** `tenant_id` / `owner_id` columns: shown in responses, never accepted. */
  access?: { tenantScoped: boolean; ownerColumn: boolean };
}

const aliasArgs = (aliased: boolean, name: string, kind: 'alias' | 'serialization_alias') =>
  aliased ? [`${kind}=${pyString(name)}`] : [];

export function buildSchemaView(input: SchemaInput): SchemaView {
  // Request bodies derive from RequestModel (app/schemas/base.py: no NUL characters in text).
  const imports = new Imports().add('pydantic', 'BaseModel', 'ConfigDict').add('app.schemas.base', 'RequestModel');
  const create: SchemaLine[] = [];
  const update: SchemaLine[] = [];
  const response: SchemaLine[] = [{ attr: 'id', declaration: declaration(input.idType, []) }];
  const nonNullable: string[] = [];
  const writable = input.fields.filter((field) => field.writable);

  for (const field of input.fields) {
    imports.use(...field.info.pythonImports);
    if (field.enum) imports.add(`app.models.${input.module}`, field.enum.className);
    response.push({ attr: field.attr, declaration: field.schema.response });
  }
  for (const field of writable) {
    imports.use(...field.info.inputImports);
    create.push({ attr: field.attr, declaration: field.schema.create });
    update.push({ attr: field.attr, declaration: field.schema.update });
    if (field.required) nonNullable.push(field.attr);
  }
  for (const fk of input.foreignKeys) {
    const type = fk.ref.required ? input.idType : `${input.idType} | None`;
    const alias = aliasArgs(fk.aliased, fk.name, 'alias');
    create.push({ attr: fk.attr, declaration: declaration(type, alias, fk.ref.required ? undefined : 'None') });
    update.push({ attr: fk.attr, declaration: declaration(`${input.idType} | None`, alias, 'None') });
    response.push({
      attr: fk.attr,
      declaration: declaration(type, aliasArgs(fk.aliased, fk.name, 'serialization_alias')),
    });
    if (fk.ref.required) nonNullable.push(fk.attr);
  }
  for (const list of input.idLists) {
    const type = `list[${input.idType}]`;
    const alias = aliasArgs(list.aliased, list.name, 'alias');
    create.push({ attr: list.attr, declaration: declaration(type, alias, undefined, 'list') });
    update.push({ attr: list.attr, declaration: declaration(`${type} | None`, alias, 'None') });
    response.push({
      attr: list.attr,
      declaration: declaration(type, aliasArgs(list.aliased, list.name, 'serialization_alias')),
    });
    nonNullable.push(list.attr);
  }
  if (input.access?.tenantScoped) response.push({ attr: 'tenant_id', declaration: declaration(input.idType, []) });
  if (input.access?.ownerColumn) {
    response.push({ attr: 'owner_id', declaration: declaration(`${input.idType} | None`, []) });
  }
  if (input.auditFields) {
    imports.use(DT);
    response.push(
      { attr: 'created_at', declaration: declaration('dt.datetime', []) },
      { attr: 'updated_at', declaration: declaration('dt.datetime', []) },
    );
  }
  if (input.idType === 'UUID') imports.add('uuid', 'UUID');
  if ([...create, ...update, ...response].some((line) => line.declaration.usesField))
    imports.use(from('pydantic', 'Field'));
  if ([...create, ...update].some((line) => line.declaration.code.startsWith('Annotated[')))
    imports.add('typing', 'Annotated');
  if (nonNullable.length > 0) imports.add('pydantic', 'field_validator');
  const patterns = writable.some((field) => field.spec.type === 'string' && field.spec.pattern !== undefined);
  return {
    imports: imports.lines(),
    inputConfig: `ConfigDict(extra="ignore"${patterns ? ', regex_engine="python-re"' : ''})`,
    create,
    update,
    response,
    nonNullable,
    nonNullableArgs: nonNullable.map(pyString).join(', '),
  };
}
