/** Storage problems (IndexedDB missing, disk full, a failed save): what happened and how to keep the work. */
import { Show } from 'solid-js';
import { exportBundle } from '../../storage';
import { downloadSpec } from '../state/actions';
import type { AppState } from '../state/app-state';
import { downloadText } from '../state/downloads';

export function StorageBanner(props: { app: AppState }) {
  const problem = () => props.app.editor()?.saveError() ?? props.app.storageProblem();
  const exportAll = () =>
    downloadText(
      'backsmith-projects.json',
      `${JSON.stringify(exportBundle(props.app.projects(), props.app.damaged()), null, 2)}\n`,
    );
  return (
    <Show when={problem()}>
      {(p) => (
        <div class="banner" role="alert">
          <p>
            <strong>
              {p().kind === 'unavailable' ? 'Projects are not being saved.' : 'The last change was not saved.'}
            </strong>{' '}
            {p().message}{' '}
            {p().kind === 'unavailable'
              ? 'You can keep working in this tab; download your work before closing it.'
              : 'Your work is still here, and saving is retried on the next change.'}
          </p>
          <div class="actions">
            <Show when={props.app.editor()}>
              {(editor) => (
                <button type="button" class="button" onClick={() => downloadSpec(editor())}>
                  Download this spec (JSON)
                </button>
              )}
            </Show>
            <Show when={props.app.projects().length > 0}>
              <button type="button" class="button" onClick={exportAll}>
                Download all projects
              </button>
            </Show>
          </div>
        </div>
      )}
    </Show>
  );
}
