/** One field of an entity: name, type, flags, type options, default and description. */
import { For } from 'solid-js';
import { CheckControl, SelectControl, TextControl } from '../components/controls';
import { ErrorText } from '../components/errors';
import { FIELD_TYPES } from '../options';
import { changeType, move, type DraftField } from '../state/draft';
import type { Editor } from '../state/editor';
import { refocusButton } from '../components/focus';
import { FieldOptions } from './FieldOptions';

const FLAGS = [
  ['required', 'Required'],
  ['unique', 'Unique'],
  ['index', 'Index'],
  ['filterable', 'Filterable'],
  ['sortable', 'Sortable'],
] as const;

export function FieldEditor(props: {
  editor: Editor;
  entity: () => number;
  index: () => number;
  field: DraftField;
  count: () => number;
}) {
  const path = () => `entities[${props.entity()}].fields[${props.index()}]`;
  const at = (): [number, number] => [props.entity(), props.index()];
  const edit = (change: (field: DraftField, fields: DraftField[]) => void) =>
    props.editor.edit((d) => {
      const fields = d.entities?.[props.entity()]?.fields;
      const field = fields?.[props.index()];
      if (fields && field) change(field, fields);
    });
  const name = () => props.field.name || `field ${props.index() + 1}`;
  return (
    <li class="field-card" data-field-index={props.index()} data-path={path()} tabindex="-1">
      <div class="row field-head">
        <TextControl
          path={`${path()}.name`}
          label="Field name"
          value={props.field.name}
          placeholder="snake_case"
          onInput={(text) => edit((f) => (f.name = text))}
        />
        <SelectControl
          path={`${path()}.type`}
          label="Type"
          value={props.field.type}
          options={FIELD_TYPES.map((t) => ({ value: t, label: t }))}
          onChange={(type) => edit((f) => changeType(f, type as DraftField['type']))}
        />
        <div class="item-actions">
          <button
            type="button"
            class="icon-button"
            aria-label={`Move ${name()} up`}
            disabled={props.index() === 0}
            onClick={() => {
              edit((_, fields) => move(fields, props.index(), -1));
              refocusButton(`Move ${name()} up`, `Move ${name()} down`);
            }}
          >
            ↑
          </button>
          <button
            type="button"
            class="icon-button"
            aria-label={`Move ${name()} down`}
            disabled={props.index() === props.count() - 1}
            onClick={() => {
              edit((_, fields) => move(fields, props.index(), 1));
              refocusButton(`Move ${name()} down`, `Move ${name()} up`);
            }}
          >
            ↓
          </button>
          <button
            type="button"
            class="icon-button danger"
            aria-label={`Remove ${name()}`}
            onClick={() => edit((_, fields) => fields.splice(props.index(), 1))}
          >
            ✕
          </button>
        </div>
      </div>
      <fieldset class="flags">
        <legend class="visually-hidden">Options of {name()}</legend>
        <For each={FLAGS}>
          {([key, label]) => (
            <CheckControl
              path={`${path()}.${key}`}
              label={label}
              checked={props.field[key] ?? false}
              onChange={(on) => edit((f) => (on ? (f[key] = true) : delete f[key]))}
            />
          )}
        </For>
      </fieldset>
      <FieldOptions editor={props.editor} path={path()} field={props.field} at={at} />
      <TextControl
        path={`${path()}.description`}
        label="Description"
        value={props.field.description}
        onInput={(text) => edit((f) => (text ? (f.description = text) : delete f.description))}
      />
      <ErrorText path={path()} />
    </li>
  );
}
