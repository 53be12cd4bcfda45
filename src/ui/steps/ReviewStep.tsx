/** Review and download: what the spec holds, every remaining problem, the files, the ZIP. */
import { createSignal, Show } from 'solid-js';
import { StepSummary } from '../components/StepSummary';
import { downloadSpec, downloadZip } from '../state/actions';
import type { Editor } from '../state/editor';
import { Preview } from './Preview';
import { VerifyPanel } from '../verify/VerifyPanel';

export function ReviewStep(props: { editor: Editor; onShare: () => void }) {
  const [status, setStatus] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const spec = () => props.editor.spec();
  const download = async () => {
    setBusy(true);
    setStatus('Generating the ZIP…');
    try {
      setStatus(await downloadZip(props.editor));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="review">
      <section class="panel" aria-labelledby="review-title">
        <h3 id="review-title">Ready to download?</h3>
        <Show
          when={spec()}
          fallback={<p class="hint">The spec has problems; the download is available once they are fixed.</p>}
        >
          {(s) => (
            <p>
              <strong>{s().project.title}</strong> (<code>{s().project.name}</code>): {s().entities.length} entities,{' '}
              {s().relations.length} relations, {s().project.database}, auth {s().project.auth}, Python{' '}
              {s().project.pythonVersion}.
            </p>
          )}
        </Show>
        <div class="actions">
          <button
            type="button"
            class="button button-primary"
            disabled={!spec() || busy()}
            aria-keyshortcuts="Control+Enter Meta+Enter"
            onClick={download}
          >
            Download ZIP
          </button>
          <VerifyPanel editor={props.editor} />
          <button type="button" class="button" disabled={!spec()} onClick={() => props.onShare()}>
            Share link
          </button>
          <button type="button" class="button" onClick={() => downloadSpec(props.editor)}>
            Download spec (JSON)
          </button>
          <span role="status" class="hint">
            {status()}
          </span>
        </div>
        <p class="hint">Shortcuts: Ctrl/⌘ + Enter downloads, Ctrl + Space opens the preview, Esc closes dialogs.</p>
      </section>
      <StepSummary errors={props.editor.errors()} title="Spec" id="review-problems" />
      <section class="panel" aria-labelledby="files-title">
        <h3 id="files-title">Files</h3>
        <Preview editor={props.editor} />
      </section>
    </div>
  );
}
