/** The problems of one step (or all), each a link that shows and focuses its input. */
import { For, Show } from 'solid-js';
import type { SpecError } from '../../spec';
import { reveal } from '../state/view';
import { focusPath } from './errors';

export function StepSummary(props: { errors: SpecError[]; title: string; id: string }) {
  const go = (path: string) => {
    reveal(path);
    // The step or entity may render first.
    requestAnimationFrame(() => focusPath(path));
  };
  return (
    <Show when={props.errors.length > 0}>
      <section class="summary" aria-labelledby={props.id}>
        <h3 id={props.id}>
          {props.title}: {props.errors.length} {props.errors.length === 1 ? 'problem' : 'problems'}
        </h3>
        <ul>
          <For each={props.errors.slice(0, 50)}>
            {(error) => (
              <li>
                <a
                  href={`#${error.path}`}
                  onClick={(event) => {
                    event.preventDefault();
                    go(error.path);
                  }}
                >
                  <code>{error.path}</code>
                </a>
                : {error.message}
              </li>
            )}
          </For>
        </ul>
        <Show when={props.errors.length > 50}>
          <p class="hint">…and {props.errors.length - 50} more.</p>
        </Show>
      </section>
    </Show>
  );
}
