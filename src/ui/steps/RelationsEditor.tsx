/** Relations: kind, ends, attribute names (defaults shown), required and on-delete. */
import { For, Show } from 'solid-js';
import { defaultOnDelete, defaultRelationNames, naming } from '../../spec';
import { CheckControl, SelectControl, TextControl } from '../components/controls';
import { ErrorText } from '../components/errors';
import { ON_DELETE, RELATION_KINDS, label, optionsOf } from '../options';
import { setOrDelete, type DraftRelation } from '../state/draft';
import type { Editor } from '../state/editor';

const KIND_LABELS: Record<string, string> = {
  'one-to-many': 'One to many',
  'one-to-one': 'One to one',
  'many-to-many': 'Many to many',
};

function RelationCard(props: { editor: Editor; index: () => number; relation: DraftRelation }) {
  const path = () => `relations[${props.index()}]`;
  const draft = () => props.editor.draft;
  const hasAuth = () => (draft().project.auth ?? 'jwt') !== 'none';
  const endOptions = (current: string) => {
    const names = (draft().entities ?? []).map((e) => e.name).filter(Boolean);
    if (hasAuth() && !names.includes('User')) names.push('User');
    const options = names.map((n) => ({
      value: n,
      label: n === 'User' && !draft().entities?.some((e) => e.name === 'User') ? 'User (built in)' : n,
    }));
    if (current && !names.includes(current)) options.unshift({ value: current, label: `${current} (missing)` });
    if (!current) options.unshift({ value: '', label: 'Choose…' });
    return options;
  };
  const plurals = () =>
    new Map(
      (draft().entities ?? []).map(
        (e) => [e.name, e.plural || (e.name ? naming.pluralize(e.name) : '')] as [string, string],
      ),
    );
  const defaults = () =>
    props.relation.from && props.relation.to
      ? defaultRelationNames(props.relation.kind, props.relation.from, props.relation.to, plurals())
      : { fromName: '', toName: '' };
  const toName = () => props.relation.toName || defaults().toName;
  const edit = (change: (r: DraftRelation) => void) =>
    props.editor.edit((d) => {
      const relation = d.relations?.[props.index()];
      if (relation) change(relation);
    });
  const isManyToMany = () => props.relation.kind === 'many-to-many';
  const describe = () => {
    const { from, to, kind } = props.relation;
    if (!from || !to) return '';
    const fromName = props.relation.fromName || defaults().fromName;
    if (kind === 'many-to-many') {
      return `${from}.${fromName} ⇄ ${to}.${toName()}, through the table ${plurals().get(from) ?? naming.pluralize(from)}_${plurals().get(to) ?? naming.pluralize(to)}.`;
    }
    const many = kind === 'one-to-many' ? 'lists' : 'is';
    return `${to} gets ${toName()}_id → ${from}; ${from}.${fromName} ${many} its ${to} row${kind === 'one-to-many' ? 's' : ''}.`;
  };
  const title = () => `Relation ${props.index() + 1}`;
  return (
    <li class="relation-card" data-relation-index={props.index()} data-path={path()} tabindex="-1">
      <div class="row">
        <SelectControl
          path={`${path()}.kind`}
          label="Kind"
          value={props.relation.kind}
          options={RELATION_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] ?? k }))}
          onChange={(v) =>
            edit((r) => {
              r.kind = v as DraftRelation['kind'];
              // A junction table has no foreign key to require, and always cascades.
              if (r.kind === 'many-to-many') {
                delete r.required;
                delete r.onDelete;
              }
            })
          }
        />
        <SelectControl
          path={`${path()}.from`}
          label={isManyToMany() ? 'From' : 'From (the “one” side)'}
          value={props.relation.from}
          options={endOptions(props.relation.from)}
          onChange={(v) => edit((r) => (r.from = v))}
        />
        <SelectControl
          path={`${path()}.to`}
          label={isManyToMany() ? 'To' : 'To (holds the foreign key)'}
          value={props.relation.to}
          options={endOptions(props.relation.to)}
          onChange={(v) => edit((r) => (r.to = v))}
        />
      </div>
      <div class="row">
        <TextControl
          path={`${path()}.fromName`}
          label={`Name on ${props.relation.from || 'from'}`}
          value={props.relation.fromName}
          placeholder={defaults().fromName}
          onInput={(text) => edit((r) => setOrDelete(r, 'fromName', text || undefined))}
        />
        <TextControl
          path={`${path()}.toName`}
          label={`Name on ${props.relation.to || 'to'}`}
          value={props.relation.toName}
          placeholder={defaults().toName}
          onInput={(text) => edit((r) => setOrDelete(r, 'toName', text || undefined))}
        />
      </div>
      <div class="row">
        <Show when={!isManyToMany()}>
          <CheckControl
            path={`${path()}.required`}
            label="Required"
            checked={props.relation.required ?? false}
            onChange={(on) => edit((r) => setOrDelete(r, 'required', on || undefined))}
          />
        </Show>
        <Show
          when={!isManyToMany() || props.relation.onDelete !== undefined}
          fallback={<p class="hint align-end">Rows of the junction table go with either side.</p>}
        >
          <SelectControl
            path={`${path()}.onDelete`}
            label={`When a ${props.relation.from || 'from'} row is deleted`}
            value={props.relation.onDelete ?? ''}
            options={[
              {
                value: '',
                label: `Default (${label(defaultOnDelete(props.relation.kind, props.relation.required ?? false))})`,
              },
              ...optionsOf(ON_DELETE),
            ]}
            onChange={(v) => edit((r) => setOrDelete(r, 'onDelete', (v || undefined) as DraftRelation['onDelete']))}
          />
        </Show>
        <button
          type="button"
          class="button button-quiet danger align-end"
          aria-label={`Remove ${title().toLowerCase()}`}
          onClick={() => props.editor.edit((d) => d.relations?.splice(props.index(), 1))}
        >
          Remove
        </button>
      </div>
      <p class="hint">{describe()}</p>
      <ErrorText path={path()} />
    </li>
  );
}

export function RelationsEditor(props: { editor: Editor }) {
  const relations = () => props.editor.draft.relations ?? [];
  const add = () =>
    props.editor.edit((d) => {
      const names = (d.entities ?? []).map((e) => e.name);
      (d.relations ??= []).push({ kind: 'one-to-many', from: names[0] ?? '', to: names[1] ?? names[0] ?? '' });
    });
  return (
    <section class="panel" aria-labelledby="relations-title">
      <h3 id="relations-title">Relations</h3>
      <ErrorText path="relations" />
      <Show when={relations().length === 0}>
        <p class="hint">No relations yet. A one-to-many relation gives the “many” side a foreign key.</p>
      </Show>
      <ol class="relation-list">
        <For each={relations()}>
          {(relation, i) => <RelationCard editor={props.editor} index={i} relation={relation} />}
        </For>
      </ol>
      <button type="button" class="button" onClick={add}>
        Add relation
      </button>
    </section>
  );
}
