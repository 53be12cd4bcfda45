/**
 * A minimal page until the three-step form lands: paste a spec, see every problem with
 * its path, download the generated project. All generation happens in the worker.
 */
import { createSignal, For, Show } from 'solid-js';
import { formatSpecError, parseSpecText, type SpecError } from '../spec';
import { GeneratorClient } from '../workers/generator-client';
import { STARTER_SPEC } from './starter-spec';

const client = new GeneratorClient();

function download(fileName: string, bytes: Uint8Array) {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/zip' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function App() {
  const [text, setText] = createSignal(JSON.stringify(STARTER_SPEC, null, 2));
  const [errors, setErrors] = createSignal<SpecError[]>([]);
  const [status, setStatus] = createSignal('');

  const check = () => {
    const result = parseSpecText(text());
    setErrors(result.ok ? [] : result.errors);
    return result;
  };

  const generate = async () => {
    const result = check();
    if (!result.ok) return;
    setStatus('Generating…');
    const response = await client.request({ kind: 'zip', spec: JSON.parse(text()) });
    if (response.kind === 'zip') {
      download(response.fileName, response.bytes);
      setStatus(`Downloaded ${response.fileName}`);
    } else if (response.kind === 'invalid') {
      setErrors(response.errors);
      setStatus('');
    } else setStatus(response.kind === 'failed' ? `Generation failed: ${response.message}` : '');
  };

  return (
    <main class="page">
      <h1>Backsmith</h1>
      <p>Describe your backend as a spec; download a production-grade FastAPI project.</p>
      <label for="spec">Project spec (JSON)</label>
      <textarea id="spec" rows={24} value={text()} onInput={(e) => setText(e.currentTarget.value)} spellcheck={false} />
      <div class="actions">
        <button type="button" onClick={check}>
          Validate
        </button>
        <button type="button" onClick={generate}>
          Download ZIP
        </button>
        <span role="status">{status()}</span>
      </div>
      <Show when={errors().length > 0}>
        <ul class="errors" aria-label="Problems in the spec">
          <For each={errors()}>{(error) => <li>{formatSpecError(error)}</li>}</For>
        </ul>
      </Show>
    </main>
  );
}
