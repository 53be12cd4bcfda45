/**
 * Entity suggestions from the business description, from the built-in blueprint catalog
 * (offline): the user adds the entities they tick, or dismisses the suggestion.
 */
import { createMemo, createSignal, For, Show } from 'solid-js';
import { applyBlueprint, suggestBlueprints, type Suggestion } from '../../blueprints';
import type { Editor } from '../state/editor';

function SuggestionCard(props: {
  suggestion: Suggestion;
  editor: Editor;
  onDone: (message: string) => void;
  onDismiss: () => void;
}) {
  const blueprint = () => props.suggestion.blueprint;
  const existing = () => new Set((props.editor.draft.entities ?? []).map((e) => e.name.toLowerCase()));
  const [unticked, setUnticked] = createSignal<string[]>([]);
  const picked = () =>
    blueprint()
      .entities.map((e) => e.name)
      .filter((name) => !unticked().includes(name) && !existing().has(name.toLowerCase()));
  const add = () => {
    const names = picked();
    let summary = '';
    props.editor.edit((draft) => {
      const applied = applyBlueprint(draft, blueprint(), names);
      draft.entities = applied.spec.entities;
      draft.relations = applied.spec.relations;
      summary = `Added ${applied.added.join(', ')}${applied.relations ? ` and ${applied.relations} relation${applied.relations > 1 ? 's' : ''}` : ''}.`;
    });
    props.onDone(summary);
  };
  return (
    <li class="suggestion">
      <h4>{blueprint().title}</h4>
      <p class="hint">
        {blueprint().summary} Because you mentioned: {props.suggestion.matched.join(', ')}.
      </p>
      <fieldset class="checks">
        <legend class="visually-hidden">Entities to add from {blueprint().title}</legend>
        <For each={blueprint().entities}>
          {(entity) => (
            <label class="chip">
              <input
                type="checkbox"
                checked={!unticked().includes(entity.name) && !existing().has(entity.name.toLowerCase())}
                disabled={existing().has(entity.name.toLowerCase())}
                onChange={(e) =>
                  setUnticked((list) =>
                    e.currentTarget.checked ? list.filter((n) => n !== entity.name) : [...list, entity.name],
                  )
                }
              />
              {entity.name}
              <Show when={existing().has(entity.name.toLowerCase())}>
                <span class="hint"> (already there)</span>
              </Show>
            </label>
          )}
        </For>
      </fieldset>
      <div class="actions">
        <button type="button" class="button" disabled={picked().length === 0} onClick={add}>
          Add {picked().length} {picked().length === 1 ? 'entity' : 'entities'}
        </button>
        <button type="button" class="button button-quiet" onClick={() => props.onDismiss()}>
          Not now
        </button>
      </div>
    </li>
  );
}

export function Suggestions(props: { editor: Editor }) {
  const [dismissed, setDismissed] = createSignal<string[]>([]);
  const [message, setMessage] = createSignal('');
  const suggestions = createMemo(() =>
    suggestBlueprints(props.editor.draft.project.description ?? '').filter(
      (s) => !dismissed().includes(s.blueprint.id),
    ),
  );
  return (
    <section class="panel suggestions" aria-labelledby="suggestions-title">
      <h3 id="suggestions-title">Suggested entities</h3>
      <p class="hint" role="status">
        {message() ||
          (suggestions().length === 0
            ? 'Describe the business above (orders, patients, devices, tickets…) and Backsmith suggests entities, without leaving your browser.'
            : 'From your description. Add the ones you want; you can edit everything in step 2.')}
      </p>
      <ul class="suggestion-list">
        <For each={suggestions()}>
          {(suggestion) => (
            <SuggestionCard
              suggestion={suggestion}
              editor={props.editor}
              onDone={setMessage}
              onDismiss={() => setDismissed((list) => [...list, suggestion.blueprint.id])}
            />
          )}
        </For>
      </ul>
    </section>
  );
}
