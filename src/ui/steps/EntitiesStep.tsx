/** Step 2: entities (list and editor), their relations, and the diagram. */
import { For, Show } from 'solid-js';
import { freshName, move } from '../state/draft';
import type { Editor } from '../state/editor';
import { selectedEntity as selected, setSelectedEntity as setSelected } from '../state/view';
import { refocusButton } from '../components/focus';
import { EntityEditor } from './EntityEditor';
import { ErDiagram } from './ErDiagram';
import { RelationsEditor } from './RelationsEditor';

export function EntitiesStep(props: { editor: Editor }) {
  const entities = () => props.editor.draft.entities ?? [];
  const current = () => Math.min(selected(), entities().length - 1);
  const hasErrors = (index: number) => props.editor.errors().some((e) => e.path.startsWith(`entities[${index}]`));

  const add = () => {
    props.editor.edit((d) => {
      const list = (d.entities ??= []);
      list.push({
        name: freshName(
          list.map((e) => e.name),
          'Entity',
          '',
        ),
        fields: [{ name: 'name', type: 'string', required: true }],
      });
    });
    setSelected(entities().length - 1);
    queueMicrotask(() => document.getElementById('in-entities-' + current() + '-name')?.focus());
  };
  const reorder = (index: number, delta: number) => {
    const name = entities()[index]?.name || 'entity';
    props.editor.edit((d) => d.entities && move(d.entities, index, delta));
    setSelected(Math.max(0, Math.min(entities().length - 1, index + delta)));
    const [same, other] = delta < 0 ? ['up', 'down'] : ['down', 'up'];
    refocusButton(`Move ${name} ${same}`, `Move ${name} ${other}`);
  };
  const remove = (index: number) => {
    const name = entities()[index]?.name;
    props.editor.edit((d) => {
      d.entities?.splice(index, 1);
      // Relations to a removed entity would be invalid; they go with it.
      if (name && d.relations) d.relations = d.relations.filter((r) => r.from !== name && r.to !== name);
    });
    setSelected(Math.max(0, index - 1));
  };

  return (
    <div class="entities-step">
      <div class="entities-layout">
        <nav class="panel entity-nav" aria-labelledby="entity-list-title">
          <h3 id="entity-list-title">Entities</h3>
          <Show when={entities().length === 0}>
            <p class="hint">No entities yet. Add one, or take suggestions in step 1.</p>
          </Show>
          <ol class="entity-list">
            <For each={entities()}>
              {(entity, i) => (
                <li
                  classList={{ selected: i() === current(), invalid: hasErrors(i()) }}
                  data-path={`entities[${i()}]`}
                  tabindex="-1"
                >
                  <button
                    type="button"
                    class="entity-pick"
                    aria-current={i() === current() ? 'true' : undefined}
                    onClick={() => setSelected(i())}
                  >
                    <span class="entity-pick-name">
                      {entity.name || 'Unnamed'}
                      <Show when={hasErrors(i())}>
                        {' '}
                        <span class="badge-error" aria-hidden="true">
                          !
                        </span>
                        <span class="visually-hidden">(has problems)</span>
                      </Show>
                    </span>
                    <span class="hint entity-pick-count">
                      {entity.fields.length} {entity.fields.length === 1 ? 'field' : 'fields'}
                    </span>
                  </button>
                  <span class="item-actions">
                    <button
                      type="button"
                      class="icon-button"
                      aria-label={`Move ${entity.name || 'entity'} up`}
                      disabled={i() === 0}
                      onClick={() => reorder(i(), -1)}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      class="icon-button"
                      aria-label={`Move ${entity.name || 'entity'} down`}
                      disabled={i() === entities().length - 1}
                      onClick={() => reorder(i(), 1)}
                    >
                      ↓
                    </button>
                    <button
                      type="button"
                      class="icon-button danger"
                      aria-label={`Remove ${entity.name || 'entity'}`}
                      onClick={() => remove(i())}
                    >
                      ✕
                    </button>
                  </span>
                </li>
              )}
            </For>
          </ol>
          <button type="button" class="button" onClick={add}>
            Add entity
          </button>
        </nav>
        <Show when={entities()[current()]} keyed={false}>
          {(entity) => <EntityEditor editor={props.editor} index={current} entity={entity()} />}
        </Show>
      </div>
      <RelationsEditor editor={props.editor} />
      <ErDiagram spec={props.editor.lastValid()} />
      <Show when={!props.editor.spec() && props.editor.lastValid()}>
        <p class="hint">The diagram shows the last valid version while there are problems to fix.</p>
      </Show>
    </div>
  );
}
