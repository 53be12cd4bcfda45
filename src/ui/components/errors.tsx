/**
 * Validation messages next to the inputs they are about. `validateSpec` reports paths such
 * as `entities[2].fields[0].name`; every control is rendered with the path of the value it
 * edits (`data-path`), so a message finds its input, and the step summary can focus it.
 */
import { createContext, For, Show, useContext } from 'solid-js';

export const ErrorsContext = createContext<(path: string) => string[]>(() => []);
export const useErrorsAt = () => useContext(ErrorsContext);

/** A DOM id for the control of a spec path: `entities[2].name` → `in-entities-2-name`. */
export const controlId = (path: string) => `in-${path.replace(/[^A-Za-z0-9]+/g, '-').replace(/-$/, '')}`;
export const errorId = (path: string) => `${controlId(path)}-error`;

/** The messages for `path` (and, with `within`, for paths under it that have no control). */
export function ErrorText(props: { path: string; within?: string[] }) {
  const errorsAt = useErrorsAt();
  const messages = () => [props.path, ...(props.within ?? [])].flatMap((p) => errorsAt(p));
  return (
    <Show when={messages().length > 0}>
      <ul class="error-text" id={errorId(props.path)}>
        <For each={messages()}>{(message) => <li>{message}</li>}</For>
      </ul>
    </Show>
  );
}

/** Focuses the control of a path, or of its nearest ancestor that has one. */
export function focusPath(path: string): boolean {
  let current = path;
  for (;;) {
    const target = document.querySelector<HTMLElement>(`[data-path="${CSS.escape(current)}"]`);
    if (target) {
      target.scrollIntoView({ block: 'center', behavior: 'smooth' });
      target.focus({ preventScroll: true });
      return true;
    }
    const cut = Math.max(current.lastIndexOf('.'), current.lastIndexOf('['));
    if (cut <= 0) return false;
    current = current.slice(0, cut);
  }
}
