/** The generated project, generated in the worker for the current valid spec. */
import { createResource, Show } from 'solid-js';
import { FileBrowser } from '../components/FileBrowser';
import { generateFiles } from '../generator';
import type { Editor } from '../state/editor';

export function Preview(props: { editor: Editor }) {
  // Re-generates when the normalized spec changes, not on every keystroke of an invalid draft.
  const source = () => {
    const spec = props.editor.spec();
    return spec ? { key: JSON.stringify(spec), draft: props.editor.snapshot() } : undefined;
  };
  const [result] = createResource(source, (s) => generateFiles(s.draft));
  const files = () => {
    if (result.error) return undefined;
    const r = result.latest;
    return r?.ok ? r.files : undefined;
  };
  const failure = () => {
    if (result.error) return `The generator did not answer: ${String(result.error)}`;
    const r = result.latest;
    return r && !r.ok ? r.message : undefined;
  };
  return (
    <div class="preview" aria-busy={result.loading ? 'true' : 'false'}>
      <Show when={props.editor.spec()} fallback={<p class="hint">The preview appears when the spec is valid.</p>}>
        <Show when={result.loading}>
          <p class="hint" role="status">
            Generating the project (rendering, formatting with ruff)…
          </p>
        </Show>
        <Show when={failure()}>
          <p class="error-text" role="alert">
            {failure()}
          </p>
        </Show>
        <Show when={files()}>
          {(list) => <FileBrowser files={list()} root={props.editor.spec()?.project.name ?? 'project'} />}
        </Show>
      </Show>
    </div>
  );
}
