/** One entity: names, access, soft delete, tenant scope, its derived names and its fields. */
import { For, Show } from 'solid-js';
import { naming } from '../../spec';
import { CheckControl, SelectControl, TextControl } from '../components/controls';
import { ErrorText } from '../components/errors';
import { ACCESS_LEVELS, optionsOf } from '../options';
import { freshName, renameEntity, setOrDelete, type DraftEntity } from '../state/draft';
import type { Editor } from '../state/editor';
import { FieldEditor } from './FieldEditor';

type Level = (typeof ACCESS_LEVELS)[number];

export function DerivedNames(props: { name: string; plural?: string; prefix: string }) {
  const plural = () => props.plural || naming.pluralize(props.name);
  return (
    <dl class="derived">
      <div>
        <dt>Class</dt>
        <dd>
          <code>{props.name}</code>
        </dd>
      </div>
      <div>
        <dt>Table</dt>
        <dd>
          <code>{plural()}</code>
        </dd>
      </div>
      <div>
        <dt>Schemas</dt>
        <dd>
          <code>
            {props.name}Create / {props.name}Update / {props.name}Response
          </code>
        </dd>
      </div>
      <div>
        <dt>Route</dt>
        <dd>
          <code>
            {props.prefix}/{plural()}
          </code>
        </dd>
      </div>
    </dl>
  );
}

export function EntityEditor(props: { editor: Editor; index: () => number; entity: DraftEntity }) {
  const path = () => `entities[${props.index()}]`;
  const project = () => props.editor.draft.project;
  const defaultLevel = (): Level => ((project().auth ?? 'jwt') === 'none' ? 'public' : 'authenticated');
  const access = () => props.entity.access ?? { read: defaultLevel(), write: defaultLevel() };
  const edit = (change: (entity: DraftEntity) => void) =>
    props.editor.edit((d) => {
      const entity = d.entities?.[props.index()];
      if (entity) change(entity);
    });
  const setAccess = (key: 'read' | 'write', level: Level) =>
    edit((e) => {
      const next = { ...access(), [key]: level };
      if (next.read === defaultLevel() && next.write === defaultLevel()) delete e.access;
      else e.access = next;
    });
  const prefix = () => props.editor.lastValid()?.api.prefix ?? props.editor.draft.api?.prefix ?? '/api/v1';
  const addField = () =>
    edit((e) =>
      e.fields.push({
        name: freshName(
          e.fields.map((f) => f.name),
          'field',
        ),
        type: 'string',
      }),
    );
  return (
    <section class="panel entity-editor" aria-labelledby="entity-editor-title">
      <h3 id="entity-editor-title">{props.entity.name || 'Unnamed entity'}</h3>
      <div class="row">
        <TextControl
          path={`${path()}.name`}
          label="Entity name"
          value={props.entity.name}
          placeholder="Customer"
          hint="Singular, PascalCase."
          onInput={(text) => props.editor.edit((d) => renameEntity(d, props.index(), text))}
        />
        <TextControl
          path={`${path()}.plural`}
          label="Plural (table and route)"
          value={props.entity.plural}
          placeholder={props.entity.name ? naming.pluralize(props.entity.name) : ''}
          onInput={(text) => edit((e) => setOrDelete(e, 'plural', text || undefined))}
        />
      </div>
      <Show when={props.entity.name}>
        <DerivedNames name={props.entity.name} plural={props.entity.plural} prefix={prefix()} />
      </Show>
      <TextControl
        path={`${path()}.description`}
        label="Description"
        value={props.entity.description}
        onInput={(text) => edit((e) => setOrDelete(e, 'description', text || undefined))}
      />
      <div class="row">
        <SelectControl
          path={`${path()}.access.read`}
          label="Who may read"
          value={access().read}
          options={optionsOf(ACCESS_LEVELS)}
          onChange={(v) => setAccess('read', v as Level)}
        />
        <SelectControl
          path={`${path()}.access.write`}
          label="Who may write"
          value={access().write}
          options={optionsOf(ACCESS_LEVELS)}
          onChange={(v) => setAccess('write', v as Level)}
        />
      </div>
      <ErrorText path={`${path()}.access`} />
      <div class="row">
        <CheckControl
          path={`${path()}.softDelete`}
          label="Soft delete (keep deleted rows, marked)"
          checked={props.entity.softDelete ?? false}
          onChange={(on) => edit((e) => setOrDelete(e, 'softDelete', on || undefined))}
        />
        <Show when={project().multiTenant || props.entity.tenantScoped !== undefined}>
          <CheckControl
            path={`${path()}.tenantScoped`}
            label="Rows belong to a tenant"
            checked={props.entity.tenantScoped ?? project().multiTenant ?? false}
            onChange={(on) =>
              edit((e) => setOrDelete(e, 'tenantScoped', on === (project().multiTenant ?? false) ? undefined : on))
            }
          />
        </Show>
      </div>
      <h4 id="fields-title">Fields</h4>
      <ErrorText path={`${path()}.fields`} />
      <ol class="field-list" aria-labelledby="fields-title">
        <For each={props.entity.fields}>
          {(field, i) => (
            <FieldEditor
              editor={props.editor}
              entity={props.index}
              index={i}
              field={field}
              count={() => props.entity.fields.length}
            />
          )}
        </For>
      </ol>
      <button type="button" class="button" onClick={addField}>
        Add field
      </button>
      <ErrorText path={path()} />
    </section>
  );
}
