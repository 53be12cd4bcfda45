/** The notice area: polite live region, each notice with its action and a dismiss button. */
import { For, Show } from 'solid-js';
import type { Toasts as ToastsState } from '../state/toasts';

export function Toasts(props: { toasts: ToastsState }) {
  return (
    <div class="toasts" role="status" aria-live="polite">
      <For each={props.toasts.list()}>
        {(toast) => (
          <div class={`toast toast-${toast.tone}`}>
            <span>{toast.message}</span>
            <Show when={toast.action}>
              {(action) => (
                <button
                  type="button"
                  class="link-button"
                  onClick={() => {
                    action().run();
                    props.toasts.dismiss(toast.id);
                  }}
                >
                  {action().label}
                </button>
              )}
            </Show>
            <button
              type="button"
              class="icon-button"
              aria-label="Dismiss"
              onClick={() => props.toasts.dismiss(toast.id)}
            >
              ×
            </button>
          </div>
        )}
      </For>
    </div>
  );
}
